import { describe, expect, it } from "vitest";
import { safeRedirect } from "./redirect";

describe("safeRedirect", () => {
  it("keeps paths on the site, with their query and fragment", () => {
    expect(safeRedirect("/")).toBe("/");
    expect(safeRedirect("/shows/abc/watch")).toBe("/shows/abc/watch");
    expect(safeRedirect("/admin?when=past&before=xyz#list")).toBe("/admin?when=past&before=xyz#list");
    expect(safeRedirect("/?view=month&date=2026-12-01")).toBe("/?view=month&date=2026-12-01");
  });

  it("normalises what it keeps, so the Location header is plain ASCII", () => {
    expect(safeRedirect("/shows/../me")).toBe("/me");
    expect(safeRedirect("/shows/Zirkus Größe")).toBe("/shows/Zirkus%20Gr%C3%B6%C3%9Fe");
    expect(safeRedirect("/%2F%2Fevil.example")).toBe("/");
  });

  it.each([
    ["nothing", null],
    ["undefined", undefined],
    ["an empty string", ""],
    ["a relative path", "shows/1"],
    ["an absolute URL to another host", "https://evil.example/"],
    ["an absolute URL to any host", "http://localhost/me"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a protocol-relative URL", "//evil.example"],
    ["a protocol-relative URL with more slashes", "///evil.example"],
    ["a backslash after the slash", "/\\evil.example"],
    ["a backslash later on", "/shows\\..\\..\\evil"],
    ["a tab between the slashes", "/\t/evil.example"],
    ["a line feed", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["CR LF header injection", "/me\r\nSet-Cookie: a=b"],
    ["NUL", "/me\u0000"],
    ["DEL", "/\u007f/evil.example"],
    ["a percent-encoded tab between the slashes", "/%09/evil.example"],
    ["a percent-encoded slash after the slash", "/%2fevil.example"],
    ["a percent-encoded backslash", "/%5Cevil.example"],
    ["percent-encoded CR LF", "/me%0d%0aSet-Cookie:%20a=b"],
    ["malformed percent-encoding", "/shows/%E0%A4%A"],
    ["a lone percent sign", "/100%"],
    ["a leading space", " /me"],
    ["a very long target", `/${"a".repeat(3000)}`],
  ])("refuses %s and falls back to /", (_, value) => {
    expect(safeRedirect(value)).toBe("/");
  });

  it("falls back to the fallback it is given", () => {
    expect(safeRedirect("//evil.example", "/me")).toBe("/me");
    expect(safeRedirect("/admin", "/me")).toBe("/admin");
  });

  it("never throws, whatever it gets", () => {
    const nasty = ["/\uD800", "/%", "/%%", "/?%zz", "/#%", "/\u2028", "/\u00a0/evil", "/%u2215evil"];
    for (const value of nasty) {
      const target = safeRedirect(value);
      expect(target.startsWith("/") && !target.startsWith("//")).toBe(true);
    }
  });
});
