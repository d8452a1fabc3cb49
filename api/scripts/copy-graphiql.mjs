// Copies GraphiQL's browser bundle into the Worker's static assets (.assets/graphiql), so that
// GraphiQL at /graphql works offline without inlining 9 MB into the Worker.
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const source = join(dirname(require.resolve("@graphql-yoga/graphiql/package.json")), "dist");
const target = join(here, "..", ".assets", "graphiql");

if (!existsSync(join(target, "yoga-graphiql.umd.js"))) {
  mkdirSync(target, { recursive: true });
  for (const file of ["yoga-graphiql.umd.js", "graphiql.css", "monacoeditorwork"]) {
    cpSync(join(source, file), join(target, file), { recursive: true });
  }
}
