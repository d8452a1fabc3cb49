import type { PerformanceRow, RegistrationRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { ConflictError, NotFoundError, ReplayExpiredError, ValidationError } from "../errors";
import { LEAD_TIMES, type LeadTime, normalizeLeadMinutes } from "../notifications/lead-times";
import { findNotificationSettings } from "../notifications/notification-settings.repository";
import { dropRegistrationReminders, planRegistrationReminders } from "../notifications/notify.service";
import { findPerformance } from "../performances/performances.repository";
import { isReplayOpen, replayAvailableUntil } from "../performances/replay-window";
import { enforceRateLimits } from "../security/rate-limits";
import {
  deleteRegistration,
  listRegistrationsOfUser,
  type NotificationPreferences,
  upsertRegistration,
} from "./registrations.repository";

/**
 * Registers a viewer for a show that has not ended, or for the replay of one that has, while
 * its replay window is open (ReplayExpiredError after). Registering again only updates the
 * notification preferences; without preferences, the viewer's notification settings apply.
 * Each viewer may register a limited number of times a minute.
 */
export async function register(
  deps: AppDeps,
  request: {
    performanceId: string;
    userId: string;
    preferences: GivenPreferences;
  },
): Promise<RegistrationRow> {
  const { db } = deps;
  await enforceRateLimits(deps.env, [{ limiter: "registration", key: request.userId }]);
  const registration = { ...request, now: deps.clock.now() };
  const performance = await findPerformance(db, registration.performanceId);
  if (!performance) throw new NotFoundError("Performance", registration.performanceId);
  if (performance.status === "CANCELLED") throw new ConflictError("This show was cancelled");
  if (performance.status === "SCHEDULED" && performance.end_time <= registration.now.toISOString()) {
    throw new ConflictError("This show is over");
  }
  if (performance.status === "ENDED" && !isReplayOpen(deps.config, performance, registration.now)) {
    throw new ReplayExpiredError(replayAvailableUntil(deps.config, performance) ?? registration.now.toISOString());
  }
  const preferences = await choosePreferences(deps, registration.userId, registration.preferences);
  const row = await upsertRegistration(db, { ...registration, preferences, now: registration.now.toISOString() });
  await planRegistrationReminders(deps, row.performance_id, row.user_id);
  return row;
}

/** Channels and reminder lead times as a fan gives them; what is left out comes from their settings. */
export type GivenPreferences =
  ({ [K in "email" | "sms" | "browser"]?: boolean | null } & { reminderLeadTimes?: readonly LeadTime[] | null }) | null;

/** The channels and lead times of a registration: those given, the rest from the viewer's settings; SMS needs a phone number. */
export async function choosePreferences(
  deps: AppDeps,
  userId: string,
  given: GivenPreferences,
): Promise<NotificationPreferences> {
  const defaults = await findNotificationSettings(deps.db, userId);
  const preferences: NotificationPreferences = {
    email: given?.email ?? defaults.email,
    sms: given?.sms ?? defaults.sms,
    browser: given?.browser ?? defaults.browser,
    leadMinutes: normalizeLeadMinutes(
      given?.reminderLeadTimes?.map((name) => LEAD_TIMES[name]) ?? defaults.reminderLeadMinutes,
    ),
  };
  if (preferences.sms && !defaults.phoneNumber) {
    throw new ValidationError([
      {
        path: ["notificationPreferences", "sms"],
        message: "SMS reminders need a phone number in your notification settings",
      },
    ]);
  }
  return preferences;
}

/** Removes a registration and returns the show; unregistering when not registered changes nothing. */
export async function unregister(deps: AppDeps, performanceId: string, userId: string): Promise<PerformanceRow> {
  const performance = await findPerformance(deps.db, performanceId);
  if (!performance) throw new NotFoundError("Performance", performanceId);
  await deleteRegistration(deps.db, performanceId, userId);
  await dropRegistrationReminders(deps, performanceId, userId);
  return (await findPerformance(deps.db, performanceId)) ?? performance;
}

/** A user's registrations for shows that have not ended (soonest first) or that have (latest first). */
export function registrationsOf(deps: AppDeps, userId: string, when: "UPCOMING" | "PAST", first: number) {
  const now = deps.clock.now().toISOString();
  const limit = Math.min(Math.max(first, 0), 200);
  return listRegistrationsOfUser(
    deps.db,
    userId,
    when === "PAST" ? { endedBefore: now, limit } : { endsAfter: now, limit },
  );
}
