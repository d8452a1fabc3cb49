import type { Database } from "../db/database";
import type { RegistrationRow } from "../db/tables";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { findNotificationSettings } from "../notifications/notification-settings.repository";
import { findPerformance } from "../performances/performances.repository";
import { deleteRegistration, type NotificationPreferences, upsertRegistration } from "./registrations.repository";

/**
 * Registers a viewer for a show that has not ended. Registering again only updates the
 * notification preferences; without preferences, the viewer's notification settings apply.
 */
export async function register(
  db: Database,
  registration: {
    performanceId: string;
    userId: string;
    preferences: { [K in keyof NotificationPreferences]?: boolean | null } | null;
    now: Date;
  },
): Promise<RegistrationRow> {
  const performance = await findPerformance(db, registration.performanceId);
  if (!performance) throw new NotFoundError("Performance", registration.performanceId);
  if (performance.status === "CANCELLED") throw new ConflictError("This show was cancelled");
  if (
    performance.status === "ENDED" ||
    (performance.status === "SCHEDULED" && performance.end_time <= registration.now.toISOString())
  ) {
    throw new ConflictError("This show is over");
  }
  const defaults = await findNotificationSettings(db, registration.userId);
  const preferences: NotificationPreferences = {
    email: registration.preferences?.email ?? defaults.email,
    sms: registration.preferences?.sms ?? defaults.sms,
    browser: registration.preferences?.browser ?? defaults.browser,
  };
  if (preferences.sms && !defaults.phoneNumber) {
    throw new ValidationError([
      {
        path: ["notificationPreferences", "sms"],
        message: "SMS reminders need a phone number in your notification settings",
      },
    ]);
  }
  return upsertRegistration(db, { ...registration, preferences, now: registration.now.toISOString() });
}

/** Removes a registration; unregistering when not registered changes nothing. */
export async function unregister(db: Database, performanceId: string, userId: string): Promise<void> {
  const performance = await findPerformance(db, performanceId);
  if (!performance) throw new NotFoundError("Performance", performanceId);
  await deleteRegistration(db, performanceId, userId);
}
