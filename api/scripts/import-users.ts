// Imports existing users into D1 (idempotent): pnpm --filter @firestream/api import-users <file.csv|file.json> [--remote]
// Local by default (the `wrangler dev` database); --remote writes to the production D1.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { parseUserImport, userImportStatements } from "../src/accounts/user-import";
import { ValidationError } from "../src/errors";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("usage: import-users <users.csv|users.json> [--remote]");
  process.exit(2);
}
const format = extname(file).toLowerCase() === ".json" ? "json" : "csv";
try {
  const users = parseUserImport(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), "utf8"), format);
  const directory = mkdtempSync(join(tmpdir(), "firestream-import-"));
  const sqlFile = join(directory, "import.sql");
  writeFileSync(sqlFile, userImportStatements(users, new Date().toISOString()).join("\n"));
  const target = args.includes("--remote") ? "--remote" : "--local";
  execFileSync("wrangler", ["d1", "execute", "DB", target, "--file", sqlFile], {
    cwd: join(import.meta.dirname, ".."),
    stdio: "inherit",
  });
  rmSync(directory, { recursive: true });
  console.log(`imported ${users.length} users (${target.slice(2)})`);
} catch (error) {
  if (error instanceof ValidationError) {
    for (const issue of error.issues)
      console.error(`row ${issue.path[0] ?? "?"} ${issue.path.slice(1).join(".")}: ${issue.message}`);
    process.exit(1);
  }
  throw error;
}
