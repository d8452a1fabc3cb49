/** The reminder lead times a fan may choose, in minutes before the show. */
export const LEAD_TIMES = {
  ONE_WEEK: 10080,
  ONE_DAY: 1440,
  THREE_HOURS: 180,
  ONE_HOUR: 60,
  FIFTEEN_MINUTES: 15,
} as const;

export type LeadTime = keyof typeof LEAD_TIMES;
export const LEAD_TIME_NAMES = Object.keys(LEAD_TIMES) as LeadTime[];

/** What the design promises: a reminder the day before and one an hour before. */
export const DEFAULT_LEAD_MINUTES: readonly number[] = [LEAD_TIMES.ONE_DAY, LEAD_TIMES.ONE_HOUR];

/** The longest lead time: reminders are planned at most this far ahead. */
export const MAX_LEAD_MINUTES = Math.max(...Object.values(LEAD_TIMES));

const NAME_OF_MINUTES = new Map<number, LeadTime>(LEAD_TIME_NAMES.map((name) => [LEAD_TIMES[name], name]));

/** Longest first, each once. */
export function normalizeLeadMinutes(minutes: Iterable<number>): number[] {
  return [...new Set(minutes)].sort((a, b) => b - a);
}

export function leadTimeNames(minutes: readonly number[]): LeadTime[] {
  return minutes.flatMap((value) => NAME_OF_MINUTES.get(value) ?? []);
}

/** Stored lead times; anything unreadable falls back to the defaults. */
export function parseLeadMinutes(json: string | null | undefined): number[] {
  if (!json) return [...DEFAULT_LEAD_MINUTES];
  try {
    const value = JSON.parse(json) as unknown;
    if (Array.isArray(value) && value.every((item) => Number.isInteger(item) && item > 0))
      return normalizeLeadMinutes(value as number[]);
  } catch {
    // fall through
  }
  return [...DEFAULT_LEAD_MINUTES];
}

/** "1 day", "3 hours", "15 minutes": how a message says how far ahead it is. */
export function describeLead(minutes: number): string {
  if (minutes % 10080 === 0) return plural(minutes / 10080, "week");
  if (minutes % 1440 === 0) return plural(minutes / 1440, "day");
  if (minutes % 60 === 0) return plural(minutes / 60, "hour");
  return plural(minutes, "minute");
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;
