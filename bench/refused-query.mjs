// What a refused attack costs the API: requests that the operation limits turn away (1,000
// aliases of signIn, as in issue 9, and 1,000 aliases of performances(first: 100)) against a plain
// `{ __typename }`, on the same Worker under `wrangler dev`, in one run. Phases alternate so both
// see the same machine. Each refused request is a new document (another email, another title),
// so Yoga's parse cache cannot answer it from memory.
//   node bench/refused-query.mjs [seconds per phase] [concurrent clients]     default: 10 4
import { startApi } from "./lib/api-stack.mjs";
import { percentile } from "./lib/stats.mjs";

const seconds = Number(process.argv[2] ?? 10);
const concurrency = Number(process.argv[3] ?? 4);
const ROUNDS = 2;

const aliases = (count, field) => Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(" ");
let sequence = 0;
const workloads = {
  "{ __typename }": () => "{ __typename }",
  "1,000 aliases of signIn": () => {
    const n = ++sequence;
    return `mutation { ${aliases(1000, (i) => `signIn(input: { email: "fan-${n}-${i}@bench.test", password: "guess-${i}" }) { __typename }`)} }`;
  },
  "1,000 aliases of performances(first: 100)": () => {
    const n = ++sequence;
    return `{ ${aliases(1000, () => `performances(first: 100) { edges { node { id title } } }`)} x${n}: __typename }`;
  },
};

/** Runs `concurrency` clients sending documents from `next` for `seconds`; latencies in ms. */
async function load(origin, next) {
  const latencies = [];
  const codes = new Map();
  let bytes = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const body = JSON.stringify({ query: next() });
        const sent = performance.now();
        const response = await fetch(`${origin}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
          body,
        });
        const text = await response.text();
        latencies.push(performance.now() - sent);
        bytes += text.length;
        const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? (text.includes('"data"') ? "data" : "other");
        const key = `${response.status} ${code}`;
        codes.set(key, (codes.get(key) ?? 0) + 1);
      }
    }),
  );
  return { latencies, codes, bytes };
}

const api = await startApi();
try {
  // Warm up the isolate (schema built, first parse) before measuring.
  for (const next of Object.values(workloads)) await load(api.origin, next).catch(() => undefined);
  const results = Object.fromEntries(
    Object.keys(workloads).map((name) => [name, { latencies: [], codes: new Map(), bytes: 0, seconds: 0 }]),
  );
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, next] of Object.entries(workloads)) {
      const { latencies, codes, bytes } = await load(api.origin, next);
      const result = results[name];
      result.latencies.push(...latencies);
      result.bytes += bytes;
      result.seconds += seconds;
      for (const [code, count] of codes) result.codes.set(code, (result.codes.get(code) ?? 0) + count);
    }
  }

  const rows = Object.entries(results).map(([name, result]) => {
    const sorted = [...result.latencies].sort((a, b) => a - b);
    return {
      name,
      requests: sorted.length,
      perSecond: sorted.length / result.seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      bytes: result.bytes / Math.max(1, sorted.length),
      answers: [...result.codes].map(([code, count]) => `${code} x${count}`).join(", "),
    };
  });
  const [plain] = rows;
  console.log(
    `\n${concurrency} clients, ${ROUNDS} alternating phases of ${seconds} s per workload, wrangler dev on ${api.origin}\n`,
  );
  console.log("workload                                     req/s    p50 ms   p99 ms   bytes/answer  answers");
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(44)} ${row.perSecond.toFixed(0).padStart(6)} ${row.p50.toFixed(1).padStart(9)} ${row.p99.toFixed(1).padStart(8)} ${row.bytes.toFixed(0).padStart(13)}  ${row.answers}`,
    );
  }
  console.log("\nratio against { __typename } (p50 latency, throughput):");
  for (const row of rows.slice(1)) {
    console.log(
      `  ${row.name}: p50 x${(row.p50 / plain.p50).toFixed(2)}, p99 x${(row.p99 / plain.p99).toFixed(2)}, req/s x${(row.perSecond / plain.perSecond).toFixed(2)}`,
    );
  }
} finally {
  api.stop();
}
