import { describe, expect, it } from "vitest";
import { shownInReplay } from "./replay";

// A show that started at 20:00:00 UTC, its feed away from 20:10:00 to 20:25:00 (an intermission):
// two recordings, the second beginning at 20:25:00. Offsets count from the show's start.
const line = (id: string, postedAt: string, offsetSeconds: number) => ({ id, postedAt, offsetSeconds });
const lines = [
  line("before-the-feed", "2026-03-28T19:59:58.000Z", 0),
  line("first-act", "2026-03-28T20:02:00.000Z", 120),
  line("interval", "2026-03-28T20:15:00.000Z", 900),
  line("second-act", "2026-03-28T20:26:00.000Z", 1560),
];
const ids = (shown: ReadonlyArray<{ id: string }>) => shown.map((shownLine) => shownLine.id);

describe("shownInReplay", () => {
  it("shows what was posted up to the moment the first part is at", () => {
    const moment = { partStartedAt: "2026-03-28T20:00:00.000Z", currentTime: 0 };
    expect(ids(shownInReplay(lines, moment))).toEqual(["before-the-feed"]);
    expect(ids(shownInReplay(lines, { ...moment, currentTime: 119.6 }))).toEqual(["before-the-feed", "first-act"]);
    expect(ids(shownInReplay(lines, { ...moment, currentTime: 599 }))).toEqual(["before-the-feed", "first-act"]);
  });

  it("places messages of a later part by when they were posted, not by the offset from the show's start", () => {
    // 60 s into the second part is 20:26:00; its currentTime is far below the message's offset of 1560 s.
    const moment = { partStartedAt: "2026-03-28T20:25:00.000Z", currentTime: 60 };
    expect(ids(shownInReplay(lines, moment))).toEqual(["before-the-feed", "first-act", "interval", "second-act"]);
  });

  it("shows a message posted during the intermission as soon as the next part starts", () => {
    const moment = { partStartedAt: "2026-03-28T20:25:00.000Z", currentTime: 0 };
    expect(ids(shownInReplay(lines, moment))).toEqual(["before-the-feed", "first-act", "interval"]);
  });

  it("follows a recording that began after the show's start (the feed connected late)", () => {
    // Offsets are 10 s ahead of the recording: the message posted at 20:02:00 is 110 s into it.
    const late = [line("late", "2026-03-28T20:02:00.000Z", 120)];
    const moment = { partStartedAt: "2026-03-28T20:00:10.000Z", currentTime: 110 };
    expect(ids(shownInReplay(late, moment))).toEqual(["late"]);
    expect(ids(shownInReplay(late, { ...moment, currentTime: 109 }))).toEqual([]);
  });

  it("shows every message at the end of the last part, even one posted after the recording's last frame", () => {
    const moment = { partStartedAt: "2026-03-28T20:25:00.000Z", currentTime: 0.5, atEnd: true };
    const late = [...lines, line("after-the-last-frame", "2026-03-28T21:30:00.000Z", 5400)];
    expect(ids(shownInReplay(late, moment))).toHaveLength(5);
  });

  it("falls back to the offset from the show's start when the player does not say when its part began", () => {
    const moment = { partStartedAt: undefined, currentTime: 120 };
    expect(ids(shownInReplay(lines, moment))).toEqual(["before-the-feed", "first-act"]);
    expect(ids(shownInReplay(lines, { partStartedAt: "not a date", currentTime: Number.NaN }))).toEqual([
      "before-the-feed",
    ]);
  });
});
