import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayForKey } from "./date-grid-keys";

describe("dayForKey", () => {
  it("moves a day with the left and right arrows, across a month's and a year's end", () => {
    expect(dayForKey("ArrowRight", "2026-12-31")).toBe("2027-01-01");
    expect(dayForKey("ArrowLeft", "2027-01-01")).toBe("2026-12-31");
    expect(dayForKey("ArrowRight", "2028-02-28")).toBe("2028-02-29");
    expect(dayForKey("ArrowRight", "2026-02-28")).toBe("2026-03-01");
  });

  it("moves a week with the up and down arrows", () => {
    expect(dayForKey("ArrowDown", "2026-12-28")).toBe("2027-01-04");
    expect(dayForKey("ArrowUp", "2026-03-04")).toBe("2026-02-25");
  });

  it("goes to the week's Sunday with Home and its Saturday with End", () => {
    // December 2nd, 2026 is a Wednesday.
    expect(dayForKey("Home", "2026-12-02")).toBe("2026-11-29");
    expect(dayForKey("End", "2026-12-02")).toBe("2026-12-05");
    expect(dayForKey("Home", "2026-11-29")).toBe("2026-11-29");
    expect(dayForKey("End", "2026-12-05")).toBe("2026-12-05");
  });

  it("goes to the same day of the next or previous month with Page Down and Page Up", () => {
    expect(dayForKey("PageDown", "2026-12-15")).toBe("2027-01-15");
    expect(dayForKey("PageUp", "2027-01-15")).toBe("2026-12-15");
  });

  it("stops at a shorter month's last day", () => {
    expect(dayForKey("PageDown", "2026-01-31")).toBe("2026-02-28");
    expect(dayForKey("PageDown", "2028-01-31")).toBe("2028-02-29");
    expect(dayForKey("PageUp", "2026-03-31")).toBe("2026-02-28");
    expect(dayForKey("PageDown", "2026-10-31")).toBe("2026-11-30");
  });

  it("leaves every other key to the browser", () => {
    for (const key of ["Enter", " ", "Tab", "a", "toString", "constructor"])
      expect(dayForKey(key, "2026-12-02")).toBeUndefined();
  });
});

describe("date arithmetic", () => {
  it("counts whole days across the days clocks change, whatever the machine's zone", () => {
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(addDays("2026-11-01", 1)).toBe("2026-11-02");
    expect(addDays("2026-10-25", 7)).toBe("2026-11-01");
  });

  it("moves any number of months and years", () => {
    expect(addMonths("2026-12-31", 2)).toBe("2027-02-28");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
    expect(addMonths("2026-05-15", -17)).toBe("2024-12-15");
  });
});
