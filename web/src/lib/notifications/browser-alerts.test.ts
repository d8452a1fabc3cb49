import { describe, expect, it } from "vitest";
import {
  alertFor,
  inTabAlertWanted,
  reminderDelay,
  reminderFor,
  type ScheduleEvent,
  showsToWatch,
  type WatchedShow,
} from "./browser-alerts";

const MINUTE = 60_000;
const SHOW: WatchedShow = {
  id: "perf-1",
  title: "Friday Night Fire",
  scheduledTime: "2026-12-05T02:00:00.000Z",
  status: "SCHEDULED",
};
const START = Date.parse(SHOW.scheduledTime);

describe("reminderDelay", () => {
  it("is due the chosen number of minutes before the show", () => {
    expect(reminderDelay(SHOW, 60, START - 3 * 60 * MINUTE)).toBe(2 * 60 * MINUTE);
  });

  it("is given at once when its moment passed less than a minute ago", () => {
    expect(reminderDelay(SHOW, 60, START - 60 * MINUTE + 59_000)).toBe(0);
    expect(reminderDelay(SHOW, 60, START - 60 * MINUTE + 60_000)).toBe(0);
  });

  it("is not given late: a reminder missed by more than a minute is dropped", () => {
    expect(reminderDelay(SHOW, 60, START - 60 * MINUTE + 60_001)).toBeNull();
    expect(reminderDelay(SHOW, 60, START + MINUTE)).toBeNull();
  });

  it("is planned only within setTimeout's reach (about 24.8 days); later page views plan the rest", () => {
    const longest = 2 ** 31 - 1;
    expect(reminderDelay(SHOW, 0, START - longest)).toBe(longest);
    expect(reminderDelay(SHOW, 0, START - longest - 1)).toBeNull();
  });

  it("is given only for a show still scheduled", () => {
    for (const status of ["LIVE", "ENDED", "CANCELLED"])
      expect(reminderDelay({ ...SHOW, status }, 60, START - 2 * 60 * MINUTE)).toBeNull();
  });

  it("counts elapsed minutes, not wall-clock ones, across a change to daylight saving time", () => {
    // 3:30 AM CDT on the day Chicago springs forward: an hour before is 1:30 AM CST.
    const show = { ...SHOW, scheduledTime: "2026-03-08T08:30:00Z" };
    expect(reminderDelay(show, 60, Date.parse("2026-03-08T07:00:00Z"))).toBe(30 * MINUTE);
  });

  it("follows a show that moved", () => {
    const moved = { ...SHOW, scheduledTime: new Date(START + 24 * 60 * MINUTE).toISOString() };
    expect(reminderDelay(moved, 30, START - 30 * MINUTE)).toBe(24 * 60 * MINUTE);
  });
});

describe("reminderFor", () => {
  it("says how many minutes are left when the reminder fires", () => {
    const alert = reminderFor(SHOW, START - 45 * MINUTE);
    expect(alert).toEqual({
      title: "Starting soon: Friday Night Fire",
      body: "Starts in 45 minutes.",
      tag: "reminder-perf-1-2026-12-05T02:00:00.000Z",
      url: "/shows/perf-1/watch",
    });
  });

  it("rounds to whole minutes and says one minute in the singular", () => {
    expect(reminderFor(SHOW, START - 89_000).body).toBe("Starts in 1 minute.");
    expect(reminderFor(SHOW, START - 91_000).body).toBe("Starts in 2 minutes.");
  });

  it("says at least one minute for a timer that fired late", () => {
    expect(reminderFor(SHOW, START + 30_000).body).toBe("Starts in 1 minute.");
  });

  it("names the day and time, not minutes, from an hour and a half away", () => {
    expect(reminderFor(SHOW, START - 89 * MINUTE).body).toBe("Starts in 89 minutes.");
    const body = reminderFor(SHOW, START - 90 * MINUTE).body;
    expect(body).toMatch(/^Starts (?!in )/);
  });

  it("is tagged per show and time, so a moved show's reminder is a new one", () => {
    const moved = { ...SHOW, scheduledTime: "2026-12-06T02:00:00.000Z" };
    expect(reminderFor(moved, START).tag).not.toBe(reminderFor(SHOW, START).tag);
  });
});

describe("alertFor", () => {
  const event = (change: string, status: string, scheduledTime = SHOW.scheduledTime): ScheduleEvent => ({
    change,
    status,
    performance: { id: SHOW.id, title: SHOW.title, scheduledTime },
  });

  it("tells a fan the show went live, pointing at the watch page", () => {
    expect(alertFor(event("STATUS", "LIVE"), SHOW)).toEqual({
      title: "Live now: Friday Night Fire",
      body: "The show has started. Tap to watch.",
      tag: "live-perf-1",
      url: "/shows/perf-1/watch",
    });
  });

  it("tells a fan when the feed connects after the organizer went live early, and not at the go-live", () => {
    expect(alertFor(event("STATUS", "GOING_LIVE"), SHOW)).toBeNull();
    expect(alertFor(event("STATUS", "LIVE"), { ...SHOW, status: "GOING_LIVE" })?.title).toBe(
      "Live now: Friday Night Fire",
    );
  });

  it("does not say live again when the feed comes back after an intermission", () => {
    expect(alertFor(event("STATUS", "LIVE"), { ...SHOW, status: "LIVE" })).toBeNull();
  });

  it("stays quiet about other status changes", () => {
    expect(alertFor(event("STATUS", "ENDED"), { ...SHOW, status: "LIVE" })).toBeNull();
  });

  it("tells a fan the show is cancelled, pointing at the show page", () => {
    const alert = alertFor(event("CANCELLED", "CANCELLED"), SHOW);
    expect(alert).toMatchObject({
      title: "Cancelled: Friday Night Fire",
      tag: "cancelled-perf-1",
      url: "/shows/perf-1",
    });
    expect(alert?.body).toMatch(/^The show on .+ is cancelled\. We're sorry\.$/);
  });

  it("tells a fan a show moved, once per new time", () => {
    const alert = alertFor(event("RESCHEDULED", "SCHEDULED", "2026-12-06T02:00:00.000Z"), SHOW);
    expect(alert).toMatchObject({
      title: "New time: Friday Night Fire",
      tag: "moved-perf-1-2026-12-06T02:00:00.000Z",
      url: "/shows/perf-1",
    });
    expect(alert?.body).toMatch(/^Now on .+\.$/);
  });

  it("stays quiet about a reschedule that kept the time", () => {
    expect(alertFor(event("RESCHEDULED", "SCHEDULED"), SHOW)).toBeNull();
  });
});

describe("showsToWatch", () => {
  it("keeps the shows registered with browser alerts on, by id", () => {
    const other = { ...SHOW, id: "perf-2" };
    const watched = showsToWatch([
      { notificationPreferences: { browser: true }, performance: SHOW },
      { notificationPreferences: { browser: false }, performance: other },
      { notificationPreferences: { browser: true }, performance: null },
    ]);
    expect([...watched.keys()]).toEqual(["perf-1"]);
    expect(watched.get("perf-1")).toEqual(SHOW);
  });

  it("copies each show, so the alerts' updates leave the query's data alone", () => {
    const performance = { ...SHOW };
    const watched = showsToWatch([{ notificationPreferences: { browser: true }, performance }]);
    const copy = watched.get(SHOW.id);
    expect(copy).toEqual(performance);
    if (copy) copy.status = "LIVE";
    expect(performance.status).toBe("SCHEDULED");
  });
});

describe("one notification per event per device", () => {
  const LIVE = { title: "Live now: Friday Night Fire", body: "", tag: "live-perf-1", url: "/shows/perf-1/watch" };
  const elsewhere = { path: "/", visible: true };

  it("stays quiet in the tab when this device gets the event by push", () => {
    expect(inTabAlertWanted(LIVE, { ...elsewhere, pushSubscribed: true })).toBe(false);
    expect(inTabAlertWanted(LIVE, { ...elsewhere, pushSubscribed: false })).toBe(true);
  });

  it("stays quiet for a fan already watching that page, and not when the tab is hidden", () => {
    expect(inTabAlertWanted(LIVE, { pushSubscribed: false, path: LIVE.url, visible: true })).toBe(false);
    expect(inTabAlertWanted(LIVE, { pushSubscribed: false, path: LIVE.url, visible: false })).toBe(true);
  });

  it("tags each alert as the API tags its push of the same event (api notificationTag)", () => {
    const event = (change: string, status: string, scheduledTime = SHOW.scheduledTime): ScheduleEvent => ({
      change,
      status,
      performance: { id: "perf-1", title: "Friday Night Fire", scheduledTime },
    });
    expect(alertFor(event("STATUS", "LIVE"), { ...SHOW })?.tag).toBe("live-perf-1");
    expect(alertFor(event("CANCELLED", "CANCELLED"), { ...SHOW })?.tag).toBe("cancelled-perf-1");
    // However the time is spelled, the tag spells it as the API does.
    expect(alertFor(event("RESCHEDULED", "SCHEDULED", "2026-12-06T02:00:00Z"), { ...SHOW })?.tag).toBe(
      "moved-perf-1-2026-12-06T02:00:00.000Z",
    );
    expect(reminderFor({ ...SHOW, scheduledTime: "2026-12-05T02:00:00Z" }, START).tag).toBe(
      "reminder-perf-1-2026-12-05T02:00:00.000Z",
    );
  });
});
