// `pnpm bench`: every benchmark, one after the other (they each start what they measure).
// Figures, not pass/fail: run on a quiet machine and compare ratios, which are measured in the same run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const benchmarks = [
  ["fanout.mjs", "1000", "2500", "5000"],
  ["heartbeats.mjs", "2000", "60"],
  ["chat.mjs", "1000", "100", "20", "2000"],
  ["refused-query.mjs", "10", "4"],
  ["calendar-throughput.mjs", "10", "8"],
  ["stream-latency.mjs"],
  ["abr-throttle.mjs", "20", "1200"],
  ["replay-ready.mjs", "3", "8"],
  ["page-weight.mjs"],
  ["worker-size.mjs", "5"],
  ["reminder-planning.mjs", "10000"],
];
let failed = false;
for (const [file, ...args] of benchmarks) {
  const path = join(import.meta.dirname, file);
  if (!existsSync(path)) continue;
  console.log(`\n=== ${file} ${args.join(" ")}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", path, ...args], {
    stdio: "inherit",
    cwd: import.meta.dirname,
  });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
