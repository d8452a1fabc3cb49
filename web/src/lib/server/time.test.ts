import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  cityOf,
  countryName,
  formatBothTimes,
  formatSeriesRule,
  formatDateLong,
  formatDateShort,
  formatDateTime,
  formatDuration,
  formatPlainDate,
  formatSeconds,
  instantOf,
  isTimeZone,
  parsePlainDate,
  startOfDay,
  todayIn,
  wallClock,
  zoneNames,
} from "./time";

const CHICAGO = "America/Chicago";
const PARIS = "Europe/Paris";
const plain = (text: string) => text.replace(/[\u2009\u202f]/g, " ");

describe("todayIn", () => {
  it("is the local date in the zone at that instant", () => {
    const instant = new Date("2026-12-01T05:30:00Z");
    expect(todayIn(CHICAGO, instant).toString()).toBe("2026-11-30");
    expect(todayIn(PARIS, instant).toString()).toBe("2026-12-01");
  });

  it("turns over the year at local midnight", () => {
    expect(todayIn(CHICAGO, new Date("2027-01-01T05:59:59Z")).toString()).toBe("2026-12-31");
    expect(todayIn(CHICAGO, new Date("2027-01-01T06:00:00Z")).toString()).toBe("2027-01-01");
  });
});

describe("startOfDay", () => {
  it("is local midnight as a UTC instant, with the offset of that day", () => {
    expect(startOfDay(Temporal.PlainDate.from("2026-03-08"), CHICAGO)).toBe("2026-03-08T06:00:00Z");
    expect(startOfDay(Temporal.PlainDate.from("2026-03-09"), CHICAGO)).toBe("2026-03-09T05:00:00Z");
    expect(startOfDay(Temporal.PlainDate.from("2026-11-01"), CHICAGO)).toBe("2026-11-01T05:00:00Z");
    expect(startOfDay(Temporal.PlainDate.from("2026-11-02"), CHICAGO)).toBe("2026-11-02T06:00:00Z");
  });

  it("makes the day Paris springs forward 23 hours long and the day it falls back 25", () => {
    const hours = (from: string, to: string) =>
      (Date.parse(startOfDay(Temporal.PlainDate.from(to), PARIS)) -
        Date.parse(startOfDay(Temporal.PlainDate.from(from), PARIS))) /
      3_600_000;
    expect(hours("2026-03-29", "2026-03-30")).toBe(23);
    expect(hours("2026-10-25", "2026-10-26")).toBe(25);
  });
});

describe("instantOf and wallClock", () => {
  it("reads a wall-clock time in the zone, with the offset it has that day", () => {
    expect(instantOf("2026-12-04", "20:00", CHICAGO)).toBe("2026-12-04T20:00:00-06:00");
    expect(instantOf("2026-07-03", "20:00", CHICAGO)).toBe("2026-07-03T20:00:00-05:00");
  });

  it("moves a time in the hour that springing forward skips to the hour after it", () => {
    expect(instantOf("2026-03-08", "02:30", CHICAGO)).toBe("2026-03-08T03:30:00-05:00");
    expect(instantOf("2026-03-29", "02:30", PARIS)).toBe("2026-03-29T03:30:00+02:00");
  });

  it("takes the first of the two times falling back repeats", () => {
    expect(instantOf("2026-11-01", "01:30", CHICAGO)).toBe("2026-11-01T01:30:00-05:00");
    expect(instantOf("2026-10-25", "02:30", PARIS)).toBe("2026-10-25T02:30:00+02:00");
  });

  it("refuses a day or time that does not exist", () => {
    expect(instantOf("2027-02-29", "20:00", CHICAGO)).toBeUndefined();
    expect(instantOf("2028-02-29", "20:00", CHICAGO)).toBe("2028-02-29T20:00:00-06:00");
    expect(instantOf("2026-12-04", "24:00", CHICAGO)).toBeUndefined();
    expect(instantOf("2026-12-04", "", CHICAGO)).toBeUndefined();
    expect(instantOf("", "20:00", CHICAGO)).toBeUndefined();
  });

  it("gives back the wall clock an instant shows in the zone, for the form's inputs", () => {
    expect(wallClock("2026-12-05T02:00:00Z", CHICAGO)).toEqual({ date: "2026-12-04", time: "20:00" });
    expect(wallClock("2026-12-05T02:00:00Z", PARIS)).toEqual({ date: "2026-12-05", time: "03:00" });
    // Both 1:30 AMs of the night Chicago falls back show as 1:30.
    expect(wallClock("2026-11-01T06:30:00Z", CHICAGO)).toEqual({ date: "2026-11-01", time: "01:30" });
    expect(wallClock("2026-11-01T07:30:00Z", CHICAGO)).toEqual({ date: "2026-11-01", time: "01:30" });
  });

  it("round-trips every wall-clock time that exists", () => {
    for (const [date, time] of [
      ["2026-12-31", "23:59"],
      ["2027-01-01", "00:00"],
      ["2026-03-08", "03:00"],
      ["2028-02-29", "12:15"],
    ] as const) {
      const instant = instantOf(date, time, CHICAGO);
      expect(instant && wallClock(instant, CHICAGO)).toEqual({ date, time });
    }
  });
});

describe("parsePlainDate", () => {
  it("takes YYYY-MM-DD days that exist", () => {
    expect(parsePlainDate("2028-02-29")?.toString()).toBe("2028-02-29");
    expect(parsePlainDate("2026-02-29")).toBeUndefined();
    expect(parsePlainDate("2026-13-01")).toBeUndefined();
    expect(parsePlainDate("20261201")).toBeUndefined();
    expect(parsePlainDate(null)).toBeUndefined();
  });
});

describe("formatting in the viewer's zone", () => {
  const SHOW = "2026-12-05T02:00:00Z";

  it("writes a date and time as the zone sees it", () => {
    expect(plain(formatDateTime(SHOW, CHICAGO))).toBe("Dec 4, 2026, 8:00 PM CST");
    expect(formatDateLong(SHOW, CHICAGO)).toBe("Friday, December 4, 2026");
    expect(formatDateShort(SHOW, PARIS)).toBe("Sat, Dec 5");
  });

  it("names the zone as it is called at that instant", () => {
    expect(zoneNames(CHICAGO, "2026-12-01T00:00:00Z")).toEqual({ id: CHICAGO, long: "Central Time", short: "CST" });
    expect(zoneNames(CHICAGO, "2026-07-01T00:00:00Z").short).toBe("CDT");
  });

  it("formats a local date the same in every zone", () => {
    const date = Temporal.PlainDate.from("2026-12-31");
    expect(formatPlainDate(date, { weekday: "long", month: "long", day: "numeric" })).toBe("Thursday, December 31");
  });
});

describe("isTimeZone", () => {
  it("knows IANA zones and refuses anything else", () => {
    expect(isTimeZone(CHICAGO)).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("formatDuration", () => {
  it("writes minutes, hours, or both", () => {
    expect([45, 60, 90, 125, 0].map(formatDuration)).toEqual(["45 min", "1 h", "1 h 30 min", "2 h 5 min", "0 min"]);
  });
});

describe("formatSeconds", () => {
  it("writes seconds, minutes and seconds, or hours and padded minutes", () => {
    expect([45, 60, 750, 3720, 7200].map(formatSeconds)).toEqual([
      "45 s",
      "1 min",
      "12 min 30 s",
      "1 h 02 min",
      "2 h 00 min",
    ]);
  });

  it("rounds to whole seconds and never goes below zero", () => {
    expect(formatSeconds(59.6)).toBe("1 min");
    expect(formatSeconds(-3)).toBe("0 s");
  });
});

describe("countryName", () => {
  it("names a country from its code, and says when it is not known", () => {
    expect(countryName("MX")).toBe("Mexico");
    expect(countryName(null)).toBe("Unknown");
    expect(countryName("")).toBe("Unknown");
  });
});

describe("formatBothTimes", () => {
  // Friday 8 pm in Chicago is Saturday 3 am in Paris.
  const friday8pm = "2026-12-05T02:00:00Z";

  it("gives the circus's time and the fan's, naming the fan's weekday when it differs", () => {
    expect(plain(formatBothTimes(friday8pm, PARIS, CHICAGO))).toBe("8:00 PM in Chicago · 3:00 AM Sat for you");
  });

  it("leaves the weekday out when both are on the same day", () => {
    expect(plain(formatBothTimes("2026-12-05T00:00:00Z", "America/New_York", CHICAGO))).toBe(
      "6:00 PM in Chicago · 7:00 PM for you",
    );
  });

  it("is one time when the fan's zone keeps the circus's clock", () => {
    expect(plain(formatBothTimes(friday8pm, "America/Winnipeg", CHICAGO))).toBe("8:00 PM");
  });
});

describe("formatSeriesRule", () => {
  it("says the series in the circus's words, whatever the fan's zone", () => {
    expect(plain(formatSeriesRule("2026-12-05T02:00:00Z", CHICAGO))).toBe(
      "Weekly, every Friday at 8:00 PM (Chicago time)",
    );
  });
});

describe("cityOf", () => {
  it("is the zone's last part, in words", () => {
    expect(cityOf("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(cityOf("UTC")).toBe("UTC");
  });
});
