import { describe, expect, it } from "vitest";
import { offersBroadcast, scheduleRows, type ScheduleShow } from "./schedule-rows";

const show = (id: string, seriesId: string | null = null, values: Partial<ScheduleShow> = {}): ScheduleShow => ({
  id,
  title: id,
  status: "SCHEDULED",
  scheduledTime: "2026-05-08T01:00:00.000Z",
  over: false,
  seriesId,
  ...values,
});

describe("scheduleRows", () => {
  it("makes one row of a series, at its first date, with the other dates beneath it", () => {
    const rows = scheduleRows([show("a", "weekly"), show("solo"), show("b", "weekly"), show("c", "weekly")]);

    expect(
      rows.map((row) =>
        row.kind === "show" ? row.show.id : `${row.first.id}+${row.others.map((s) => s.id).join(",")}`,
      ),
    ).toEqual(["a+b,c", "solo"]);
  });

  it("shows a series with one date on the page as a plain show", () => {
    expect(scheduleRows([show("a", "weekly"), show("solo")])).toEqual([
      { kind: "show", show: show("a", "weekly") },
      { kind: "show", show: show("solo") },
    ]);
  });
});

describe("offersBroadcast", () => {
  const now = new Date("2026-05-07T01:00:00.000Z");

  it("offers Broadcast from a day before a scheduled show, not earlier", () => {
    expect(offersBroadcast(show("tomorrow", null, { scheduledTime: "2026-05-08T01:00:00.000Z" }), now)).toBe(true);
    expect(offersBroadcast(show("later", null, { scheduledTime: "2026-05-08T01:01:00.000Z" }), now)).toBe(false);
  });

  it("offers it while a show is on, and never for one that is over or cancelled", () => {
    expect(offersBroadcast(show("on", null, { status: "LIVE", scheduledTime: "2026-05-01T00:00:00.000Z" }), now)).toBe(
      true,
    );
    expect(offersBroadcast(show("break", null, { status: "INTERRUPTED" }), now)).toBe(true);
    expect(offersBroadcast(show("over", null, { over: true, scheduledTime: "2026-05-06T23:00:00.000Z" }), now)).toBe(
      false,
    );
    expect(
      offersBroadcast(show("off", null, { status: "CANCELLED", scheduledTime: "2026-05-07T02:00:00.000Z" }), now),
    ).toBe(false);
  });
});
