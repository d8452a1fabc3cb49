import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests of the site's pure logic (src/**/*.test.ts) run in Node without SvelteKit's plugin:
// pages are tested end to end by e2e/.
export default defineConfig({
  resolve: { alias: { $lib: fileURLToPath(new URL("./src/lib", import.meta.url)) } },
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
