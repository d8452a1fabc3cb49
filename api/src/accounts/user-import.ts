import { z } from "zod";
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
  email: z.email("must be an email address").max(254),
  name: userName(),
  role: z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toUpperCase() || undefined : value),
    z.enum(["VIEWER", "ORGANIZER"], "must be VIEWER or ORGANIZER").default("VIEWER"),
  ),
});

export function parseUserImport(text: string, format: "csv" | "json"): ImportedUser[] {
  const records = format === "json" ? parseJsonRecords(text) : parseCsvRecords(text);
  const users: ImportedUser[] = [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const row = String(format === "csv" ? index + 2 : index);
    const parsed = ImportedUserSchema.safeParse(record);
    if (!parsed.success) {
      issues.push(
        ...parsed.error.issues.map((issue) => ({ path: [row, ...issue.path.map(String)], message: issue.message })),
      );
      return;
    }
    const key = parsed.data.email.toLowerCase();
    if (seen.has(key)) issues.push({ path: [row, "email"], message: "appears more than once" });
    seen.add(key);
    users.push(parsed.data);
  });
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

function parseJsonRecords(text: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ValidationError([{ path: [], message: `is not valid JSON: ${(error as Error).message}` }]);
  }
  if (!Array.isArray(value)) throw new ValidationError([{ path: [], message: "must be a JSON array of users" }]);
  return value;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsvRecords(text: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const row = rows[rows.length - 1] as string[];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") (row.push(field), (field = ""));
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      (row.push(field), (field = ""), rows.push([]));
    } else field += char;
  }
  (rows[rows.length - 1] as string[]).push(field);
  const nonEmpty = rows.filter((row) => row.some((cell) => cell.trim() !== ""));
  const [header, ...body] = nonEmpty;
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  if (!columns.includes("email") || !columns.includes("name")) {
    throw new ValidationError([
      { path: ["1"], message: "the header must name the columns email, name and (optionally) role" },
    ]);
  }
  return body.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? ""])));
}
