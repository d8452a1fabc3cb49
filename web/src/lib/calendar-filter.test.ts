import { describe, expect, it } from "vitest";
import { calendarHref, filterQuery, isFiltered, parseCalendarFilter } from "./calendar-filter";

const parse = (query: string) => parseCalendarFilter(new URLSearchParams(query));

describe("the calendar filter in the address", () => {
  it("is empty when the address names nothing", () => {
    expect(parse("view=month")).toEqual({ without: [], with: [] });
    expect(isFiltered(parse("")!)).toBe(false);
  });

  it("reads every ticked box, as a GET form sends them", () => {
    expect(parse("without=flashing-lights&without=loud-bangs&with=captioned")).toEqual({
      without: ["FLASHING_LIGHTS", "LOUD_BANGS"],
      with: ["CAPTIONED"],
    });
  });

  it("keeps the schema's order and drops repeats, so one filter has one address", () => {
    const filter = parse("without=smoke&without=flashing-lights&without=smoke&with=sign-language&with=captioned")!;
    expect(filter).toEqual({ without: ["FLASHING_LIGHTS", "SMOKE"], with: ["CAPTIONED", "SIGN_LANGUAGE"] });
    expect(filterQuery(filter)).toBe("without=flashing-lights&without=smoke&with=captioned&with=sign-language");
  });

  it("refuses a note or feature that does not exist, and the enum's own spelling", () => {
    expect(parse("without=spiders")).toBeUndefined();
    expect(parse("with=FLASHING_LIGHTS")).toBeUndefined();
    expect(parse("with=flashing-lights")).toBeUndefined();
    expect(parse("without=")).toBeUndefined();
  });

  it("gives an empty query when nothing is filtered", () => {
    expect(filterQuery({ without: [], with: [] })).toBe("");
  });

  it("stays on every calendar link: views, periods and the days of the month grid", () => {
    const filter = filterQuery(parse("without=smoke&with=captioned")!);
    expect(calendarHref("month", "2027-01-15", filter)).toBe(
      "/?view=month&date=2027-01-15&without=smoke&with=captioned",
    );
    expect(calendarHref("agenda", undefined, filter)).toBe("/?view=agenda&without=smoke&with=captioned");
    expect(parse(new URL(calendarHref("week", "2026-12-31", filter), "https://x.test").search.slice(1))).toEqual({
      without: ["SMOKE"],
      with: ["CAPTIONED"],
    });
  });

  it("leaves the address plain when nothing is filtered", () => {
    expect(calendarHref("month", "2026-03-08", "")).toBe("/?view=month&date=2026-03-08");
    expect(calendarHref("week", undefined, "")).toBe("/?view=week");
  });
});
