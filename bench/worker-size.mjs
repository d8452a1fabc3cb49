// The Worker's weight and startup: FireStream's API Worker against a Worker of GraphQL Yoga and a
// one-field Pothos schema alone (bench/lib/baseline-worker), both bundled by the same wrangler
// (`wrangler deploy --dry-run`, minified as deployed) and started by the same workerd
// (`wrangler check startup`, the startup CPU profile Cloudflare's own tooling records).
// Cloudflare's limits: 3 MB gzip (free plan) / 10 MB (paid), startup under 1 s of CPU.
//   node bench/worker-size.mjs [startup runs]     default: 5
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { WRANGLER_ENV } from "@firestream/dev-support";
import { percentile } from "./lib/stats.mjs";

const runs = Number(process.argv[2] ?? 5);
const root = join(import.meta.dirname, "..");
const wrangler = join(import.meta.dirname, "node_modules", ".bin", "wrangler");
const env = { ...process.env, ...WRANGLER_ENV };
const workers = [
  { name: "FireStream API", dir: join(root, "api") },
  { name: "Yoga + Pothos alone", dir: join(import.meta.dirname, "lib", "baseline-worker") },
];

// GraphiQL's offline assets are part of the API's configuration (not of its bundle).
execFileSync(process.execPath, [join(root, "api", "scripts", "copy-graphiql.mjs")], { stdio: "ignore" });

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function bundle(dir) {
  const out = mkdtempSync(join(tmpdir(), "firestream-bundle-"));
  try {
    execFileSync(wrangler, ["deploy", "--dry-run", "--outdir", out], { cwd: dir, env, stdio: "ignore" });
    const files = readdirSync(out).filter((file) => /\.(m?js|wasm)$/.test(file));
    const raw = files.reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
    const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(out, file)), { level: 9 }).length, 0);
    return { raw, gzip, files: files.length };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function startupMs(dir) {
  const out = mkdtempSync(join(tmpdir(), "firestream-startup-"));
  try {
    const file = join(out, "startup.cpuprofile");
    execFileSync(wrangler, ["check", "startup", "--outfile", file], { cwd: dir, env, stdio: "ignore" });
    const profile = JSON.parse(readFileSync(file, "utf8"));
    return (profile.endTime - profile.startTime) / 1000;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const results = workers.map((worker) => ({ ...worker, ...bundle(worker.dir), startups: [] }));
// Alternate the two so both see the same machine.
for (let run = 0; run < runs; run++) for (const result of results) result.startups.push(startupMs(result.dir));

console.log("Worker bundle (minified, gzip -9) and startup CPU profile (median of %d)", runs);
for (const result of results) {
  const sorted = [...result.startups].sort((a, b) => a - b);
  result.startup = percentile(sorted, 50);
  console.log(
    `  ${result.name.padEnd(22)} ${kb(result.raw).padStart(10)} raw  ${kb(result.gzip).padStart(9)} gzip  startup ${result.startup.toFixed(0)} ms`,
  );
}
const [firestream, baseline] = results;
console.log(
  `  ratio FireStream / baseline: ${(firestream.gzip / baseline.gzip).toFixed(2)}x size, ${(firestream.startup / baseline.startup).toFixed(2)}x startup`,
);
console.log(
  `  target: <= 350 KB gzip; FireStream is ${kb(firestream.gzip)} (${firestream.gzip <= 350 * 1024 ? "met" : "not met"})`,
);
