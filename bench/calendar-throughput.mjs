// The public calendar's month page, through the whole stack (the Worker's fetch, Yoga, Pothos,
// Kysely, D1: the query the site's calendar sends, anonymous) against a bare Worker that runs
// the same D1 query and returns its rows (bench/lib/bare-calendar), both under `wrangler dev`
// on the same workerd build and the same local database. Three phases, alternated so all see
// the same machine:
//   - bare handler: one D1 query per request;
//   - full stack, cold: every request misses the cache (a new alias each time, as a new page
//     would), so it runs Yoga, Pothos and D1 and stores its answer;
//   - full stack, cached: the same page again, from Cloudflare's Cache API.
// Targets (issue 16): cold >= 0.5x the bare handler, cached >= 3x it.
//   node bench/calendar-throughput.mjs [seconds per phase] [concurrent clients]     default: 8 8
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, waitForUrl as waitFor, WRANGLER_ENV } from "@firestream/dev-support";
import { startApi } from "./lib/api-stack.mjs";
import { percentile } from "./lib/stats.mjs";

const seconds = Number(process.argv[2] ?? 8);
const concurrency = Number(process.argv[3] ?? 8);
const ROUNDS = 2;
const SHOWS = 30;

const api = await startApi();
const children = [];
try {
  // A month of 30 shows, as a busy circus has.
  const monthStart = Date.UTC(new Date().getUTCFullYear() + 1, 6, 1);
  const from = new Date(monthStart).toISOString();
  const to = new Date(monthStart + 31 * 86_400_000).toISOString();
  const rows = Array.from({ length: SHOWS }, (_, day) => {
    const at = new Date(monthStart + day * 86_400_000 + 19 * 3_600_000).toISOString();
    return `('bench-${day}', 'Night ${day + 1} of the Fire Circus', 'Fire, aerials and clowns.', '${at}', 90, '${at}', '${at}')`;
  });
  const seed = join(tmpdir(), `firestream-calendar-seed-${process.pid}.sql`);
  writeFileSync(
    seed,
    `INSERT INTO performances (id, title, description, scheduled_time, duration_minutes, created_at, updated_at) VALUES ${rows.join(",\n")};`,
  );
  api.sqlFile(seed);

  const barePort = await freePort();
  const bare = spawn(
    join(import.meta.dirname, "node_modules", ".bin", "wrangler"),
    [
      "dev",
      "--config",
      join(import.meta.dirname, "lib", "bare-calendar", "wrangler.jsonc"),
      "--port",
      String(barePort),
      "--ip",
      "127.0.0.1",
      "--persist-to",
      api.state,
      "--inspector-port",
      String(await freePort()),
      "--show-interactive-dev-session=false",
      "--log-level",
      "warn",
    ],
    { env: { ...process.env, ...WRANGLER_ENV }, stdio: ["ignore", "ignore", "inherit"], detached: true },
  );
  children.push(bare);
  const bareUrl = `http://127.0.0.1:${barePort}/?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  await waitFor(bareUrl);

  const document = (alias) => `query Calendar($from: DateTime!, $to: DateTime!) {
    ${alias ? `${alias}: __typename ` : ""}performances(from: $from, to: $to, first: 50) {
      edges { node { id title scheduledTime durationMinutes status thumbnailUrl registrationCount viewerIsRegistered } }
    }
  }`;
  let sequence = 0;
  const graphql = (alias) =>
    fetch(`${api.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: document(alias), variables: { from, to } }),
    });
  const phases = {
    "bare handler (one D1 query)": () => fetch(bareUrl),
    "full stack, cold (cache miss)": () => graphql(`n${++sequence}`),
    "full stack, cached (Cache API)": () => graphql(undefined),
  };

  // Every phase answers the same 30 shows (and the cached phase really comes from the cache).
  const check = async (response, expectCache) => {
    const body = await response.json();
    const count = body.performances?.length ?? body.data?.performances?.edges?.length;
    if (count !== SHOWS) throw new Error(`expected ${SHOWS} shows, got ${JSON.stringify(body).slice(0, 300)}`);
    if (expectCache && response.headers.get("x-firestream-cache") !== expectCache)
      throw new Error(`expected a cache ${expectCache}, got ${response.headers.get("x-firestream-cache")}`);
  };
  await check(await phases["bare handler (one D1 query)"](), undefined);
  await check(await phases["full stack, cold (cache miss)"](), "miss");
  await phases["full stack, cached (Cache API)"]().then((r) => r.arrayBuffer());
  await check(await phases["full stack, cached (Cache API)"](), "hit");

  const results = Object.fromEntries(Object.keys(phases).map((name) => [name, { requests: 0, ms: 0, latencies: [] }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, send] of Object.entries(phases)) {
      const result = results[name];
      const started = performance.now();
      const deadline = started + (seconds * 1000) / ROUNDS;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (performance.now() < deadline) {
            const sent = performance.now();
            const response = await send();
            await response.arrayBuffer();
            if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
            result.latencies.push(performance.now() - sent);
            result.requests++;
          }
        }),
      );
      result.ms += performance.now() - started;
    }
  }

  const bareRate = results["bare handler (one D1 query)"].requests / (results["bare handler (one D1 query)"].ms / 1000);
  console.log(`\nThe calendar's month page (${SHOWS} shows), ${concurrency} clients, ${seconds} s per phase`);
  console.table(
    Object.entries(results).map(([name, result]) => {
      const rate = result.requests / (result.ms / 1000);
      const sorted = result.latencies.sort((a, b) => a - b);
      return {
        phase: name,
        "requests/s": rate.toFixed(0),
        "p50 (ms)": percentile(sorted, 50).toFixed(1),
        "p99 (ms)": percentile(sorted, 99).toFixed(1),
        "ratio to bare": `${(rate / bareRate).toFixed(2)}x`,
      };
    }),
  );
  console.log("targets: cold >= 0.5x, cached >= 3x the bare handler");
} finally {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // gone already
    }
  }
  api.stop();
}
