// Heartbeat load: N simulated viewers of one live show, each reporting every 15 s as the
// player does, for a while. Prints heartbeats per second, answer latency, and how many D1
// writes that cost, against the naive design of one D1 write per heartbeat.
//   node bench/heartbeats.mjs [viewers] [seconds]     default: 2000 60
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT } from "jose";
import { startApi } from "./lib/api-stack.mjs";
import { percentile } from "./lib/stats.mjs";

const viewers = Number(process.argv[2] ?? 2000);
const seconds = Number(process.argv[3] ?? 60);
const INTERVAL_MS = 15_000;

const api = await startApi();
try {
  const performanceId = `bench-heartbeats-${Date.now()}`;
  const now = new Date().toISOString();
  const users = Array.from({ length: viewers }, (_, i) => `bench-viewer-${i}`);
  const file = join(mkdtempSync(join(tmpdir(), "firestream-bench-sql-")), "seed.sql");
  writeFileSync(
    file,
    [
      `INSERT INTO performances (id, title, scheduled_time, duration_minutes, status, live_input_id, created_at, updated_at) VALUES ('${performanceId}', 'Heartbeat bench', '${now}', 120, 'LIVE', 'input-${performanceId}', '${now}', '${now}');`,
      ...users.map(
        (id) =>
          `INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('${id}', '${id}@bench.test', '${id}', '${now}', '${now}');`,
      ),
    ].join("\n"),
  );
  api.sqlFile(file);

  const secret = new TextEncoder().encode(api.secrets.AUTH_SECRET);
  const tokens = await Promise.all(
    users.map((userId) =>
      new SignJWT({ pid: performanceId, mode: "LIVE", dur: null })
        .setProtectedHeader({ alg: "HS256" })
        .setIssuer(api.secrets.AUTH_ISSUER)
        .setAudience("firestream-heartbeat")
        .setSubject(userId)
        .setExpirationTime("1h")
        .sign(secret),
    ),
  );

  let flushes = 0;
  let sessionsFlushed = 0;
  api.onLog((line) => {
    const match = /flushed (\d+) sessions to D1 in one batch/.exec(line);
    if (match) {
      flushes++;
      sessionsFlushed += Number(match[1]);
    }
  });

  const latencies = [];
  const statuses = new Map();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  // Each viewer starts at a random point of the interval, then beats every INTERVAL_MS.
  await Promise.all(
    users.map(async (userId, i) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * INTERVAL_MS));
      for (let position = 0; performance.now() < deadline; position += INTERVAL_MS / 1000) {
        const sent = performance.now();
        const response = await fetch(`${api.origin}/api/heartbeat`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            token: tokens[i],
            sessionId: `session-${userId}`,
            positionSeconds: position,
            playing: true,
          }),
        }).catch(() => undefined);
        latencies.push(performance.now() - sent);
        statuses.set(response?.status ?? "error", (statuses.get(response?.status ?? "error") ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  latencies.sort((a, b) => a - b);
  const heartbeats = latencies.length;
  console.log(
    `\nHeartbeats: ${viewers} viewers, one every ${INTERVAL_MS / 1000} s each, for ${elapsed.toFixed(0)} s (${new Date().toISOString()})`,
  );
  console.table([
    {
      heartbeats,
      "per second": (heartbeats / elapsed).toFixed(1),
      answers: JSON.stringify(Object.fromEntries(statuses)),
      "p50 (ms)": percentile(latencies, 50).toFixed(1),
      "p99 (ms)": percentile(latencies, 99).toFixed(1),
    },
  ]);
  console.table([
    {
      design: "FireStream (Durable Object batches)",
      "D1 batches/s": (flushes / elapsed).toFixed(2),
      "session rows/s": (sessionsFlushed / elapsed).toFixed(1),
    },
    {
      design: "baseline: one D1 write per heartbeat",
      "D1 batches/s": (heartbeats / elapsed).toFixed(1),
      "session rows/s": (heartbeats / elapsed).toFixed(1),
    },
    { design: "ratio FireStream / baseline (D1 round trips)", "D1 batches/s": `${(flushes / heartbeats).toFixed(4)}x` },
  ]);
} finally {
  api.stop();
}
