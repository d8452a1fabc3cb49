import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  AGENDA_DAYS,
  type CalendarShowInput,
  calendarShow,
  daysOf,
  parseCalendarDate,
  parseView,
  periodBounds,
  periodOf,
} from "./calendar";

const CHICAGO = "America/Chicago";
const PARIS = "Europe/Paris";
const date = (value: string) => Temporal.PlainDate.from(value);
/** Intl puts thin and narrow no-break spaces into times and ranges. */
const plain = (text: string) => text.replace(/[\u2009\u202f]/g, " ");
const NOW = new Date("2026-12-01T18:00:00Z");

const show = (id: string, scheduledTime: string, durationMinutes = 60): CalendarShowInput => ({
  id,
  title: `Show ${id}`,
  scheduledTime,
  endTime: new Date(Date.parse(scheduledTime) + durationMinutes * 60_000).toISOString(),
  durationMinutes,
  status: "SCHEDULED",
  viewerIsRegistered: false,
  registrationCount: 0,
});

function hoursBetween(bounds: { from: string; to: string }): number {
  return (Date.parse(bounds.to) - Date.parse(bounds.from)) / 3_600_000;
}

describe("parseView", () => {
  it("shows the month when no view is asked for", () => {
    expect(parseView(null)).toBe("month");
    expect(parseView("")).toBe("month");
  });

  it("knows month, week and agenda, and nothing else", () => {
    expect(["month", "week", "agenda"].map(parseView)).toEqual(["month", "week", "agenda"]);
    expect(parseView("year")).toBeUndefined();
    expect(parseView("Month")).toBeUndefined();
  });
});

describe("parseCalendarDate", () => {
  it("means today when there is no date", () => {
    expect(parseCalendarDate(null)).toBeNull();
    expect(parseCalendarDate("")).toBeNull();
  });

  it("takes a real day, February 29th only in a leap year", () => {
    expect(parseCalendarDate("2028-02-29")?.toString()).toBe("2028-02-29");
    expect(parseCalendarDate("2027-02-29")).toBeUndefined();
    expect(parseCalendarDate("2026-04-31")).toBeUndefined();
  });

  it("refuses anything but YYYY-MM-DD", () => {
    for (const value of ["2026-12-1", "12/01/2026", "2026-12-01T00:00", "+002026-12-01", "tomorrow"])
      expect(parseCalendarDate(value)).toBeUndefined();
  });

  it("pages through the years 1900 to 2999 only", () => {
    expect(parseCalendarDate("1900-01-01")?.toString()).toBe("1900-01-01");
    expect(parseCalendarDate("2999-12-31")?.toString()).toBe("2999-12-31");
    expect(parseCalendarDate("1899-12-31")).toBeUndefined();
    expect(parseCalendarDate("3000-01-01")).toBeUndefined();
  });
});

describe("periodOf: month", () => {
  it("covers whole weeks from the Sunday on or before the 1st to the Saturday on or after the last day", () => {
    const period = periodOf("month", date("2026-12-15"), CHICAGO, NOW);
    expect(period.start.toString()).toBe("2026-11-29");
    expect(period.end.toString()).toBe("2027-01-03");
    expect(period.title).toBe("December 2026");
  });

  it("is exactly four weeks for a February of 28 days starting on a Sunday", () => {
    const period = periodOf("month", date("2026-02-10"), CHICAGO, NOW);
    expect([period.start.toString(), period.end.toString()]).toEqual(["2026-02-01", "2026-03-01"]);
  });

  it("includes February 29th in a leap year", () => {
    const period = periodOf("month", date("2028-02-10"), CHICAGO, NOW);
    const days = daysOf(period, [], CHICAGO, NOW).filter((day) => day.inMonth);
    expect(days).toHaveLength(29);
    expect(days.at(-1)?.date).toBe("2028-02-29");
  });

  it("pages across the year's end both ways", () => {
    const december = periodOf("month", date("2026-12-15"), CHICAGO, NOW);
    expect([december.next, december.nextLabel]).toEqual(["2027-01-15", "Next month, January 2027"]);
    const january = periodOf("month", date("2027-01-15"), CHICAGO, NOW);
    expect([january.previous, january.previousLabel]).toEqual(["2026-12-15", "Previous month, December 2026"]);
  });

  it("pages from the 31st to the last day of a shorter month", () => {
    expect(periodOf("month", date("2026-03-31"), CHICAGO, NOW).previous).toBe("2026-02-28");
    expect(periodOf("month", date("2028-03-31"), CHICAGO, NOW).previous).toBe("2028-02-29");
    expect(periodOf("month", date("2026-10-31"), CHICAGO, NOW).next).toBe("2026-11-30");
  });

  it("is built around today in the viewer's zone when no day is given", () => {
    // 03:00 UTC on January 1st is still New Year's Eve in Chicago, already New Year's Day in Paris.
    const newYear = new Date("2027-01-01T03:00:00Z");
    expect(periodOf("month", null, CHICAGO, newYear)).toMatchObject({ focus: "2026-12-31", title: "December 2026" });
    expect(periodOf("month", null, PARIS, newYear)).toMatchObject({ focus: "2027-01-01", title: "January 2027" });
  });
});

describe("periodOf: week and agenda", () => {
  it("starts a week on Sunday, even when the day asked for is a Sunday", () => {
    expect(periodOf("week", date("2026-12-05"), CHICAGO, NOW).start.toString()).toBe("2026-11-29");
    expect(periodOf("week", date("2026-11-29"), CHICAGO, NOW).start.toString()).toBe("2026-11-29");
  });

  it("names a week across the year's end with both years", () => {
    const period = periodOf("week", date("2026-12-30"), CHICAGO, NOW);
    expect(plain(period.title)).toBe("Dec 27, 2026 – Jan 2, 2027");
    expect([period.previous, period.next]).toEqual(["2026-12-23", "2027-01-06"]);
  });

  it("shows four weeks of agenda from the day asked for", () => {
    const period = periodOf("agenda", date("2026-12-20"), CHICAGO, NOW);
    expect(AGENDA_DAYS).toBe(28);
    expect([period.start.toString(), period.end.toString()]).toEqual(["2026-12-20", "2027-01-17"]);
    expect(plain(period.title)).toBe("Dec 20, 2026 – Jan 16, 2027");
    expect([period.previous, period.next]).toEqual(["2026-11-22", "2027-01-17"]);
  });
});

describe("periodBounds across daylight saving time", () => {
  it("asks for a Chicago month from local midnight CST to local midnight CDT after springing forward", () => {
    const bounds = periodBounds(periodOf("month", date("2026-03-08"), CHICAGO, NOW), CHICAGO);
    expect(bounds).toEqual({ from: "2026-03-01T06:00:00Z", to: "2026-04-05T05:00:00Z" });
  });

  it("asks for a Chicago month from midnight CDT to midnight CST after falling back", () => {
    const bounds = periodBounds(periodOf("month", date("2026-11-15"), CHICAGO, NOW), CHICAGO);
    expect(bounds).toEqual({ from: "2026-11-01T05:00:00Z", to: "2026-12-06T06:00:00Z" });
  });

  it("makes the week Chicago springs forward 167 hours long, and the week it falls back 169", () => {
    expect(hoursBetween(periodBounds(periodOf("week", date("2026-03-10"), CHICAGO, NOW), CHICAGO))).toBe(167);
    expect(hoursBetween(periodBounds(periodOf("week", date("2026-11-04"), CHICAGO, NOW), CHICAGO))).toBe(169);
  });

  it("follows Paris's own change dates, three weeks after Chicago's in spring and one before in autumn", () => {
    const spring = periodBounds(periodOf("week", date("2026-03-29"), PARIS, NOW), PARIS);
    expect(spring).toEqual({ from: "2026-03-28T23:00:00Z", to: "2026-04-04T22:00:00Z" });
    const autumn = periodBounds(periodOf("week", date("2026-10-25"), PARIS, NOW), PARIS);
    expect(autumn).toEqual({ from: "2026-10-24T22:00:00Z", to: "2026-10-31T23:00:00Z" });
    // The same week in Chicago still has 168 hours.
    expect(hoursBetween(periodBounds(periodOf("week", date("2026-03-29"), CHICAGO, NOW), CHICAGO))).toBe(168);
  });
});

describe("daysOf", () => {
  it("lists every day of the period once, in order, weeks starting on Sunday, across the change", () => {
    const days = daysOf(periodOf("month", date("2026-03-08"), CHICAGO, NOW), [], CHICAGO, NOW);
    expect(days).toHaveLength(35);
    expect(days.map((day) => day.date).slice(6, 9)).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
    expect(days.filter((_, index) => index % 7 === 0).every((day) => day.weekday === "Sun")).toBe(true);
    expect(days[7]).toMatchObject({ date: "2026-03-08", dayOfMonth: 8, label: "Sunday, March 8", inMonth: true });
    expect(days[0]).toMatchObject({ date: "2026-03-01", inMonth: true });
    expect(days.at(-1)).toMatchObject({ date: "2026-04-04", inMonth: false });
  });

  it("puts a show on its local date in the viewer's zone", () => {
    // 05:30 UTC on December 5th is 11:30 PM on the 4th in Chicago and 6:30 AM on the 5th in Paris.
    const late = show("late", "2026-12-05T05:30:00Z");
    const chicago = daysOf(periodOf("week", date("2026-12-01"), CHICAGO, NOW), [late], CHICAGO, NOW);
    const paris = daysOf(periodOf("week", date("2026-12-01"), PARIS, NOW), [late], PARIS, NOW);
    expect(chicago.filter((day) => day.shows.length).map((day) => day.date)).toEqual(["2026-12-04"]);
    expect(paris.filter((day) => day.shows.length).map((day) => day.date)).toEqual(["2026-12-05"]);
  });

  it("keeps shows on either side of the hour Chicago skips on the day it belongs to", () => {
    const before = show("before", "2026-03-08T07:30:00Z"); // 1:30 AM CST
    const after = show("after", "2026-03-08T08:30:00Z"); // 3:30 AM CDT
    const lastOfDay = show("night", "2026-03-09T04:30:00Z"); // 11:30 PM CDT
    const eve = show("eve", "2026-03-08T05:30:00Z"); // 11:30 PM CST on the 7th
    const days = daysOf(
      periodOf("week", date("2026-03-08"), CHICAGO, NOW),
      [eve, before, after, lastOfDay],
      CHICAGO,
      NOW,
    );
    const byDate = Object.fromEntries(days.map((day) => [day.date, day.shows.map((entry) => entry.time)]));
    expect(byDate["2026-03-07"]).toBeUndefined();
    expect(byDate["2026-03-08"]?.map(plain)).toEqual(["1:30 AM", "3:30 AM", "11:30 PM"]);
  });

  it("keeps both 1:30 AMs of the night Chicago falls back on that day", () => {
    const first = show("first", "2026-11-01T06:30:00Z"); // 1:30 AM CDT
    const second = show("second", "2026-11-01T07:30:00Z"); // 1:30 AM CST
    const days = daysOf(periodOf("week", date("2026-11-01"), CHICAGO, NOW), [first, second], CHICAGO, NOW);
    expect(days[0]?.date).toBe("2026-11-01");
    expect(days[0]?.shows.map((entry) => [entry.id, plain(entry.time)])).toEqual([
      ["first", "1:30 AM"],
      ["second", "1:30 AM"],
    ]);
  });

  it("marks today and the days before it in the viewer's zone", () => {
    // 05:30 UTC on March 8th is still the 7th in Chicago.
    const now = new Date("2026-03-08T05:30:00Z");
    const days = daysOf(periodOf("month", date("2026-03-08"), CHICAGO, now), [], CHICAGO, now);
    expect(days.filter((day) => day.isToday).map((day) => day.date)).toEqual(["2026-03-07"]);
    expect(days.filter((day) => day.isPast).map((day) => day.date)).toEqual([
      "2026-03-01",
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
    ]);
  });

  it("counts the month by the day in focus, so the grid's overflow days are out of it", () => {
    const days = daysOf(periodOf("month", date("2026-12-15"), CHICAGO, NOW), [], CHICAGO, NOW);
    expect(days.filter((day) => !day.inMonth).map((day) => day.date)).toEqual([
      "2026-11-29",
      "2026-11-30",
      "2027-01-01",
      "2027-01-02",
    ]);
  });
});

describe("calendarShow", () => {
  it("formats a show's times in the viewer's zone", () => {
    const entry = calendarShow(show("fire", "2026-12-05T02:00:00Z", 90), CHICAGO, NOW);
    expect(plain(entry.time)).toBe("8:00 PM");
    expect(plain(entry.timeRange)).toBe("8:00 – 9:30 PM CST");
    expect(entry.duration).toBe("1 h 30 min");
  });

  it("names the summer offset in summer", () => {
    expect(plain(calendarShow(show("summer", "2026-07-04T01:00:00Z"), CHICAGO, NOW).timeRange)).toBe(
      "8:00 – 9:00 PM CDT",
    );
  });

  it("is over from its end on, and a replay once it has a recording", () => {
    const input = show("fire", "2026-12-05T02:00:00Z", 90);
    expect(calendarShow(input, CHICAGO, new Date("2026-12-05T03:29:59Z")).over).toBe(false);
    expect(calendarShow(input, CHICAGO, new Date("2026-12-05T03:30:00Z")).over).toBe(true);
    expect(calendarShow(input, CHICAGO, NOW).replay).toBe(false);
    expect(calendarShow({ ...input, recording: { readyAt: "2026-12-05T04:00:00Z" } }, CHICAGO, NOW).replay).toBe(true);
  });
});
