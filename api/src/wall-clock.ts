import { Temporal } from "temporal-polyfill";

/**
 * Wall-clock arithmetic for weekly series. A series is "every <weekday> at <HH:MM> in <zone>";
 * each occurrence is resolved to an instant on its own date, so an 8 pm show stays at 8 pm local
 * time when daylight saving time starts or ends. A local time that does not exist on a date (the
 * spring-forward gap) resolves to the next valid time, as calendar apps do.
 */

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** ISO weekday, 1 = Monday */
  weekday: number;
}

/** An ISO 8601 instant with an offset, as a UTC ISO string; undefined when it is not one. */
export function toUtcInstant(value: string): string | undefined {
  try {
    return new Date(Temporal.Instant.from(value).epochMilliseconds).toISOString();
  } catch {
    return undefined;
  }
}

export function wallClockOf(instant: string, timeZone: string): WallClock {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  return {
    date: zoned.toPlainDate().toString(),
    time: zoned.toPlainTime().toString({ smallestUnit: "minute" }),
    weekday: zoned.dayOfWeek,
  };
}

/** The UTC instant (ISO string) of `time` on `date` in `timeZone`. */
export function instantAt(date: string, time: string, timeZone: string): string {
  const zoned = Temporal.PlainDate.from(date).toZonedDateTime({
    timeZone,
    plainTime: Temporal.PlainTime.from(time),
  });
  return new Date(zoned.epochMilliseconds).toISOString();
}

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days;
}

export function todayIn(timeZone: string, now: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** Local dates of a weekly series from `first` (inclusive) through `last` (inclusive). */
export function weeklyDates(first: string, last: string): string[] {
  const dates: string[] = [];
  for (
    let date = Temporal.PlainDate.from(first);
    Temporal.PlainDate.compare(date, last) <= 0;
    date = date.add({ weeks: 1 })
  ) {
    dates.push(date.toString());
  }
  return dates;
}
