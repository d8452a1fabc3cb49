import { Temporal } from "temporal-polyfill";

// Dates and times are formatted here, on the server, in the viewer's zone: client bundles carry
// no date library, and server-rendered text matches what the browser hydrates.
const LOCALE = "en-US";

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(LOCALE, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function zonedOf(instant: string, zone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(zone);
}

export function todayIn(zone: string, now: Date = new Date()): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(zone).toPlainDate();
}

/** The instant a local date starts in a zone, as an ISO UTC string (for `from`/`to` arguments). */
export function startOfDay(date: Temporal.PlainDate, zone: string): string {
  return date.toZonedDateTime({ timeZone: zone }).toInstant().toString();
}

function format(instant: string, zone: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: zone, ...options }).format(new Date(instant));
}

/** "Central Time" and "CST": the zone's name for people, at a given instant. */
export function zoneNames(zone: string, at: string = new Date().toISOString()) {
  const part = (style: "longGeneric" | "short") =>
    new Intl.DateTimeFormat(LOCALE, { timeZone: zone, timeZoneName: style })
      .formatToParts(new Date(at))
      .find((p) => p.type === "timeZoneName")?.value ?? zone;
  return { id: zone, long: part("longGeneric"), short: part("short") };
}

/** "8:00 PM" */
export function formatTime(instant: string, zone: string): string {
  return format(instant, zone, { hour: "numeric", minute: "2-digit" });
}

/** "8:00 – 9:30 PM CST" */
export function formatTimeRange(start: string, end: string, zone: string): string {
  const formatter = new Intl.DateTimeFormat(LOCALE, {
    timeZone: zone,
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
  return formatter.formatRange(new Date(start), new Date(end));
}

/** "Friday, December 4, 2026" */
export function formatDateLong(instant: string, zone: string): string {
  return format(instant, zone, { weekday: "long", month: "long", day: "numeric", year: "numeric" });
}

/** "Friday" */
export function formatWeekday(instant: string, zone: string): string {
  return format(instant, zone, { weekday: "long" });
}

/** "Fri, Dec 4" */
export function formatDateShort(instant: string, zone: string): string {
  return format(instant, zone, { weekday: "short", month: "short", day: "numeric" });
}

/** "Dec 4, 2026, 8:00 PM CST" */
export function formatDateTime(instant: string, zone: string): string {
  return format(instant, zone, {
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
}

/** "Friday, December 4" for a local date: formatted as that day at noon UTC, read in UTC. */
export function formatPlainDate(date: Temporal.PlainDate, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: "UTC" }).format(
    Date.UTC(date.year, date.month - 1, date.day, 12),
  );
}

/** "1 h 30 min", "45 min", "2 h" */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Wall-clock date and time of an instant in a zone, for `<input type="date|time">`. */
export function wallClock(instant: string, zone: string): { date: string; time: string } {
  const zoned = zonedOf(instant, zone);
  return {
    date: zoned.toPlainDate().toString(),
    time: zoned.toPlainTime().toString({ smallestUnit: "minute" }),
  };
}

/**
 * The instant of a wall-clock date and time in a zone, as an ISO string with offset; undefined
 * when either part is not a valid date or time.
 */
export function instantOf(date: string, time: string, zone: string): string | undefined {
  try {
    const zoned = Temporal.PlainDate.from(date, { overflow: "reject" }).toZonedDateTime({
      timeZone: zone,
      plainTime: Temporal.PlainTime.from(time, { overflow: "reject" }),
    });
    return zoned.toString({ timeZoneName: "never" });
  } catch {
    return undefined;
  }
}

export function parsePlainDate(value: string | null): Temporal.PlainDate | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  try {
    return Temporal.PlainDate.from(value, { overflow: "reject" });
  } catch {
    return undefined;
  }
}

/** "1 h 02 min", "12 min 30 s", "45 s" */
export function formatSeconds(total: number): string {
  const seconds = Math.max(0, Math.round(total));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, "0")} min`;
  if (minutes > 0) return rest > 0 ? `${minutes} min ${rest} s` : `${minutes} min`;
  return `${rest} s`;
}

/** "Mexico" for "MX"; "Unknown" when the country is not known */
export function countryName(code: string | null | undefined): string {
  if (!code) return "Unknown";
  try {
    return new Intl.DisplayNames([LOCALE], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Chicago" for America/Chicago, "Buenos Aires" for America/Argentina/Buenos_Aires. */
export function cityOf(zone: string): string {
  return (zone.split("/").at(-1) ?? zone).replace(/_/g, " ");
}

/**
 * The circus's time and the fan's: "8:00 PM in Chicago · 3:00 AM Sat for you"; the fan's
 * weekday is named only when it is not the circus's. One time when both zones agree.
 */
export function formatBothTimes(instant: string, fanZone: string, siteZone: string): string {
  const site = zonedOf(instant, siteZone);
  const fan = zonedOf(instant, fanZone);
  const siteTime = formatTime(instant, siteZone);
  if (site.offsetNanoseconds === fan.offsetNanoseconds) return siteTime;
  const sameDay = site.toPlainDate().equals(fan.toPlainDate());
  const fanTime = formatTime(instant, fanZone) + (sameDay ? "" : ` ${format(instant, fanZone, { weekday: "short" })}`);
  return `${siteTime} in ${cityOf(siteZone)} · ${fanTime} for you`;
}

/** A weekly series in the circus's words: "Weekly, every Friday at 8:00 PM (Chicago time)". */
export function formatSeriesRule(instant: string, siteZone: string): string {
  return `Weekly, every ${formatWeekday(instant, siteZone)} at ${formatTime(instant, siteZone)} (${cityOf(siteZone)} time)`;
}
