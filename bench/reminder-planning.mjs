// Reminder planning: N registrations (100 fans each for N/100 shows a day away) planned by one
// cron run (one INSERT … SELECT per run) against planning them one registration at a time, as
// registering does, in the same run on the same local D1 (wrangler's, in this process). Prints
// D1 statements, rows D1 read and wrote, and wall time for each.
//   node --import tsx bench/reminder-planning.mjs [registrations]     default: 10000
// (one at a time is slow: about 50 ms a registration here, so 10,000 take minutes)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WRANGLER_ENV } from "@firestream/dev-support";
import { Database } from "../api/src/db/database.ts";
import { planReminders } from "../api/src/notifications/deliveries.repository.ts";

const registrations = Number(process.argv[2] ?? 10_000);
const FANS_PER_SHOW = 100;
const api = join(import.meta.dirname, "..", "api");
const { getPlatformProxy } = createRequire(join(api, "package.json"))("wrangler");
const state = mkdtempSync(join(tmpdir(), "firestream-bench-planning-"));
const wrangler = join(api, "node_modules", ".bin", "wrangler");
const env = { ...process.env, ...WRANGLER_ENV };

function sh(args) {
  const result = spawnSync(wrangler, args, { cwd: api, env, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed`);
}

/** Counts statements and D1's own rows read/written figures of everything run through it. */
function counting(d1) {
  const totals = { statements: 0, rowsRead: 0, rowsWritten: 0 };
  const add = (result) => {
    totals.rowsRead += result?.meta?.rows_read ?? 0;
    totals.rowsWritten += result?.meta?.rows_written ?? 0;
    return result;
  };
  const wrap = (statement) => ({
    inner: statement,
    bind: (...values) => wrap(statement.bind(...values)),
    all: async () => (totals.statements++, add(await statement.all())),
    run: async () => (totals.statements++, add(await statement.run())),
    first: async (column) => (totals.statements++, statement.first(column)),
    raw: async (options) => (totals.statements++, statement.raw(options)),
  });
  return {
    totals,
    binding: {
      prepare: (sql) => wrap(d1.prepare(sql)),
      batch: async (statements) => {
        totals.statements += statements.length;
        const results = await d1.batch(statements.map((statement) => statement.inner ?? statement));
        results.forEach(add);
        return results;
      },
      exec: (sql) => d1.exec(sql),
    },
  };
}

try {
  sh(["d1", "migrations", "apply", "DB", "--local", "--persist-to", state]);
  const shows = Math.ceil(registrations / FANS_PER_SHOW);
  const now = new Date();
  now.setUTCSeconds(0, 0);
  const iso = (ms) => new Date(now.getTime() + ms).toISOString();
  // Shows a day and half an hour away: their 24 h reminders fall in the cron's next hour.
  const lines = [];
  for (let s = 0; s < shows; s++) {
    lines.push(
      `INSERT INTO performances (id, title, scheduled_time, duration_minutes, created_at, updated_at) VALUES ('show-${s}', 'Bench ${s}', '${iso(86_400_000 + 1_800_000 + s * 1000)}', 60, '${iso(0)}', '${iso(0)}');`,
    );
  }
  for (let r = 0; r < registrations; r++) {
    lines.push(
      `INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('fan-${r}', 'fan-${r}@bench.test', 'Fan ${r}', '${iso(0)}', '${iso(0)}');`,
      `INSERT INTO performance_viewers (performance_id, user_id, notification_preferences, registered_at) VALUES ('show-${Math.floor(r / FANS_PER_SHOW)}', 'fan-${r}', '{"email":true,"sms":false,"browser":false,"leadMinutes":[1440]}', '${iso(-86_400_000)}');`,
    );
  }
  const seed = join(state, "seed.sql");
  writeFileSync(seed, lines.join("\n"));
  sh(["d1", "execute", "DB", "--local", "--persist-to", state, "--file", seed]);

  const proxy = await getPlatformProxy({
    configPath: join(api, "wrangler.jsonc"),
    persist: { path: join(state, "v3") },
  });
  try {
    const measure = async (name, plan, { fresh = true } = {}) => {
      const d1 = counting(proxy.env.DB);
      const db = new Database(d1.binding);
      if (fresh) await proxy.env.DB.exec("DELETE FROM notification_deliveries");
      const started = performance.now();
      const planned = await plan(db);
      const ms = performance.now() - started;
      return { name, planned, ms, ...d1.totals };
    };
    const nowIso = now.toISOString();
    const cron = await measure(
      "one cron run",
      async (db) => (await planReminders(db, { upcoming: true, now: nowIso })).length,
    );
    const cronAgain = await measure(
      "the next cron run (all planned)",
      async (db) => (await planReminders(db, { upcoming: true, now: nowIso })).length,
      { fresh: false },
    );
    const oneByOne = await measure("one registration at a time", async (db) => {
      let planned = 0;
      for (let r = 0; r < registrations; r++) {
        const rows = await planReminders(db, {
          performanceIds: [`show-${Math.floor(r / FANS_PER_SHOW)}`],
          userId: `fan-${r}`,
          now: nowIso,
        });
        planned += rows.length;
      }
      return planned;
    });
    console.log(`reminder planning, ${registrations} registrations on ${shows} shows (local D1)`);
    for (const run of [cron, cronAgain, oneByOne]) {
      console.log(
        `  ${run.name.padEnd(34)} planned ${String(run.planned).padStart(6)}  statements ${String(run.statements).padStart(6)}  rows read ${String(run.rowsRead).padStart(8)}  written ${String(run.rowsWritten).padStart(7)}  ${run.ms.toFixed(0).padStart(6)} ms`,
      );
    }
    console.log(
      `  one by one / cron: ${(oneByOne.statements / cron.statements).toFixed(0)}x the statements, ${(oneByOne.ms / cron.ms).toFixed(1)}x the time`,
    );
  } finally {
    await proxy.dispose();
  }
} finally {
  rmSync(state, { recursive: true, force: true });
}
