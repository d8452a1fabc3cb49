import { describe, expect, it } from "vitest";
import { appDeps, db } from "../../test/fixtures";
import { insertUser } from "../accounts/accounts.repository";
import { listPerformances } from "./performances.repository";
import {
  cancelPerformance,
  createPerformance,
  extendSeries,
  SERIES_HORIZON_WEEKS,
  updatePerformance,
} from "./scheduling.service";
import { wallClockOf } from "../wall-clock";

const CHICAGO = "America/Chicago";

async function organizerId(): Promise<string> {
  const stamp = new Date().toISOString();
  const user = await insertUser(db(), {
    id: crypto.randomUUID(),
    email: `${crypto.randomUUID()}@firestream.test`,
    name: "Organizer",
    role: "ORGANIZER",
    password_hash: null,
    created_at: stamp,
    updated_at: stamp,
  });
  return user.id;
}

const deps = (now: string) => appDeps({ now });

async function seriesShows(seriesId: string | null) {
  const rows = await db()
    .selectFrom("performances")
    .selectAll()
    .where("series_id", "=", seriesId)
    .orderBy("scheduled_time")
    .execute();
  return rows.map((row) => ({
    utc: row.scheduled_time,
    local: wallClockOf(row.scheduled_time, CHICAGO),
    status: row.status,
  }));
}

describe("weekly series across daylight-saving changes", () => {
  it("keeps an 8 pm Friday show at 8 pm local time when DST starts (UTC moves an hour earlier)", async () => {
    const first = await createPerformance(deps("2027-02-01T00:00:00Z"), await organizerId(), {
      title: "Friday Fire",
      scheduledTime: "2027-03-05T20:00:00-06:00",
      durationMinutes: 90,
      repeatWeekly: { occurrences: 4 },
    });

    const shows = await seriesShows(first.series_id);

    expect(shows.map((show) => show.utc)).toEqual([
      "2027-03-06T02:00:00.000Z", // CST, UTC-6
      "2027-03-13T02:00:00.000Z",
      "2027-03-20T01:00:00.000Z", // CDT, UTC-5: DST began on 14 March
      "2027-03-27T01:00:00.000Z",
    ]);
    expect(shows.every((show) => show.local.time === "20:00" && show.local.weekday === 5)).toBe(true);
  });

  it("keeps it at 8 pm when DST ends (UTC moves an hour later)", async () => {
    const first = await createPerformance(deps("2027-09-01T00:00:00Z"), await organizerId(), {
      title: "Friday Fire",
      scheduledTime: "2027-10-29T20:00:00-05:00",
      durationMinutes: 90,
      repeatWeekly: { until: "2027-11-12" },
    });

    expect((await seriesShows(first.series_id)).map((show) => show.utc)).toEqual([
      "2027-10-30T01:00:00.000Z",
      "2027-11-06T01:00:00.000Z",
      "2027-11-13T02:00:00.000Z", // DST ended on 7 November
    ]);
  });

  it("moves a show whose local time does not exist on the spring-forward night to the next valid time", async () => {
    const first = await createPerformance(deps("2027-02-01T00:00:00Z"), await organizerId(), {
      title: "Late Night Embers",
      scheduledTime: "2027-03-07T02:30:00-06:00", // Sunday 2:30 am
      durationMinutes: 30,
      repeatWeekly: { occurrences: 3 },
    });

    expect((await seriesShows(first.series_id)).map((show) => show.local)).toEqual([
      { date: "2027-03-07", time: "02:30", weekday: 7 },
      { date: "2027-03-14", time: "03:30", weekday: 7 }, // 2:30 am did not happen that night
      { date: "2027-03-21", time: "02:30", weekday: 7 },
    ]);
  });
});

describe("open-ended series", () => {
  it("is written out to the horizon and extended by the daily job, which is safe to repeat", async () => {
    const now = "2027-01-04T12:00:00Z";
    const first = await createPerformance(deps(now), await organizerId(), {
      title: "Every Monday",
      scheduledTime: "2027-01-04T19:00:00-06:00",
      durationMinutes: 60,
      repeatWeekly: {},
    });
    expect(await seriesShows(first.series_id)).toHaveLength(SERIES_HORIZON_WEEKS + 1);

    const twoWeeksLater = new Date(Date.parse(now) + 14 * 86_400_000);
    await extendSeries(appDeps({ now: twoWeeksLater }));
    await extendSeries(appDeps({ now: twoWeeksLater }));

    const shows = await seriesShows(first.series_id);
    expect(shows).toHaveLength(SERIES_HORIZON_WEEKS + 3);
    expect(new Set(shows.map((show) => show.utc)).size).toBe(shows.length);
    expect(shows.every((show) => show.local.time === "19:00" && show.local.weekday === 1)).toBe(true);
  });

  it("stops growing once cancelled from some show on", async () => {
    const now = "2027-01-05T12:00:00Z";
    const first = await createPerformance(deps(now), await organizerId(), {
      title: "Every Tuesday",
      scheduledTime: "2027-01-05T19:00:00-06:00",
      durationMinutes: 60,
      repeatWeekly: {},
    });
    const [, , third] = await listPerformances(db(), {
      from: "2027-01-01T00:00:00Z",
      to: "2027-02-01T00:00:00Z",
      limit: 100,
    }).then((rows) => rows.filter((row) => row.series_id === first.series_id));
    await cancelPerformance(deps(now), third?.id ?? "", "THIS_AND_FOLLOWING");

    await extendSeries(appDeps({ now: new Date("2027-03-01T00:00:00Z") }));

    const shows = await seriesShows(first.series_id);
    expect(shows.filter((show) => show.status === "SCHEDULED")).toHaveLength(2);
    expect(shows.slice(2).every((show) => show.status === "CANCELLED")).toBe(true);
    expect(shows).toHaveLength(SERIES_HORIZON_WEEKS + 1);
  });

  it("edits the whole series in place when the first show is edited with THIS_AND_FOLLOWING", async () => {
    const now = "2027-01-06T12:00:00Z";
    const first = await createPerformance(deps(now), await organizerId(), {
      title: "Wednesday Hoops",
      scheduledTime: "2027-01-06T18:00:00-06:00",
      durationMinutes: 60,
      repeatWeekly: { occurrences: 3 },
    });

    const updated = await updatePerformance(
      deps(now),
      first.id,
      { scheduledTime: "2027-01-06T19:30:00-06:00", title: "Hoops" },
      "THIS_AND_FOLLOWING",
    );

    expect(updated.series_id).toBe(first.series_id);
    const shows = await seriesShows(first.series_id);
    expect(shows.map((show) => show.local.time)).toEqual(["19:30", "19:30", "19:30"]);
    const series = await db()
      .selectFrom("performance_series")
      .selectAll()
      .where("id", "=", first.series_id)
      .executeTakeFirstOrThrow();
    expect(series).toMatchObject({ title: "Hoops", local_time: "19:30", weekday: 3 });
  });
});
