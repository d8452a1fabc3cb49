import { describe, expect, it } from "vitest";
import { fold, icsCalendar, icsText, slug } from "./ics";

const EVENT = {
  uid: "perf-1@firestream.test",
  title: "Friday Night Fire",
  description: "Fire dancing under the big top.",
  start: "2026-12-05T02:00:00.000Z",
  end: "2026-12-05T03:30:00.000Z",
  url: "https://firestream.test/shows/perf-1",
  cancelled: false,
};
const NOW = new Date("2026-12-01T12:00:00Z");

const octets = (line: string) => new TextEncoder().encode(line).length;

/** The content lines of a calendar, unfolded as a reader would (RFC 5545 3.1). */
function contentLines(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  const physical = ics.slice(0, -2).split("\r\n");
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(octets(line)).toBeLessThanOrEqual(75);
  }
  return ics
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n");
}

function property(ics: string, name: string): string[] {
  return contentLines(ics)
    .filter((line) => line.startsWith(`${name}:`))
    .map((line) => line.slice(name.length + 1));
}

/** Reads a TEXT value back as RFC 5545 3.3.11 says. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

describe("icsText", () => {
  it("escapes backslash, semicolon, comma and newline", () => {
    expect(icsText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("turns CR LF, a bare CR and a bare LF each into one escaped newline", () => {
    expect(icsText("one\r\ntwo\rthree\nfour")).toBe("one\\ntwo\\nthree\\nfour");
  });

  it("drops other control characters but keeps tabs", () => {
    expect(icsText("a\u0000b\u0007c\u001bd\u007fe\tf")).toBe("abcde\tf");
  });

  it("escapes a backslash before an n, so it is not read as a newline", () => {
    expect(unescapeText(icsText("C:\\new"))).toBe("C:\\new");
  });
});

describe("fold", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = `SUMMARY:${"x".repeat(67)}`;
    expect(fold(line)).toBe(line);
  });

  it("folds longer lines at 75 octets, continuation lines starting with a space", () => {
    const line = `SUMMARY:${"x".repeat(200)}`;
    const parts = fold(line).split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const [index, part] of parts.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(fold(line).replace(/\r\n /g, "")).toBe(line);
  });

  it("never splits a multi-octet character", () => {
    for (const text of [
      "é".repeat(100),
      "火".repeat(60),
      "🔥".repeat(40),
      `a${"🔥".repeat(40)}`,
      `ab${"火".repeat(50)}`,
    ]) {
      const line = `SUMMARY:${text}`;
      const folded = fold(line);
      for (const part of folded.split("\r\n")) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        expect(part).not.toContain("\uFFFD");
        // Each physical line is valid UTF-8 on its own: decoding it strictly does not throw.
        new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(part));
      }
      expect(folded.replace(/\r\n /g, "")).toBe(line);
    }
  });
});

describe("icsCalendar", () => {
  it("is one VEVENT with the show's times in UTC", () => {
    const ics = icsCalendar(EVENT, NOW);
    const lines = contentLines(ics);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(property(ics, "DTSTART")).toEqual(["20261205T020000Z"]);
    expect(property(ics, "DTEND")).toEqual(["20261205T033000Z"]);
    expect(property(ics, "DTSTAMP")).toEqual(["20261201T120000Z"]);
    expect(property(ics, "STATUS")).toEqual(["CONFIRMED"]);
    expect(property(icsCalendar({ ...EVENT, cancelled: true }, NOW), "STATUS")).toEqual(["CANCELLED"]);
  });

  it("a bare CR or LF in a title or description injects no line", () => {
    const title = "Show\rEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:Injected";
    const ics = icsCalendar({ ...EVENT, title, description: "Hi\rATTENDEE:mailto:x@evil.example" }, NOW);
    const lines = contentLines(ics);
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.filter((line) => line === "END:VEVENT")).toHaveLength(1);
    expect(lines.some((line) => line.startsWith("ATTENDEE"))).toBe(false);
    expect(property(ics, "SUMMARY")).toHaveLength(1);
    expect(unescapeText(property(ics, "SUMMARY")[0]!)).toBe("Show\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected");
  });

  it("reads back every title exactly, escaped and folded", () => {
    const titles = ["Fire; Ice, and \\ more", "Zirkus Größe 🔥".repeat(8), "a,".repeat(60), "Tab\there"];
    for (const title of titles) {
      expect(unescapeText(property(icsCalendar({ ...EVENT, title }, NOW), "SUMMARY")[0]!)).toBe(title);
    }
  });

  it("puts the details link after the description", () => {
    const ics = icsCalendar(EVENT, NOW);
    expect(unescapeText(property(ics, "DESCRIPTION")[0]!)).toBe(
      "Fire dancing under the big top.\n\nDetails and registration: https://firestream.test/shows/perf-1",
    );
    expect(property(ics, "URL")).toEqual(["https://firestream.test/shows/perf-1"]);
  });

  it("keeps line breaks out of the id and URL too", () => {
    const ics = icsCalendar({ ...EVENT, uid: "x\r\nATTENDEE:y@z", url: "https://a.test/\rX:1" }, NOW);
    expect(contentLines(ics).some((line) => line.startsWith("ATTENDEE") || line.startsWith("X:"))).toBe(false);
  });
});

describe("slug", () => {
  it("makes a file name of a title", () => {
    expect(slug("Friday Night Fire!")).toBe("friday-night-fire");
    expect(slug('a"b\r\nc')).toBe("a-b-c");
    expect(slug("🔥🔥")).toBe("show");
  });
});
