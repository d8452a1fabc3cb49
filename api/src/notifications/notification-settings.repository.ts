import type { Database } from "../db/database";
import type { NotificationSettingsRow } from "../db/tables";
import { DEFAULT_LEAD_MINUTES, parseLeadMinutes } from "./lead-times";

export interface NotificationSettings {
  email: boolean;
  sms: boolean;
  browser: boolean;
  phoneNumber: string | null;
  /** Minutes before each show, longest first */
  reminderLeadMinutes: number[];
  /** IANA zone the fan reads times in; null: the site's */
  timeZone: string | null;
  /** A short notice when a show has not started 10 minutes after its time */
  runningLate: boolean;
  /** Set by one click on an email's unsubscribe link; no email goes out while set */
  emailUnsubscribedAt: string | null;
  /** Set by a STOP reply; no text message goes out while set */
  smsStoppedAt: string | null;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  email: true,
  sms: false,
  browser: false,
  phoneNumber: null,
  reminderLeadMinutes: [...DEFAULT_LEAD_MINUTES],
  timeZone: null,
  runningLate: true,
  emailUnsubscribedAt: null,
  smsStoppedAt: null,
};

export const shortestLead = (minutes: readonly number[]) => (minutes.length > 0 ? Math.min(...minutes) : 0);

function fromRow(row: NotificationSettingsRow): NotificationSettings {
  return {
    email: row.email === 1,
    sms: row.sms === 1,
    browser: row.browser === 1,
    phoneNumber: row.phone_number,
    reminderLeadMinutes: parseLeadMinutes(row.reminder_lead_minutes),
    timeZone: row.time_zone,
    runningLate: row.running_late === 1,
    emailUnsubscribedAt: row.email_unsubscribed_at,
    smsStoppedAt: row.sms_stopped_at,
  };
}

export async function findNotificationSettings(db: Database, userId: string): Promise<NotificationSettings> {
  const row = await db.selectFrom("notification_settings").selectAll().where("user_id", "=", userId).executeTakeFirst();
  return row ? fromRow(row) : DEFAULT_NOTIFICATION_SETTINGS;
}

export async function saveNotificationSettings(
  db: Database,
  userId: string,
  settings: NotificationSettings,
  now: string,
): Promise<NotificationSettings> {
  const values = {
    email: settings.email ? 1 : 0,
    sms: settings.sms ? 1 : 0,
    browser: settings.browser ? 1 : 0,
    phone_number: settings.phoneNumber,
    // Kept for readers of the old column: the shortest lead time (0: no reminders).
    reminder_minutes_before: shortestLead(settings.reminderLeadMinutes),
    reminder_lead_minutes: JSON.stringify(settings.reminderLeadMinutes),
    time_zone: settings.timeZone,
    running_late: settings.runningLate ? 1 : 0,
    email_unsubscribed_at: settings.emailUnsubscribedAt,
    sms_stopped_at: settings.smsStoppedAt,
    updated_at: now,
  };
  const row = await db
    .insertInto("notification_settings")
    .values({ user_id: userId, ...values })
    .onConflict((conflict) => conflict.column("user_id").doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return fromRow(row);
}

/** Opt-outs by address (one-click unsubscribe, STOP): the users whose settings changed. */
export async function setOptOut(
  db: Database,
  where: { userId: string } | { phoneNumber: string },
  channel: "EMAIL" | "SMS",
  at: string | null,
): Promise<string[]> {
  const column = channel === "EMAIL" ? "email_unsubscribed_at" : "sms_stopped_at";
  let query = db.updateTable("notification_settings").set({ [column]: at });
  query =
    "userId" in where ? query.where("user_id", "=", where.userId) : query.where("phone_number", "=", where.phoneNumber);
  const rows = await query.returning("user_id").execute();
  if ("userId" in where && rows.length === 0 && at) {
    // A fan who never saved settings has the defaults; the opt-out is stored with them.
    await db
      .insertInto("notification_settings")
      .values({
        user_id: where.userId,
        email: DEFAULT_NOTIFICATION_SETTINGS.email ? 1 : 0,
        sms: 0,
        browser: 0,
        reminder_minutes_before: Math.min(...DEFAULT_LEAD_MINUTES),
        [column]: at,
        updated_at: at,
      })
      .onConflict((conflict) => conflict.column("user_id").doUpdateSet({ [column]: at }))
      .execute();
    return [where.userId];
  }
  return rows.map((row) => row.user_id);
}
