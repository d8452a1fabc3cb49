import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarShow, icsForSeries, icsForShows, slug, vtimezone } from "./ics";

const OPTIONS = {
  host: "firestream.test",
  timeZone: "America/Chicago",
  reminderMinutes: 60,
  now: new Date("2026-12-01T12:00:00Z"),
};

const SHOW: CalendarShow = {
  id: "perf-1",
  title: "Friday Night Fire",
  description: "Fire dancing under the big top.",
  start: "2026-12-05T02:00:00.000Z",
  end: "2026-12-05T03:30:00.000Z",
  cancelled: false,
  watchUrl: "https://firestream.test/shows/perf-1/watch",
};

/** Parses with ical.js, registering the file's own VTIMEZONEs, as a calendar app would. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

describe("icsForShows", () => {
  it("gives each show its times in the circus's zone, the watch page and an alarm at the fan's reminder", () => {
    const { calendar, events } = parse(icsForShows([SHOW], OPTIONS));
    const [event] = events;

    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(event?.uid).toBe("perf-1@firestream.test");
    expect(event?.summary).toBe("Friday Night Fire");
    expect(event?.startDate.zone?.tzid).toBe("America/Chicago");
    expect(event?.startDate.toString()).toBe("2026-12-04T20:00:00");
    expect(event?.startDate.toJSDate().toISOString()).toBe(SHOW.start);
    expect(event?.endDate.toJSDate().toISOString()).toBe(SHOW.end);
    expect(event?.component.getFirstPropertyValue("url")).toBe(SHOW.watchUrl);
    expect(event?.description).toContain(`Watch: ${SHOW.watchUrl}`);
    const alarm = event?.component.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm?.getFirstPropertyValue("trigger"))).toBe("-PT1H");
    expect(alarm?.getFirstPropertyValue("description")).toBe("Friday Night Fire starts in 1 hour");
  });

  it("sets the alarm to whatever the fan chose, and none without a reminder", () => {
    const twoDays = parse(icsForShows([SHOW], { ...OPTIONS, reminderMinutes: 2880 })).events[0];
    expect(String(twoDays?.component.getFirstSubcomponent("valarm")?.getFirstPropertyValue("trigger"))).toBe("-P2D");
    const none = parse(icsForShows([SHOW], { ...OPTIONS, reminderMinutes: null })).events[0];
    expect(none?.component.getFirstSubcomponent("valarm")).toBeNull();
  });

  it("marks a cancelled show CANCELLED, without an alarm", () => {
    const [event] = parse(icsForShows([{ ...SHOW, cancelled: true }], OPTIONS)).events;
    expect(event?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event?.component.getFirstSubcomponent("valarm")).toBeNull();
  });

  it("keeps hostile text inside its property: a title cannot add lines or events", () => {
    const title = "Fire;\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected, \\ really";
    const ics = icsForShows([{ ...SHOW, title, description: "one\ntwo\rthree" }], OPTIONS);
    const { events } = parse(ics);

    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toBe(title.replace(/\r\n/g, "\n"));
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("holds every show of a feed, and names the feed", () => {
    const second = { ...SHOW, id: "perf-2", start: "2027-07-03T01:00:00.000Z", end: "2027-07-03T02:00:00.000Z" };
    const { calendar, events } = parse(icsForShows([SHOW, second], { ...OPTIONS, name: "My FireStream shows" }));

    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("My FireStream shows");
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([SHOW.start, second.start]);
    // Summer: CDT, 8 pm local is 01:00 UTC
    expect(events[1]?.startDate.toString()).toBe("2027-07-02T20:00:00");
  });
});

describe("icsForSeries", () => {
  const SERIES = {
    id: "series-1",
    title: "Friday Night Fire",
    description: "Every Friday.",
    weekday: 5,
    localTime: "20:00",
    startsOn: "2027-02-26",
    endsOn: "2027-03-26",
    durationMinutes: 90,
    watchUrl: "https://firestream.test/shows/perf-1/watch",
  };

  it("is one weekly RRULE event that stays at 8 pm in Chicago across the change to summer time", () => {
    const { events } = parse(icsForSeries(SERIES, OPTIONS));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.isRecurring()).toBe(true);
    expect(String(event?.component.getFirstPropertyValue("rrule"))).toMatch(/FREQ=WEEKLY/);

    const iterator = event?.iterator();
    const starts: string[] = [];
    for (let next = iterator?.next(); next; next = iterator?.next()) starts.push(next.toJSDate().toISOString());

    expect(starts).toEqual([
      "2027-02-27T02:00:00.000Z",
      "2027-03-06T02:00:00.000Z",
      "2027-03-13T02:00:00.000Z", // Friday 12 March, the last CST Friday
      "2027-03-20T01:00:00.000Z", // CDT from 14 March: still 8 pm
      "2027-03-27T01:00:00.000Z",
    ]);
    expect(String(event?.component.getFirstSubcomponent("valarm")?.getFirstPropertyValue("trigger"))).toBe("-PT1H");
  });

  it("repeats without end while the series runs on", () => {
    const { events } = parse(icsForSeries({ ...SERIES, endsOn: null }, OPTIONS));
    const rule = events[0]?.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.until).toBeFalsy();
    expect(rule.count).toBeFalsy();
  });
});

describe("vtimezone", () => {
  it("lists Chicago's daylight and standard changes with their offsets", () => {
    const zone = new ICAL.Timezone(
      new ICAL.Component(
        ICAL.parse(`BEGIN:VCALENDAR\r\n${vtimezone("America/Chicago", 2027, 2027)}END:VCALENDAR`),
      ).getFirstSubcomponent("vtimezone") as ICAL.Component,
    );
    const summer = ICAL.Time.fromData({ year: 2027, month: 7, day: 1, hour: 12 }, zone);
    const winter = ICAL.Time.fromData({ year: 2027, month: 1, day: 1, hour: 12 }, zone);
    expect(zone.utcOffset(summer)).toBe(-5 * 3600);
    expect(zone.utcOffset(winter)).toBe(-6 * 3600);
  });

  it("has one standard offset for a zone without changes", () => {
    const block = vtimezone("Asia/Tokyo", 2027, 2027);
    expect(block).toContain("TZOFFSETTO:+0900");
    expect(block.match(/BEGIN:STANDARD/g)).toHaveLength(1);
  });
});

describe("slug", () => {
  it("makes a file name of a title", () => {
    expect(slug("Friday Night Fire!")).toBe("friday-night-fire");
    expect(slug("???")).toBe("show");
  });
});
