import { describe, expect, it } from "vitest";
import { formatReplayUntil } from "./replay-until";

describe("formatReplayUntil", () => {
  const now = new Date("2026-12-02T12:00:00Z");

  it("names the weekday and hour in the viewer's zone when the replay closes within a week", () => {
    // Monday 02:00 UTC is Sunday 8 pm in Chicago (CST, UTC-6).
    expect(formatReplayUntil("2026-12-07T02:00:00Z", "America/Chicago", now)).toBe("Replay until Sunday 8 pm");
    expect(formatReplayUntil("2026-12-07T02:00:00Z", "Europe/Paris", now)).toBe("Replay until Monday 3 am");
  });

  it("shows minutes only when the time is not on the hour, and noon and midnight as 12", () => {
    expect(formatReplayUntil("2026-12-03T18:30:00Z", "UTC", now)).toBe("Replay until Thursday 6:30 pm");
    expect(formatReplayUntil("2026-12-03T12:00:00Z", "UTC", now)).toBe("Replay until Thursday 12 pm");
    expect(formatReplayUntil("2026-12-04T00:00:00Z", "UTC", now)).toBe("Replay until Friday 12 am");
  });

  it("gives the date for a replay that closes more than a week away", () => {
    expect(formatReplayUntil("2026-12-21T02:00:00Z", "America/Chicago", now)).toBe("Replay until December 20, 8 pm");
  });
});
