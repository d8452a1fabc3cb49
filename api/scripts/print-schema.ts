// Prints the sorted SDL of the Pothos schema to ../schema.graphql (`pnpm schema`).
// With --check, fails instead when the committed file differs.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../src/root.graphql";

const path = join(import.meta.dirname, "..", "..", "schema.graphql");
const sdl = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv.includes("--check")) {
  const committed = readFileSync(path, "utf8");
  if (committed !== sdl) {
    console.error("schema.graphql is stale: run `pnpm schema` and commit the result");
    process.exit(1);
  }
} else {
  writeFileSync(path, sdl);
  console.log(`wrote ${path}`);
}
