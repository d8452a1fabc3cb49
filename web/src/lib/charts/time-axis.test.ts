import { describe, expect, it } from "vitest";
import { clockLabels, offsetLabel } from "./time-axis";

const every = (start: string, seconds: number, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(start) + i * seconds * 1000).toISOString());

describe("clockLabels", () => {
  it("shows seconds when the points are less than a minute apart, so no label repeats", () => {
    const labels = clockLabels(every("2026-05-01T20:50:00Z", 15, 4), "America/Chicago");

    expect(labels).toEqual(["3:50:00 PM", "3:50:15 PM", "3:50:30 PM", "3:50:45 PM"]);
  });

  it("shows hours and minutes for points a minute or more apart", () => {
    expect(clockLabels(every("2026-05-01T20:50:00Z", 120, 3), "America/Chicago")).toEqual([
      "3:50 PM",
      "3:52 PM",
      "3:54 PM",
    ]);
  });

  it("names the day when the points span days", () => {
    const labels = clockLabels(every("2026-05-01T20:00:00Z", 21_600, 5), "UTC");
    expect(labels[0]).toMatch(/Fri/);
    expect(labels[4]).toMatch(/Sat/);
    expect(new Set(labels).size).toBe(5);
  });

  it("answers nothing for no points", () => {
    expect(clockLabels([], "UTC")).toEqual([]);
  });
});

describe("offsetLabel", () => {
  it("reads as a time into the show", () => {
    expect([0, 75, 930, 3900].map(offsetLabel)).toEqual(["0:00", "1:15", "15:30", "1:05:00"]);
  });
});
