import { z } from "zod";
import type { AppDeps } from "../deps";
import { validate } from "../errors";
import {
  findNotificationSettings,
  type NotificationSettings,
  saveNotificationSettings,
} from "./notification-settings.repository";

export interface NotificationSettingsChanges {
  email?: boolean | null;
  sms?: boolean | null;
  browser?: boolean | null;
  /** An empty string removes the number */
  phoneNumber?: string | null;
  reminderMinutesBefore?: number | null;
}

const SettingsSchema = z
  .object({
    email: z.boolean(),
    sms: z.boolean(),
    browser: z.boolean(),
    phoneNumber: z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 number such as +15551234567")
      .nullable(),
    reminderMinutesBefore: z.number().int().min(5, "must be at least 5").max(10080, "must be at most 10080"),
  })
  .refine((value) => !value.sms || value.phoneNumber, {
    message: "SMS needs a phone number",
    path: ["phoneNumber"],
  });

/** Changes the given settings of a user; the rest stay. ValidationError when the result breaks a rule. */
export async function updateNotificationSettings(
  deps: AppDeps,
  userId: string,
  input: NotificationSettingsChanges,
): Promise<NotificationSettings> {
  const current = await findNotificationSettings(deps.db, userId);
  const merged = {
    email: input.email ?? current.email,
    sms: input.sms ?? current.sms,
    browser: input.browser ?? current.browser,
    phoneNumber:
      input.phoneNumber === undefined || input.phoneNumber === null ? current.phoneNumber : input.phoneNumber || null,
    reminderMinutesBefore: input.reminderMinutesBefore ?? current.reminderMinutesBefore,
  };
  const settings = validate(SettingsSchema, merged, ["input"]);
  return saveNotificationSettings(deps.db, userId, settings, deps.clock.now().toISOString());
}
