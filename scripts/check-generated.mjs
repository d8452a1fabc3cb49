// Fails when a generated file is stale: schema.graphql (printed from the Pothos schema), the
// codegen output for the site and the API tests, the Worker's Env types and the dev-support
// package's declarations. Regenerates them in place, then asks git whether anything changed.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: "inherit" });

const generated = [
  "schema.graphql",
  "web/src/lib/graphql/generated",
  "api/test/graphql",
  "api/src/worker-configuration.d.ts",
  "web/src/worker-configuration.d.ts",
  "support/types",
];

run("pnpm", ["run", "--silent", "schema"]);
run("pnpm", ["run", "--silent", "codegen"]);
run("pnpm", ["--filter", "@firestream/api", "run", "--silent", "types"]);
run("pnpm", ["--filter", "@firestream/web", "run", "--silent", "types"]);
run("pnpm", ["--filter", "@firestream/dev-support", "run", "--silent", "types"]);

const changes = execFileSync("git", ["status", "--porcelain", "--", ...generated], { cwd: root, encoding: "utf8" });
if (changes.trim()) {
  console.error(
    `Generated files are stale:\n${changes}\nRun \`pnpm schema && pnpm codegen && pnpm -r types\` and commit the result.`,
  );
  process.exit(1);
}
console.log("generated files are current");
