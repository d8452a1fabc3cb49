import { join } from "node:path";
import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vite";

// A stack started with its own state directory (the end-to-end tests) also keeps its own
// pre-bundled dependencies, so it never rewrites those of a dev server running next to it.
const stateDir = process.env.FIRESTREAM_STATE_DIR;

export default defineConfig({
  plugins: [sveltekit()],
  cacheDir: stateDir ? join(stateDir, "vite") : undefined,
});
