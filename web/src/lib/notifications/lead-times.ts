import type { ReminderLeadTime } from "$lib/graphql/generated/graphql";

/** The reminder lead times a fan may choose (the API's ReminderLeadTime), longest first, in words. */
export const LEAD_TIMES = [
  "ONE_WEEK",
  "ONE_DAY",
  "THREE_HOURS",
  "ONE_HOUR",
  "FIFTEEN_MINUTES",
] as const satisfies readonly ReminderLeadTime[];

export const LEAD_TIME_LABELS: Record<ReminderLeadTime, string> = {
  ONE_WEEK: "1 week before",
  ONE_DAY: "1 day before",
  THREE_HOURS: "3 hours before",
  ONE_HOUR: "1 hour before",
  FIFTEEN_MINUTES: "15 minutes before",
};
