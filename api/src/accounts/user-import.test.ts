import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { parseUserImport } from "./user-import";

function issuesOf(text: string, format: "csv" | "json" = "csv") {
  try {
    parseUserImport(text, format);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error("the import was accepted");
}

describe("the CSV user import", () => {
  it("skips blank lines and names each bad row by its line in the file", () => {
    const csv = [
      "email,name,role",
      "",
      "ann@example.org,Ann,VIEWER",
      "",
      "   ",
      "not-an-email,Bo,VIEWER",
      ",,",
      "cy@example.org,Cy,ADMIN",
      "",
    ].join("\n");

    expect(issuesOf(csv)).toEqual([
      { path: ["6", "email"], message: "must be an email address" },
      { path: ["8", "role"], message: "must be VIEWER or ORGANIZER" },
    ]);
  });

  it("imports the rows around blank lines", () => {
    const csv = "\n\nemail,name,role\n\nann@example.org,Ann,VIEWER\n\n\nbo@example.org,Bo,ORGANIZER\n\n";

    expect(parseUserImport(csv, "csv")).toEqual([
      { email: "ann@example.org", name: "Ann", role: "VIEWER" },
      { email: "bo@example.org", name: "Bo", role: "ORGANIZER" },
    ]);
  });

  it("counts a line break inside quotes as a line: the record keeps the line it starts on, and the next one its own", () => {
    const csv = [
      "email,name,role",
      'ann@example.org,"Ann\nLee",VIEWER',
      '"bo@example.org\r\n",Bo,VIEWER',
      "not-an-email,Cy,VIEWER",
      'dee@example.org,"D\r\nE",VIEWER',
      "not-an-email-either,Eve,VIEWER",
    ].join("\r\n");

    expect(issuesOf(csv)).toEqual([
      { path: ["2", "name"], message: "must not contain a line break (U+000A)" },
      { path: ["4", "email"], message: "must be an email address" },
      { path: ["6", "email"], message: "must be an email address" },
      { path: ["7", "name"], message: "must not contain a carriage return (U+000D)" },
      { path: ["9", "email"], message: "must be an email address" },
    ]);
  });

  it("keeps commas and doubled quotes inside quoted fields", () => {
    const csv = 'email,name,role\nann@example.org,"Lee, Ann ""Firefly""",organizer\n"bo@example.org","Bo, Jr.",\n';

    expect(parseUserImport(csv, "csv")).toEqual([
      { email: "ann@example.org", name: 'Lee, Ann "Firefly"', role: "ORGANIZER" },
      { email: "bo@example.org", name: "Bo, Jr.", role: "VIEWER" },
    ]);
  });

  it("reads CRLF, CR and LF line endings, mixed, and a byte order mark before the header", () => {
    const csv = "\uFEFFemail,name,role\r\nann@example.org,Ann,VIEWER\rbo@example.org,Bo,VIEWER\ncy@example.org,Cy,";

    expect(parseUserImport(csv, "csv").map((user) => user.email)).toEqual([
      "ann@example.org",
      "bo@example.org",
      "cy@example.org",
    ]);
  });

  it("reads the columns in any order and case, and fills missing trailing cells with nothing", () => {
    expect(parseUserImport(" Role , NAME ,Email\nORGANIZER,Ann,ann@example.org\n", "csv")).toEqual([
      { email: "ann@example.org", name: "Ann", role: "ORGANIZER" },
    ]);
    expect(issuesOf("email,name,role\nbo@example.org\n")).toEqual([
      { path: ["2", "name"], message: "must not be empty" },
    ]);
  });

  it("reports a duplicate email at the line of its second appearance", () => {
    expect(issuesOf("email,name\nann@example.org,Ann\n\nANN@example.org,Ann again\n")).toEqual([
      { path: ["4", "email"], message: "appears more than once" },
    ]);
  });

  it("refuses a header without email and name, at the header's line", () => {
    expect(issuesOf("\n\nmail,name\nann@example.org,Ann\n")).toEqual([
      { path: ["3"], message: "the header must name the columns email, name and (optionally) role" },
    ]);
    expect(issuesOf("")).toEqual([
      { path: ["1"], message: "the header must name the columns email, name and (optionally) role" },
    ]);
  });

  it("refuses a quoted field that is never closed instead of reading the rest of the file into it", () => {
    const [issue, ...others] = issuesOf('email,name\nann@example.org,"Ann\nbo@example.org,Bo\n');

    expect(others).toEqual([]);
    expect(issue?.message).toMatch(/^is not valid CSV: Quote Not Closed/);
  });

  it("refuses a stray quote inside an unquoted field, naming its line", () => {
    const [issue, ...others] = issuesOf('email,name\nann@example.org,Ann\n\nbo@example.org,Bo "the" Boss\n');

    expect(others).toEqual([]);
    expect(issue?.path).toEqual(["4"]);
    expect(issue?.message).toMatch(/^is not valid CSV: /);
  });
});

describe("the JSON user import", () => {
  it("names each bad entry by its index in the array", () => {
    expect(issuesOf('[{"email":"ann@example.org","name":"Ann"},{"email":"bo","name":"Bo"}]', "json")).toEqual([
      { path: ["1", "email"], message: "must be an email address" },
    ]);
  });
});
