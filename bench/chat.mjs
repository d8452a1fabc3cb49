// Chat fan-out and applause.
// 1. S subscribers of one live show and W writers each sending one message a second for T
//    seconds: latency from send to each subscriber's event (p50/p99), and to the last subscriber
//    of each message, FireStream (wrangler dev: Worker + the show's PerformanceHub) against plain
//    graphql-yoga with in-memory pub/sub on Node, measured by the same client in one run.
// 2. F fans clapping once a second for T seconds, heard by 100 subscribers: REACTIONS events per
//    subscriber per second (about one, whatever F) and the CPU of the workerd process (Worker + hub).
//   node bench/chat.mjs [subscribers] [writers] [seconds] [clappers]     default: 1000 100 20 2000
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT } from "jose";
import { startApi } from "./lib/api-stack.mjs";
import { startChatBaselineProcess } from "./lib/baseline-chat.mjs";
import { percentile } from "./lib/stats.mjs";
import { subscribe } from "./lib/sse-client.mjs";

const [subscribers = 1000, writers = 100, seconds = 20, clappers = 2000] = process.argv.slice(2).map(Number);
const EVENTS = `subscription($id: ID!) { chatEvents(performanceId: $id) { kind message { id body } reactions { total } } }`;
// The baseline has no reactions: the same selection without them.
const BASELINE_EVENTS = `subscription($id: ID!) { chatEvents(performanceId: $id) { kind message { id body } } }`;
const SEND = `mutation($id: ID!, $body: String!) { sendChatMessage(performanceId: $id, body: $body) { __typename } }`;
const REACT = `mutation($id: ID!) { sendReaction(performanceId: $id, kind: APPLAUSE) { __typename } }`;

const api = await startApi();
const baseline = await startChatBaselineProcess();
const performanceId = `bench-chat-${Date.now()}`;
const people = Math.max(subscribers, writers, clappers);
const tokens = await seed(people);

function post(origin, query, variables, token) {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      new URL("/graphql", origin),
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve(text));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Users, their sessions and registrations, straight into D1; session tokens signed with the bench's secret. */
async function seed(count) {
  const now = new Date().toISOString();
  const expires = new Date(Date.now() + 3600_000).toISOString();
  const lines = [
    `INSERT INTO performances (id, title, scheduled_time, duration_minutes, status, started_at, live_input_id, created_at, updated_at) VALUES ('${performanceId}', 'Chat bench', '${now}', 120, 'LIVE', '${now}', 'input-${performanceId}', '${now}', '${now}');`,
  ];
  const ids = Array.from({ length: count }, (_, i) => `bench-fan-${i}`);
  for (const id of ids) {
    lines.push(
      `INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('${id}', '${id}@bench.test', '${id}', '${now}', '${now}');`,
      `INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES ('s-${id}', '${id}', '${now}', '${expires}');`,
      `INSERT INTO performance_viewers (performance_id, user_id, registered_at) VALUES ('${performanceId}', '${id}', '${now}');`,
    );
  }
  const file = join(mkdtempSync(join(tmpdir(), "firestream-bench-sql-")), "seed.sql");
  writeFileSync(file, lines.join("\n"));
  api.sqlFile(file);
  const secret = new TextEncoder().encode(api.secrets.AUTH_SECRET);
  return Promise.all(
    ids.map((id) =>
      new SignJWT({ sid: `s-${id}` })
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setIssuer(api.secrets.AUTH_ISSUER)
        .setAudience("firestream")
        .setSubject(id)
        .setIssuedAt()
        .setNotBefore("0s")
        .setExpirationTime("1h")
        .sign(secret),
    ),
  );
}

async function openAll(origin, count, onEvent, withTokens) {
  const clients = [];
  let current = 0;
  for (let i = 0; i < count; i += 100) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + 100); j++) {
      const headers = withTokens ? { authorization: `Bearer ${tokens[j]}` } : {};
      batch.push(
        subscribe(
          origin,
          withTokens ? EVENTS : BASELINE_EVENTS,
          { id: performanceId },
          (payload, at) => {
            const event = payload.data?.chatEvents;
            if (event?.kind === "CURRENT") current++;
            else if (event) onEvent(j, event, at);
          },
          headers,
        ),
      );
    }
    for (const result of await Promise.allSettled(batch)) if (result.status === "fulfilled") clients.push(result.value);
  }
  const deadline = Date.now() + 120_000;
  while (current < clients.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return { clients, ready: current };
}

async function chatRun(name, origin, withTokens) {
  const sentAt = new Map();
  const deliveries = [];
  const lastArrival = new Map();
  const { clients, ready } = await openAll(
    origin,
    subscribers,
    (_j, event, at) => {
      const body = event.message?.body;
      const sent = body && sentAt.get(body);
      if (sent === undefined) return;
      deliveries.push(at - sent);
      lastArrival.set(body, Math.max(lastArrival.get(body) ?? 0, at - sent));
    },
    withTokens,
  );
  let refused = 0;
  const started = performance.now();
  const sends = [];
  for (let second = 0; second < seconds; second++) {
    const tick = started + second * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, tick - performance.now())));
    for (let w = 0; w < writers; w++) {
      const body = `w${w} s${second} hello from the bench`;
      sentAt.set(body, performance.now());
      sends.push(
        post(origin, SEND, { id: performanceId, body }, withTokens ? tokens[w] : undefined).then((text) => {
          if (!text.includes('"ChatMessage"')) refused++;
        }),
      );
    }
  }
  await Promise.allSettled(sends);
  const expected = (writers * seconds - refused) * ready;
  const deadline = Date.now() + 60_000;
  while (deliveries.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  for (const client of clients) client.close();
  deliveries.sort((a, b) => a - b);
  const toAll = [...lastArrival.values()].sort((a, b) => a - b);
  return {
    row: {
      server: name,
      subscribers: ready,
      "messages sent": writers * seconds,
      refused,
      deliveries: `${deliveries.length} of ${expected}`,
      "p50 (ms)": percentile(deliveries, 50).toFixed(1),
      "p99 (ms)": percentile(deliveries, 99).toFixed(1),
      "p50 last subscriber (ms)": percentile(toAll, 50).toFixed(1),
      "p99 last subscriber (ms)": percentile(toAll, 99).toFixed(1),
    },
    deliveries,
  };
}

/** CPU seconds (user + system) of the workerd processes, from /proc. */
function workerdCpuSeconds() {
  const pids = execFileSync("pgrep", ["-f", "workerd serve"], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  const ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      total += (Number(stat[11]) + Number(stat[12])) / ticks;
    } catch {
      // gone
    }
  }
  return total;
}

async function clapRun() {
  const listeners = Math.min(100, subscribers);
  const perSubscriber = new Array(listeners).fill(0);
  let summed = 0;
  const { clients, ready } = await openAll(
    api.origin,
    listeners,
    (j, event) => {
      if (event.kind !== "REACTIONS") return;
      perSubscriber[j]++;
      if (j === 0) summed += event.reactions?.total ?? 0;
    },
    true,
  );
  const cpuBefore = workerdCpuSeconds();
  const started = performance.now();
  let sent = 0;
  let counted = 0;
  const requests = [];
  for (let second = 0; second < seconds; second++) {
    await new Promise((r) => setTimeout(r, Math.max(0, started + second * 1000 - performance.now())));
    for (let f = 0; f < clappers; f++) {
      sent++;
      requests.push(
        post(api.origin, REACT, { id: performanceId }, tokens[f]).then((text) => {
          if (text.includes("SendReactionPayload")) counted++;
        }),
      );
    }
  }
  await Promise.allSettled(requests);
  const elapsed = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 1500));
  const cpu = workerdCpuSeconds() - cpuBefore;
  for (const client of clients) client.close();
  const rates = perSubscriber.slice(0, ready).map((n) => n / elapsed);
  return {
    clappers,
    "reactions sent": sent,
    counted,
    "reactions/s achieved": (counted / elapsed).toFixed(0),
    "REACTIONS events per subscriber per second (mean)": (rates.reduce((a, b) => a + b, 0) / rates.length).toFixed(2),
    "max per subscriber per second": Math.max(...rates).toFixed(2),
    "sum of counts heard by one subscriber": summed,
    "workerd CPU (s, Worker + hub)": cpu.toFixed(1),
    "CPU per second of clapping (s)": (cpu / elapsed).toFixed(2),
    "wall time (s)": elapsed.toFixed(1),
  };
}

try {
  const ours = await chatRun("FireStream (wrangler dev)", api.origin, true);
  const theirs = await chatRun("baseline yoga (Node)", baseline.origin, false);
  const ratio = (p) => (percentile(ours.deliveries, p) / percentile(theirs.deliveries, p)).toFixed(2);
  console.log(
    `\nChat: ${writers} writers at 1 message/s for ${seconds} s -> ${subscribers} subscribers (${new Date().toISOString()})`,
  );
  console.table([
    ours.row,
    theirs.row,
    { server: "ratio FireStream / baseline", "p50 (ms)": `${ratio(50)}x`, "p99 (ms)": `${ratio(99)}x` },
  ]);
  console.log(
    `\nApplause: ${clappers} fans clapping once a second for ${seconds} s, heard by ${Math.min(100, subscribers)} subscribers`,
  );
  console.table([await clapRun()]);
} finally {
  api.stop();
  baseline.stop();
}
