// iCalendar (RFC 5545) for "Add to calendar", a series, and a fan's subscribed feed. Written with
// ical-generator (escaping, folding, RRULE, VALARM); the VTIMEZONE comes from the runtime's own
// time zone data through Temporal, so it is as current as the platform and costs no data file.
import ical, { ICalAlarmType, ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday } from "ical-generator";
import { Temporal } from "temporal-polyfill";

export interface CalendarShow {
  id: string;
  title: string;
  description: string;
  start: string;
  end: string;
  cancelled: boolean;
  watchUrl: string;
}

export interface CalendarSeries {
  id: string;
  title: string;
  description: string;
  /** ISO weekday, 1 = Monday */
  weekday: number;
  /** "HH:MM" in timeZone */
  localTime: string;
  startsOn: string;
  endsOn: string | null;
  durationMinutes: number;
  watchUrl: string;
}

export interface CalendarOptions {
  /** The site's host, for UIDs that stay the same on every download */
  host: string;
  /** The circus's time zone: events keep its wall-clock time */
  timeZone: string;
  /** Minutes before each show for the alarm; null for none */
  reminderMinutes: number | null;
  /** The calendar's name in apps that show one (feeds) */
  name?: string;
  now: Date;
}

const WEEKDAYS = [
  ICalWeekday.MO,
  ICalWeekday.TU,
  ICalWeekday.WE,
  ICalWeekday.TH,
  ICalWeekday.FR,
  ICalWeekday.SA,
  ICalWeekday.SU,
];

const instant = (iso: string) => Temporal.Instant.from(new Date(iso).toISOString());

function newCalendar(options: CalendarOptions) {
  const calendar = ical({ prodId: { company: "Medicine Fire Circus", product: "FireStream", language: "EN" } });
  if (options.name) calendar.name(options.name);
  return calendar;
}

function reminderText(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? "" : "s"}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? "" : "s"}`;
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function describe(description: string, watchUrl: string): string {
  return [description.trim(), `Watch: ${watchUrl}`].filter(Boolean).join("\n\n");
}

function addAlarm(event: ReturnType<ReturnType<typeof ical>["createEvent"]>, title: string, minutes: number | null) {
  if (minutes === null) return;
  event.createAlarm({
    type: ICalAlarmType.display,
    trigger: minutes * 60,
    description: `${title} starts in ${reminderText(minutes)}`,
  });
}

/** One calendar with a VEVENT per show (the show's .ics, a fan's feed). */
export function icsForShows(shows: readonly CalendarShow[], options: CalendarOptions): string {
  const calendar = newCalendar(options);
  for (const show of shows) {
    const event = calendar.createEvent({
      id: `${show.id}@${options.host}`,
      start: instant(show.start),
      end: instant(show.end),
      timezone: options.timeZone,
      stamp: instant(options.now.toISOString()),
      summary: show.title,
      description: describe(show.description, show.watchUrl),
      location: show.watchUrl,
      url: show.watchUrl,
      status: show.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (!show.cancelled) addAlarm(event, show.title, options.reminderMinutes);
  }
  const years = shows.flatMap((show) => [new Date(show.start).getUTCFullYear(), new Date(show.end).getUTCFullYear()]);
  return withTimeZone(calendar.toString(), options.timeZone, years);
}

/** One repeating VEVENT for a weekly series: RRULE in the circus's zone, so DST keeps the wall-clock time. */
export function icsForSeries(series: CalendarSeries, options: CalendarOptions): string {
  const calendar = newCalendar(options);
  const first = Temporal.PlainDateTime.from(`${series.startsOn}T${series.localTime}`).toZonedDateTime(options.timeZone);
  const last = series.endsOn
    ? Temporal.PlainDateTime.from(`${series.endsOn}T${series.localTime}`).toZonedDateTime(options.timeZone)
    : undefined;
  const event = calendar.createEvent({
    id: `series-${series.id}@${options.host}`,
    start: first.toInstant(),
    end: first.add({ minutes: series.durationMinutes }).toInstant(),
    timezone: options.timeZone,
    stamp: instant(options.now.toISOString()),
    summary: series.title,
    description: describe(series.description, series.watchUrl),
    location: series.watchUrl,
    url: series.watchUrl,
    status: ICalEventStatus.CONFIRMED,
    repeating: {
      freq: ICalEventRepeatingFreq.WEEKLY,
      byDay: [WEEKDAYS[series.weekday - 1] ?? ICalWeekday.MO],
      ...(last && { until: last.toInstant() }),
    },
  });
  addAlarm(event, series.title, options.reminderMinutes);
  const lastYear = (last ?? first.add({ years: 2 })).year;
  return withTimeZone(calendar.toString(), options.timeZone, [first.year, lastYear]);
}

/** Puts the VTIMEZONE of `timeZone` that the events' TZID refers to before the first event. */
function withTimeZone(ics: string, timeZone: string, years: readonly number[]): string {
  const from = Math.min(...years, new Date().getUTCFullYear());
  const to = Math.max(...years, from);
  const block = vtimezone(timeZone, from, to);
  const at = ics.indexOf("BEGIN:VEVENT");
  return at < 0 ? ics.replace("END:VCALENDAR", `${block}END:VCALENDAR`) : ics.slice(0, at) + block + ics.slice(at);
}

const compactOffset = (offset: string) => offset.replace(":", "").slice(0, 5);
const offsetMinutes = (offset: string) => {
  const [hours = "0", minutes = "0"] = offset.slice(1).split(":");
  return (offset.startsWith("-") ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
};
const wallClock = (dateTime: Temporal.PlainDateTime) =>
  dateTime.toString({ smallestUnit: "second" }).replace(/[-:]/g, "");

function zoneName(timeZone: string, at: Temporal.Instant): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" })
    .formatToParts(new Date(at.epochMilliseconds))
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/**
 * A VTIMEZONE listing each offset change of the zone from the year before `fromYear` to the
 * year after `toYear` (RFC 5545 3.6.5), or its one offset when it has no changes.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const start = Temporal.ZonedDateTime.from({ timeZone, year: fromYear - 1, month: 1, day: 1 });
  const end = Temporal.ZonedDateTime.from({ timeZone, year: toYear + 2, month: 1, day: 1 });
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  let previous = start;
  for (let next = start.getTimeZoneTransition("next"); next && Temporal.ZonedDateTime.compare(next, end) < 0;) {
    const before = next.subtract({ nanoseconds: 1 });
    const kind = offsetMinutes(next.offset) > offsetMinutes(before.offset) ? "DAYLIGHT" : "STANDARD";
    const localBefore = next.toInstant().toZonedDateTimeISO(before.offset).toPlainDateTime();
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wallClock(localBefore)}`,
      `TZOFFSETFROM:${compactOffset(before.offset)}`,
      `TZOFFSETTO:${compactOffset(next.offset)}`,
      `TZNAME:${zoneName(timeZone, next.toInstant())}`,
      `END:${kind}`,
    );
    previous = next;
    next = next.getTimeZoneTransition("next");
  }
  if (previous === start) {
    lines.push(
      "BEGIN:STANDARD",
      `DTSTART:${wallClock(start.toPlainDateTime())}`,
      `TZOFFSETFROM:${compactOffset(start.offset)}`,
      `TZOFFSETTO:${compactOffset(start.offset)}`,
      `TZNAME:${zoneName(timeZone, start.toInstant())}`,
      "END:STANDARD",
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n") + "\r\n";
}

/** "Friday Night Fire!" -> "friday-night-fire" */
export function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "show"
  );
}

/** The answer of every .ics route: a calendar file, never cached (it carries the fan's reminder). */
export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}.ics"`,
      "cache-control": "no-store",
    },
  });
}
