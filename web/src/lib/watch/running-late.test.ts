import { describe, expect, it } from "vitest";
import { describeMinutes, minutesLate, runningLateNotice } from "./running-late";

// A Friday show at 8:00 PM in Chicago (02:00 UTC on Saturday), and the clock at given instants.
const SHOW = "2026-12-05T02:00:00.000Z";
const at = (iso: string) => Date.parse(iso);

describe("minutesLate", () => {
  it("counts whole minutes since the scheduled time", () => {
    expect(minutesLate(SHOW, at("2026-12-05T02:15:00Z"))).toBe(15);
    expect(minutesLate(SHOW, at("2026-12-05T02:15:59Z"))).toBe(15);
  });

  it("is never below zero (a reader's clock behind the API's)", () => {
    expect(minutesLate(SHOW, at("2026-12-05T01:58:00Z"))).toBe(0);
  });
});

describe("describeMinutes", () => {
  it("says minutes, hours, or both", () => {
    expect(describeMinutes(1)).toBe("1 minute");
    expect(describeMinutes(15)).toBe("15 minutes");
    expect(describeMinutes(60)).toBe("1 hour");
    expect(describeMinutes(81)).toBe("1 hour and 21 minutes");
    expect(describeMinutes(120)).toBe("2 hours");
  });
});

describe("runningLateNotice", () => {
  it("says how late the show is and when it was due, in the reader's zone", () => {
    expect(runningLateNotice(SHOW, at("2026-12-05T02:15:00Z"), "America/Chicago")).toEqual({
      headline: "Running about 15 minutes late",
      detail:
        "It was due to start at 8:00 PM. Stay on this page: the stream appears here as soon as the performers go live.",
    });
    expect(runningLateNotice(SHOW, at("2026-12-05T02:15:00Z"), "Europe/Paris").detail).toMatch(/at 3:00 AM\./);
  });

  it("keeps the reader's wall clock across a DST change (the fall-back night)", () => {
    // 1:30 AM CDT on November 1, 2026 is 06:30 UTC; an hour later the clocks read 1:30 AM CST.
    const beforeFallBack = "2026-11-01T06:30:00.000Z";
    const notice = runningLateNotice(beforeFallBack, at("2026-11-01T07:40:00Z"), "America/Chicago");
    expect(notice).toMatchObject({ headline: "Running about 1 hour and 10 minutes late" });
    expect(notice.detail).toMatch(/at 1:30 AM\./);
  });

  it("says a little late before a whole minute has passed on the reader's clock", () => {
    expect(runningLateNotice(SHOW, at("2026-12-05T01:59:00Z"), "America/Chicago").headline).toBe(
      "Running a little late",
    );
  });
});
