// Fan-out latency: N SSE subscribers on one performance; time from the live-input webhook to
// each subscriber's LIVE event. FireStream (wrangler dev: Worker + Durable Object hub) against
// plain graphql-yoga on Node with in-memory pub/sub, measured by the same client in one run.
//   node bench/fanout.mjs [subscribers...]     default: 1000 2500 5000
import { startApi } from "./lib/api-stack.mjs";
import { startBaselineProcess } from "./lib/baseline-yoga.mjs";
import { percentile } from "./lib/stats.mjs";
import { subscribe } from "./lib/sse-client.mjs";

const SUBSCRIPTION = `subscription($id: ID!) { performanceStatus(id: $id) { change status performance { id } } }`;
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [1000, 2500, 5000];

/** Opens `count` subscribers, fires one event, returns each subscriber's latency in ms. */
async function measure(origin, performanceId, count, fire) {
  const arrivals = new Array(count).fill(undefined);
  let ready = 0;
  let resolveReady;
  const allReady = new Promise((resolve) => (resolveReady = resolve));
  let received = 0;
  let resolveReceived;
  const allReceived = new Promise((resolve) => (resolveReceived = resolve));
  const clients = [];
  const refused = [];
  const opened = performance.now();
  for (let i = 0; i < count; i += 100) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + 100); j++) {
      batch.push(
        subscribe(origin, SUBSCRIPTION, { id: performanceId }, (payload, at) => {
          const change = payload.data?.performanceStatus?.change;
          if (change === "CURRENT" && ++ready === count) resolveReady();
          if (change === "STATUS" && arrivals[j] === undefined) {
            arrivals[j] = at;
            if (++received + refused.length >= count) resolveReceived();
          }
        }),
      );
    }
    for (const result of await Promise.allSettled(batch)) {
      if (result.status === "fulfilled") clients.push(result.value);
      else refused.push(result.reason.message);
    }
  }
  const progress = setInterval(
    () => console.warn(`  ${ready} of ${count} subscribed, ${refused.length} refused`),
    10_000,
  );
  // Subscribers the server refused will never be ready: wait for the others, for a while.
  if (ready + refused.length >= count) resolveReady();
  else setInterval(() => ready + refused.length >= count && resolveReady(), 100).unref();
  const held = await Promise.race([
    allReady.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 120_000)),
  ]);
  clearInterval(progress);
  if (!held) {
    for (const client of clients) client.close();
    return {
      latencies: [],
      delivered: 0,
      refused: count - ready,
      connectSeconds: Number.NaN,
      notHeld: `${ready} of ${count} subscribed`,
    };
  }
  const connectSeconds = (performance.now() - opened) / 1000;
  const firedAt = performance.now();
  await fire();
  if (received + refused.length >= count) resolveReceived();
  const timeout = setTimeout(() => resolveReceived(), 60_000);
  await allReceived;
  clearTimeout(timeout);
  for (const client of clients) client.close();
  const latencies = arrivals
    .filter((at) => at !== undefined)
    .map((at) => at - firedAt)
    .sort((a, b) => a - b);
  if (refused.length) console.warn(`${refused.length} subscriptions refused, e.g. ${refused[0]}`);
  return { latencies, delivered: latencies.length, refused: refused.length, connectSeconds };
}

function row(name, count, result) {
  const { latencies } = result;
  if (result.notHeld) return { server: name, subscribers: count, delivered: `not held: ${result.notHeld}` };
  return {
    server: name,
    subscribers: count,
    delivered: result.delivered,
    refused: result.refused,
    "connect (s)": result.connectSeconds.toFixed(1),
    "p50 (ms)": percentile(latencies, 50).toFixed(1),
    "p99 (ms)": percentile(latencies, 99).toFixed(1),
    "max (ms)": latencies.at(-1)?.toFixed(1),
  };
}

const api = await startApi();
const baseline = await startBaselineProcess();
const rows = [];
try {
  for (const count of counts) {
    const id = `bench-${count}-${Date.now()}`;
    const input = `input-${id}`;
    api.sql(
      `INSERT INTO performances (id, title, scheduled_time, duration_minutes, live_input_id, created_at, updated_at)
       VALUES ('${id}', 'Fan-out bench', '${new Date().toISOString()}', 60, '${input}', '${new Date().toISOString()}', '${new Date().toISOString()}')`,
    );
    const ours = await measure(api.origin, id, count, () =>
      fetch(`${api.origin}/api/webhooks/stream-live`, {
        method: "POST",
        headers: { "content-type": "application/json", "cf-webhook-auth": api.secrets.STREAM_NOTIFICATION_SECRET },
        body: JSON.stringify({
          name: "bench",
          data: {
            notification_name: "Stream Live Input",
            input_id: input,
            event_type: "live_input.connected",
            updated_at: new Date().toISOString(),
          },
          ts: Math.floor(Date.now() / 1000),
        }),
      }).then((response) => {
        if (!response.ok) throw new Error(`webhook answered ${response.status}`);
      }),
    );
    rows.push(row("FireStream (wrangler dev)", count, ours));
    if (ours.notHeld) continue;
    const theirs = await measure(baseline.origin, id, count, () =>
      fetch(`${baseline.origin}/webhook/${id}`, { method: "POST" }),
    );
    rows.push(row("baseline yoga (Node)", count, theirs));
    const ratio = percentile(ours.latencies, 50) / percentile(theirs.latencies, 50);
    const ratio99 = percentile(ours.latencies, 99) / percentile(theirs.latencies, 99);
    rows.push({
      server: `ratio FireStream / baseline`,
      subscribers: count,
      "p50 (ms)": `${ratio.toFixed(2)}x`,
      "p99 (ms)": `${ratio99.toFixed(2)}x`,
    });
  }
} finally {
  api.stop();
  baseline.stop();
}
console.log(`\nFan-out: webhook -> every SSE subscriber's event (${new Date().toISOString()})`);
console.table(rows);
