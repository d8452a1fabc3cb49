import * as z from "../zod";
import type { AppDeps } from "../deps";
import { validate, ValidationError } from "../errors";
import { replanReminders } from "./deliveries.repository";
import { LEAD_TIMES, type LeadTime, normalizeLeadMinutes } from "./lead-times";
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
  reminderLeadTimes?: readonly LeadTime[] | null;
  /** Deprecated: one lead time of any length from 5 minutes to a week */
  reminderMinutesBefore?: number | null;
  /** An empty string goes back to the site's zone */
  timeZone?: string | null;
  runningLate?: boolean | null;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const SettingsSchema = z
  .object({
    email: z.boolean(),
    sms: z.boolean(),
    browser: z.boolean(),
    phoneNumber: z.nullable(
      z.string().check(z.regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 number such as +15551234567")),
    ),
    reminderLeadMinutes: z
      .array(z.number().check(z.int(), z.minimum(5), z.maximum(10080)))
      .check(z.maxLength(Object.keys(LEAD_TIMES).length)),
    /** The deprecated single lead time, checked where the caller gave it */
    reminderMinutesBefore: z.optional(
      z.number().check(z.int(), z.minimum(5, "must be at least 5"), z.maximum(10080, "must be at most 10080")),
    ),
    timeZone: z.nullable(
      z
        .string()
        .check(z.maxLength(64, "is too long"), z.refine(isTimeZone, "must be an IANA time zone such as Europe/Berlin")),
    ),
    runningLate: z.boolean(),
    emailUnsubscribedAt: z.nullable(z.string()),
    smsStoppedAt: z.nullable(z.string()),
  })
  .check(
    z.refine((value) => !value.sms || value.phoneNumber, {
      message: "SMS needs a phone number",
      path: ["phoneNumber"],
    }),
  );

/**
 * Changes the given settings of a user; the rest stay. ValidationError when the result breaks a
 * rule. Turning email on again undoes an unsubscribe; the user's upcoming reminders are planned
 * again with the new settings.
 */
export async function updateNotificationSettings(
  deps: AppDeps,
  userId: string,
  input: NotificationSettingsChanges,
): Promise<NotificationSettings> {
  const current = await findNotificationSettings(deps.db, userId);
  if (input.reminderLeadTimes && input.reminderMinutesBefore != null) {
    throw new ValidationError([
      {
        path: ["input", "reminderMinutesBefore"],
        message: "give reminderLeadTimes or reminderMinutesBefore, not both",
      },
    ]);
  }
  const leadMinutes = input.reminderLeadTimes
    ? input.reminderLeadTimes.map((name) => LEAD_TIMES[name])
    : input.reminderMinutesBefore != null
      ? []
      : current.reminderLeadMinutes;
  const merged = {
    email: input.email ?? current.email,
    sms: input.sms ?? current.sms,
    browser: input.browser ?? current.browser,
    phoneNumber:
      input.phoneNumber === undefined || input.phoneNumber === null ? current.phoneNumber : input.phoneNumber || null,
    reminderLeadMinutes: normalizeLeadMinutes(leadMinutes),
    reminderMinutesBefore: input.reminderMinutesBefore ?? undefined,
    timeZone: input.timeZone === undefined || input.timeZone === null ? current.timeZone : input.timeZone || null,
    runningLate: input.runningLate ?? current.runningLate,
    emailUnsubscribedAt: input.email === true ? null : current.emailUnsubscribedAt,
    smsStoppedAt: current.smsStoppedAt,
  };
  const { reminderMinutesBefore, ...settings } = validate(SettingsSchema, merged, ["input"]);
  if (reminderMinutesBefore !== undefined) settings.reminderLeadMinutes = [reminderMinutesBefore];
  const now = deps.clock.now().toISOString();
  const saved = await saveNotificationSettings(deps.db, userId, settings, now);
  await replanReminders(deps.db, { userId, now });
  return saved;
}
