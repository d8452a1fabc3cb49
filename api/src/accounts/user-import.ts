import { CsvError, parse as parseCsv } from "csv-parse/sync";
import * as z from "../zod";
import type { Role } from "../db/tables";
import { type ValidationIssue, ValidationError } from "../errors";
import { userName } from "./account-rules";

/**
 * Bringing an existing application's users into FireStream: a CSV (header `email,name,role`)
 * or a JSON array of `{ email, name, role }`. Imported accounts have no password; they sign in
 * through the configured identity provider, which links them by verified email on first sight.
 */
export interface ImportedUser {
  email: string;
  name: string;
  role: Role;
}

const ImportedUserSchema = z.object({
  email: z.email("must be an email address").check(z.maxLength(254)),
  name: userName(),
  // classic zod's z.preprocess(fn, schema) is this pipe
  role: z.pipe(
    z.transform((value: unknown) => (typeof value === "string" ? value.trim().toUpperCase() || undefined : value)),
    z._default(z.enum(["VIEWER", "ORGANIZER"], "must be VIEWER or ORGANIZER"), "VIEWER"),
  ),
});

/** One record and where it is: the CSV line it starts on, or the JSON array index. */
interface LineRecord {
  row: string;
  record: unknown;
}

export function parseUserImport(text: string, format: "csv" | "json"): ImportedUser[] {
  const records = format === "json" ? parseJsonRecords(text) : parseCsvRecords(text);
  const users: ImportedUser[] = [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const { row, record } of records) {
    const parsed = ImportedUserSchema.safeParse(record);
    if (!parsed.success) {
      issues.push(
        ...parsed.error.issues.map((issue) => ({ path: [row, ...issue.path.map(String)], message: issue.message })),
      );
      continue;
    }
    const key = parsed.data.email.toLowerCase();
    if (seen.has(key)) issues.push({ path: [row, "email"], message: "appears more than once" });
    seen.add(key);
    users.push(parsed.data);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return users;
}

/**
 * SQL that creates each user, or updates the name and role of one that exists (matched by
 * email). Running it again changes nothing. Literal SQL, because `wrangler d1 execute --file`
 * takes no parameters: every value is validated above and quoted here.
 */
export function userImportStatements(users: readonly ImportedUser[], now: string): string[] {
  return users.map(
    (user) =>
      "INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at) " +
      `VALUES (${quote(crypto.randomUUID())}, ${quote(user.email)}, ${quote(user.name)}, ${quote(user.role)}, NULL, ${quote(now)}, ${quote(now)}) ` +
      "ON CONFLICT (email) DO UPDATE SET name = excluded.name, role = excluded.role, updated_at = excluded.updated_at " +
      "WHERE users.name IS NOT excluded.name OR users.role IS NOT excluded.role;",
  );
}

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

function parseJsonRecords(text: string): LineRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ValidationError([{ path: [], message: `is not valid JSON: ${(error as Error).message}` }]);
  }
  if (!Array.isArray(value)) throw new ValidationError([{ path: [], message: "must be a JSON array of users" }]);
  return value.map((record: unknown, index) => ({ row: String(index), record }));
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Blank lines are
 * skipped; each record keeps the number of the line it starts on, so errors point at the file.
 */
function parseCsvRecords(text: string): LineRecord[] {
  let parsed: { info: { lines: number }; record: string[] }[];
  try {
    // The typings say string[][] whatever the options; with `info` each record comes wrapped.
    parsed = parseCsv(text, {
      bom: true,
      info: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw new ValidationError([{ path: line ? [String(line)] : [], message: `is not valid CSV: ${error.message}` }]);
  }
  // csv-parse counts the line a record ends on, and a CRLF inside quotes as two lines.
  let doubleCounted = 0;
  const records = parsed
    .map(({ info, record }) => {
      doubleCounted += record.reduce((count, field) => count + (field.match(/\r\n/g)?.length ?? 0), 0);
      return { line: info.lines - doubleCounted - lineBreaks(record), record };
    })
    .filter(({ record }) => record.some((field) => field.trim() !== ""));
  const [header, ...body] = records;
  const columns = (header?.record ?? []).map((name) => name.trim().toLowerCase());
  if (!columns.includes("email") || !columns.includes("name")) {
    throw new ValidationError([
      {
        path: [String(header?.line ?? 1)],
        message: "the header must name the columns email, name and (optionally) role",
      },
    ]);
  }
  return body.map(({ line, record }) => ({
    row: String(line),
    record: Object.fromEntries(columns.map((column, i) => [column, record[i] ?? ""])),
  }));
}

const lineBreaks = (record: readonly string[]) =>
  record.reduce((count, field) => count + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
