// Page weight: builds the site (vite build), measures the gzip size of the JavaScript each page
// loads (from Vite's manifest: what a page imports at once, and what it fetches later with
// dynamic imports), shows that hls.js reaches the watch page only, and runs Lighthouse on the
// calendar page against a stack it starts itself. Figures, not assertions; ratios against
// baselines measured in this same run:
//   - the watch page with hls.js's full build instead of its light build (both bundled here by
//     the same Vite, so minifier differences do not count);
//   - the calendar page against an empty SvelteKit page of the same build (the framework's
//     entry alone).
//
//   pnpm --filter @firestream/bench page-weight            # everything
//   pnpm --filter @firestream/bench page-weight --no-lighthouse
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  freePort,
  startDevStack,
  waitForUrl as waitFor,
  WRANGLER_ENV,
} from "@firestream/dev-support";

const root = join(import.meta.dirname, "..");
const web = join(root, "web");
const kit = join(web, ".svelte-kit");
const client = join(kit, "output", "client");
const withLighthouse = !process.argv.includes("--no-lighthouse");

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (file) => gzipSync(readFileSync(join(client, file)), { level: 9 }).length;

// 1. Build.
console.log("▸ vite build (web)");
const started = Date.now();
execFileSync(join(web, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], {
  cwd: web,
  stdio: "inherit",
});
console.log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

// 2. What each page loads, from the manifest.
const manifest = JSON.parse(readFileSync(join(client, ".vite", "manifest.json"), "utf8"));
const nodesDir = join(kit, "generated", "client-optimized", "nodes");
const nodeKey = (index) => relative(web, join(nodesDir, `${index}.js`));
/** The route file each client node renders, e.g. "src/routes/+page.svelte" */
const nodeOfRoute = new Map();
for (const key of Object.keys(manifest)) {
  const match = /client-optimized\/nodes\/(\d+)\.js$/.exec(key);
  if (!match) continue;
  const source = readFileSync(join(nodesDir, `${match[1]}.js`), "utf8");
  const route = /src\/routes\/[^"']+/.exec(source)?.[0];
  if (route) nodeOfRoute.set(route, match[1]);
}
const entries = Object.keys(manifest).filter(
  (key) => manifest[key].isEntry && !key.includes("client-optimized/nodes/"),
);

/** Files loaded at once from `keys` (static imports), and the ones fetched later (dynamic imports). */
function closure(keys) {
  const statics = new Set();
  const visit = (key, set) => {
    const chunk = manifest[key];
    if (!chunk || set.has(chunk.file)) return;
    set.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported, set);
  };
  for (const key of keys) visit(key, statics);
  const dynamics = new Set();
  const visitDynamic = (key) => {
    const chunk = manifest[key];
    for (const imported of chunk?.dynamicImports ?? []) {
      if (manifest[imported]?.file && !statics.has(manifest[imported].file)) {
        // SvelteKit's app.js imports every page dynamically: those are other pages, not this one's.
        if (imported.includes("client-optimized/nodes/")) continue;
        const before = dynamics.size;
        const set = new Set();
        visit(imported, set);
        for (const file of set) if (!statics.has(file)) dynamics.add(file);
        if (dynamics.size > before) visitDynamic(imported);
      }
    }
  };
  for (const key of keys) visitDynamic(key);
  for (const file of statics) {
    const key = Object.keys(manifest).find((candidate) => manifest[candidate].file === file);
    if (key) visitDynamic(key);
  }
  const size = (files) => [...files].reduce((sum, file) => sum + gzipSize(file), 0);
  return { statics, dynamics, staticBytes: size(statics), dynamicBytes: size(dynamics) };
}

function page(route) {
  const node = nodeOfRoute.get(`src/routes/${route}`);
  if (node === undefined) throw new Error(`no client node for ${route}`);
  return closure([...entries, nodeKey(nodeOfRoute.get("src/routes/+layout.svelte")), nodeKey(node)]);
}

const hlsChunk = Object.values(manifest).find(
  (chunk) => /hls\.light/.test(chunk.src ?? "") || /hls/.test(chunk.name ?? ""),
);
const chartChunk = Object.values(manifest).find((chunk) => /chart-js/.test(chunk.src ?? ""));
const pages = {
  "empty page (framework entry only)": closure(entries),
  "calendar /": page("+page.svelte"),
  "show /shows/[id]": page("shows/[id]/+page.svelte"),
  "watch /shows/[id]/watch": page("shows/[id]/watch/+page.svelte"),
  "broadcast panel": page("admin/shows/[id]/broadcast/+page.svelte"),
  "show analytics": page("admin/shows/[id]/analytics/+page.svelte"),
};

console.log("JavaScript per page (gzip -9)");
console.log(
  `${"page".padEnd(36)}${"at load".padStart(11)}${"later".padStart(11)}${"total".padStart(11)}  hls.js  Chart.js`,
);
for (const [name, result] of Object.entries(pages)) {
  const all = new Set([...result.statics, ...result.dynamics]);
  console.log(
    `${name.padEnd(36)}${kb(result.staticBytes).padStart(11)}${kb(result.dynamicBytes).padStart(11)}${kb(result.staticBytes + result.dynamicBytes).padStart(11)}  ${(hlsChunk && all.has(hlsChunk.file) ? "yes" : "no").padEnd(6)}  ${chartChunk && all.has(chartChunk.file) ? "yes" : "no"}`,
  );
}
if (hlsChunk)
  console.log(
    `\nhls.js light chunk: ${hlsChunk.file}, ${kb(gzipSize(hlsChunk.file))} gzip, fetched by the player only`,
  );

// 3. Baseline: the same watch page with hls.js's full build, both builds bundled by this Vite.
const { build } = await import(createRequire(join(web, "package.json")).resolve("vite"));
async function bundledGzip(specifier) {
  const dir = mkdtempSync(join(web, ".bench-hls-"));
  try {
    writeFileSync(join(dir, "entry.js"), `export { default } from "${specifier}";\n`);
    const output = await build({
      root: dir,
      configFile: false,
      logLevel: "silent",
      build: { write: false, minify: true, lib: { entry: join(dir, "entry.js"), formats: ["es"], fileName: "hls" } },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
    return chunks
      .filter((chunk) => chunk.type === "chunk")
      .reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const light = await bundledGzip("hls.js/light");
const full = await bundledGzip("hls.js");
const watch = pages["watch /shows/[id]/watch"];
const watchLight = watch.staticBytes + watch.dynamicBytes;
const watchFull = watchLight - (hlsChunk ? gzipSize(hlsChunk.file) : 0) + full;
const calendar = pages["calendar /"];
const empty = pages["empty page (framework entry only)"];
console.log(`\nhls.js bundled by Vite here: light ${kb(light)}, full ${kb(full)} gzip`);
console.log(`watch page while playing: ${kb(watchLight)} with the light build, ${kb(watchFull)} with the full build`);
console.log(`ratio watch page light / full hls.js: ${(watchLight / watchFull).toFixed(2)}`);
console.log(`ratio calendar page / empty SvelteKit page: ${(calendar.staticBytes / empty.staticBytes).toFixed(2)}`);

// 4. Lighthouse on the calendar page, against a stack started here.
if (withLighthouse) await lighthouseOnCalendar();

async function lighthouseOnCalendar() {
  console.log("\n▸ starting the stack (node scripts/dev.mjs) on free ports");
  const stack = await startDevStack({ readyTimeoutMs: 240_000 });
  const { ports, stateDir } = stack;
  // The built site too (the Worker adapter-cloudflare wrote), served by wrangler: what production sends.
  let built;
  try {
    const builtPort = await freePort();
    built = spawn(
      join(web, "node_modules", ".bin", "wrangler"),
      [
        ...["dev", "--port", String(builtPort), "--ip", "127.0.0.1", "--show-interactive-dev-session=false"],
        ...["--inspector-port", String(await freePort()), "--persist-to", join(stateDir, "web-built")],
        ...["--var", `FIRESTREAM_API_ORIGIN:http://127.0.0.1:${ports.api}`],
      ],
      { cwd: web, env: { ...process.env, ...WRANGLER_ENV }, stdio: "ignore", detached: true },
    );
    await waitFor(`http://127.0.0.1:${builtPort}/`, undefined, 120_000).catch(() => undefined);
    for (const [label, url] of [
      ["built site (wrangler dev, what production serves)", `http://localhost:${builtPort}/`],
      ["dev stack (Vite dev server, unbundled modules)", `http://localhost:${ports.web}/`],
    ]) {
      const report = runLighthouse(url);
      if (!report) {
        console.log(`Lighthouse, ${label}: no report`);
        continue;
      }
      const score = (name) => Math.round((report.categories[name]?.score ?? 0) * 100);
      const metric = (name) => report.audits[name]?.displayValue ?? "n/a";
      console.log(`\nLighthouse, calendar page, ${label}: ${url}`);
      console.log(
        `  performance ${score("performance")}, accessibility ${score("accessibility")}, best practices ${score("best-practices")}, SEO ${score("seo")}`,
      );
      console.log(
        `  FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}, transfer ${metric("total-byte-weight")}`,
      );
    }
  } finally {
    if (built?.pid) {
      try {
        process.kill(-built.pid, "SIGTERM");
      } catch {
        // gone
      }
    }
    await stack.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

function runLighthouse(url) {
  try {
    const output = execFileSync(
      join(import.meta.dirname, "node_modules", ".bin", "lighthouse"),
      [
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        "--only-categories=performance,accessibility,best-practices,seo",
        `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
        maxBuffer: 64 * 1024 * 1024,
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
    return JSON.parse(output.toString());
  } catch (error) {
    console.log(`  Lighthouse failed: ${error.message.split("\n")[0]}`);
    return undefined;
  }
}
