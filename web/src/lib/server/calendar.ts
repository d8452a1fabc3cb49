import { Temporal } from "temporal-polyfill";
import type { PerformanceStatus } from "$lib/graphql/generated/graphql";
import {
  formatDuration,
  formatPlainDate,
  formatTime,
  formatTimeRange,
  parsePlainDate,
  startOfDay,
  todayIn,
  zonedOf,
} from "./time";

// Calendar arithmetic happens here, on the server, so the browser gets ready-made days.

export const CALENDAR_VIEWS = ["month", "week", "agenda"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** Days the agenda covers from its first day. */
export const AGENDA_DAYS = 28;

export interface CalendarPeriod {
  view: CalendarView;
  /** The day the view is built around (YYYY-MM-DD): focused in the month grid */
  focus: string;
  today: string;
  /** First day shown, and the day after the last */
  start: Temporal.PlainDate;
  end: Temporal.PlainDate;
  title: string;
  previous: string;
  next: string;
  previousLabel: string;
  nextLabel: string;
}

export interface CalendarShowInput {
  id: string;
  title: string;
  scheduledTime: string;
  endTime: string;
  durationMinutes: number;
  status: PerformanceStatus;
  viewerIsRegistered: boolean;
  registrationCount: number;
  thumbnailUrl?: string | null;
  /** Set once the replay can be watched */
  recording?: { readyAt: string } | null;
}

export interface CalendarShow {
  id: string;
  title: string;
  status: PerformanceStatus;
  viewerIsRegistered: boolean;
  registrationCount: number;
  thumbnailUrl: string | null;
  over: boolean;
  /** The replay can be watched */
  replay: boolean;
  /** "8:00 PM" */
  time: string;
  /** "8:00 – 9:30 PM CST" */
  timeRange: string;
  duration: string;
  scheduledTime: string;
}

export interface CalendarDay {
  date: string;
  dayOfMonth: number;
  /** "Friday, December 4" */
  label: string;
  /** "Fri" */
  weekday: string;
  inMonth: boolean;
  isToday: boolean;
  isPast: boolean;
  shows: CalendarShow[];
}

/** Weeks start on Sunday, as on the calendars the circus's fans use. */
function dayIndex(date: Temporal.PlainDate): number {
  return date.dayOfWeek % 7;
}

function startOfWeek(date: Temporal.PlainDate): Temporal.PlainDate {
  return date.subtract({ days: dayIndex(date) });
}

/** The view a `view` parameter names: month when there is none, undefined for anything else. */
export function parseView(value: string | null): CalendarView | undefined {
  if (value === null || value === "") return "month";
  return CALENDAR_VIEWS.find((view) => view === value);
}

/** Years the calendar pages through: beyond them dates stop being shows and start being typos. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/**
 * The day a `date` parameter names (YYYY-MM-DD): null when there is none (today is meant),
 * undefined when it is not a date the calendar can show.
 */
export function parseCalendarDate(value: string | null): Temporal.PlainDate | null | undefined {
  if (value === null || value === "") return null;
  const date = parsePlainDate(value);
  if (!date || date.year < FIRST_YEAR || date.year > LAST_YEAR) return undefined;
  return date;
}

/** The period a view shows around a day in a zone (the day defaults to today). */
export function periodOf(
  view: CalendarView,
  date: Temporal.PlainDate | null,
  zone: string,
  now: Date = new Date(),
): CalendarPeriod {
  const today = todayIn(zone, now);
  const focus = date ?? today;
  const common = { view, focus: focus.toString(), today: today.toString() };
  switch (view) {
    case "month": {
      const first = focus.with({ day: 1 });
      const last = first.add({ months: 1 }).subtract({ days: 1 });
      const previous = focus.subtract({ months: 1 });
      const next = focus.add({ months: 1 });
      return {
        ...common,
        start: startOfWeek(first),
        end: startOfWeek(last).add({ days: 7 }),
        title: formatPlainDate(first, { month: "long", year: "numeric" }),
        previous: previous.toString(),
        next: next.toString(),
        previousLabel: `Previous month, ${formatPlainDate(previous, { month: "long", year: "numeric" })}`,
        nextLabel: `Next month, ${formatPlainDate(next, { month: "long", year: "numeric" })}`,
      };
    }
    case "week": {
      const start = startOfWeek(focus);
      return {
        ...common,
        start,
        end: start.add({ days: 7 }),
        title: dateRangeTitle(start, start.add({ days: 6 })),
        previous: focus.subtract({ days: 7 }).toString(),
        next: focus.add({ days: 7 }).toString(),
        previousLabel: "Previous week",
        nextLabel: "Next week",
      };
    }
    case "agenda": {
      return {
        ...common,
        start: focus,
        end: focus.add({ days: AGENDA_DAYS }),
        title: dateRangeTitle(focus, focus.add({ days: AGENDA_DAYS - 1 })),
        previous: focus.subtract({ days: AGENDA_DAYS }).toString(),
        next: focus.add({ days: AGENDA_DAYS }).toString(),
        previousLabel: "Previous four weeks",
        nextLabel: "Next four weeks",
      };
    }
  }
}

/** "Nov 29 – Dec 5, 2026" */
function dateRangeTitle(first: Temporal.PlainDate, last: Temporal.PlainDate): string {
  const formatter = new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
  const utc = (date: Temporal.PlainDate) => new Date(Date.UTC(date.year, date.month - 1, date.day));
  return formatter.formatRange(utc(first), utc(last));
}

/** The instants bounding a period, for the `performances(from, to)` query. */
export function periodBounds(period: CalendarPeriod, zone: string): { from: string; to: string } {
  return { from: startOfDay(period.start, zone), to: startOfDay(period.end, zone) };
}

export function calendarShow(show: CalendarShowInput, zone: string, now = new Date()): CalendarShow {
  return {
    id: show.id,
    title: show.title,
    status: show.status,
    viewerIsRegistered: show.viewerIsRegistered,
    registrationCount: show.registrationCount,
    thumbnailUrl: show.thumbnailUrl ?? null,
    over: Date.parse(show.endTime) <= now.getTime(),
    replay: Boolean(show.recording),
    time: formatTime(show.scheduledTime, zone),
    timeRange: formatTimeRange(show.scheduledTime, show.endTime, zone),
    duration: formatDuration(show.durationMinutes),
    scheduledTime: show.scheduledTime,
  };
}

/** Every day of the period, each with its shows (in the zone's local dates). */
export function daysOf(
  period: CalendarPeriod,
  shows: readonly CalendarShowInput[],
  zone: string,
  now: Date = new Date(),
): CalendarDay[] {
  const byDate = new Map<string, CalendarShow[]>();
  for (const show of shows) {
    const date = zonedOf(show.scheduledTime, zone).toPlainDate().toString();
    const list = byDate.get(date) ?? [];
    list.push(calendarShow(show, zone, now));
    byDate.set(date, list);
  }
  const focus = Temporal.PlainDate.from(period.focus);
  const today = Temporal.PlainDate.from(period.today);
  const days: CalendarDay[] = [];
  for (let date = period.start; Temporal.PlainDate.compare(date, period.end) < 0; date = date.add({ days: 1 })) {
    const key = date.toString();
    days.push({
      date: key,
      dayOfMonth: date.day,
      label: formatPlainDate(date, { weekday: "long", month: "long", day: "numeric" }),
      weekday: formatPlainDate(date, { weekday: "short" }),
      inMonth: date.month === focus.month && date.year === focus.year,
      isToday: date.equals(today),
      isPast: Temporal.PlainDate.compare(date, today) < 0,
      shows: byDate.get(key) ?? [],
    });
  }
  return days;
}
