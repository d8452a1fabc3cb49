import type { Database } from "../db/database";
import type { NotificationSettingsRow } from "../db/tables";

export interface NotificationSettings {
  email: boolean;
  sms: boolean;
  browser: boolean;
  phoneNumber: string | null;
  reminderMinutesBefore: number;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  email: true,
  sms: false,
  browser: false,
  phoneNumber: null,
  reminderMinutesBefore: 60,
};

function fromRow(row: NotificationSettingsRow): NotificationSettings {
  return {
    email: row.email === 1,
    sms: row.sms === 1,
    browser: row.browser === 1,
    phoneNumber: row.phone_number,
    reminderMinutesBefore: row.reminder_minutes_before,
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
    reminder_minutes_before: settings.reminderMinutesBefore,
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
