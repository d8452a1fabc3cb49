// Live video latency on this machine, with stream-local (the same ingest -> ABR HLS path the
// site plays in development):
//   - first frame pushed -> first playable HLS segment;
//   - glass-to-glass: a clock burned into the test pattern (24 black/white blocks encoding the
//     frame's time in ms) read back from the picture hls.js shows in Chromium, against the same
//     clock read straight from the RTMP ingest by ffmpeg (the baseline: no transcoding, no HLS);
//     hls.js runs with the watch page's own live settings (web/src/lib/player/live-sync.ts), and
//     the rebuffers it had while measuring are counted (stalls traded for latency would show);
//   - CPU of one live ABR worker (720p + 360p), against the single-rendition fallback.
// Targets (issue 16): glass-to-glass p50 <= 3 s with both renditions, first playable segment <= 1.5 s.
//   node --import tsx bench/stream-latency.mjs [seconds per measurement]     default: 25
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStreamLocal } from "@firestream/stream-local";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions, freePort, startPublisher } from "@firestream/dev-support";
import { percentile } from "./lib/stats.mjs";
import { LIVE_SYNC } from "../web/src/lib/player/live-sync.ts";

const SECONDS = Number(process.argv[2] ?? 25);
const BITS = 24;
const BLOCK = 40;
const require = createRequire(import.meta.url);

// `--single-rendition` (run as a child process: one stream-local per process) measures the CPU of
// the fallback worker, forced at once by a speed monitor no worker can satisfy.
const singleRenditionMode = process.argv.includes("--single-rendition");
const dataDir = mkdtempSync(join(tmpdir(), "firestream-bench-stream-"));
const stream = await startStreamLocal({
  httpPort: 0,
  rtmpPort: 0,
  dataDir,
  logLevel: "warn",
  ...(singleRenditionMode
    ? { speedMonitor: { warmupMs: 0, windowMs: 1000, minimumSpeed: 100, minimumBacklogMs: 0 } }
    : {}),
});
const api = async (method, path, body) => {
  const response = await fetch(`${stream.apiBase}/accounts/${stream.accountId}${path}`, {
    method,
    headers: { authorization: `Bearer ${stream.apiToken}`, "content-type": "application/json" },
    body: body && JSON.stringify(body),
  });
  return (await response.json()).result;
};
const children = [];

/** Pushes the test pattern with the clock burned in; resolves T0, the wall time of frame t=0. */
function pushWithClock(url) {
  const boxes = Array.from({ length: BITS }, (_, i) => {
    const bit = `mod(floor(t*1000/${2 ** (BITS - 1 - i)})\\,2)`;
    return `drawbox=x=${i * BLOCK}:y=0:w=${BLOCK}:h=${BLOCK}:color=white:t=fill:enable='${bit}'`;
  });
  const filter = [`drawbox=x=0:y=0:w=${BITS * BLOCK}:h=${BLOCK}:color=black:t=fill`, ...boxes].join(",");
  const ffmpeg = startPublisher(url, { filter, progress: true, stderr: "inherit" }).child;
  children.push(ffmpeg);
  // ffmpeg reports out_time as it goes; the earliest (wall - media time) is the best estimate of T0.
  let t0 = Number.POSITIVE_INFINITY;
  let firstFrameAt;
  ffmpeg.stdout.setEncoding("utf8");
  return new Promise((resolve) => {
    ffmpeg.stdout.on("data", (chunk) => {
      for (const match of chunk.matchAll(/out_time_us=(\d+)/g)) {
        const estimate = Date.now() - Number(match[1]) / 1000;
        t0 = Math.min(t0, estimate);
        if (firstFrameAt === undefined) {
          firstFrameAt = t0;
          resolve({ ffmpeg, t0: () => t0 });
        }
      }
    });
  });
}

const decode = (levels) => levels.reduce((value, level) => value * 2 + (level > 127 ? 1 : 0), 0);

async function waitForPlayableSegment(hlsUrl, t0) {
  for (;;) {
    const master = await fetch(hlsUrl).catch(() => undefined);
    if (master?.ok) {
      const variant = (await master.text()).split("\n").find((line) => line && !line.startsWith("#"));
      const playlist = variant && (await fetch(new URL(variant, hlsUrl)).catch(() => undefined));
      if (playlist?.ok && /#EXTINF/.test(await playlist.text())) return Date.now() - t0();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The baseline: read the clock straight from RTMP with ffmpeg, frame by frame. */
function rtmpLatencies(url, t0, seconds) {
  const reader = spawn(
    "ffmpeg",
    [
      "-hide_banner",
      "-loglevel",
      "error",
      "-fflags",
      "nobuffer",
      "-flags",
      "low_delay",
      "-i",
      url,
      "-t",
      String(seconds),
      "-vf",
      `crop=${BITS * BLOCK}:${BLOCK}:0:0,scale=${BITS}:1:flags=area`,
      "-f",
      "rawvideo",
      "-pix_fmt",
      "gray",
      "pipe:1",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  children.push(reader);
  const latencies = [];
  let pending = Buffer.alloc(0);
  reader.stdout.on("data", (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= BITS) {
      latencies.push(Date.now() - (t0() + decode([...pending.subarray(0, BITS)])));
      pending = pending.subarray(BITS);
    }
  });
  return new Promise((resolve) => reader.on("exit", () => resolve(latencies.slice(30))));
}

/** Glass to glass: Chromium plays the HLS with hls.js (light build); the page reads the clock off the picture. */
async function hlsLatencies(hlsUrl, t0, seconds) {
  const hlsScript = readFileSync(require.resolve("hls.js/dist/hls.light.min.js"), "utf8");
  const page = `<!doctype html><video id=v muted autoplay playsinline></video><canvas id=c width=${BITS} height=1></canvas>
<script>${hlsScript}</script>
<script>
  const video = document.getElementById("v"), context = document.getElementById("c").getContext("2d", { willReadFrequently: true });
  const hls = new Hls(${JSON.stringify({ ...LIVE_SYNC, liveDurationInfinity: true })});
  hls.loadSource(${JSON.stringify(hlsUrl)}); hls.attachMedia(video);
  hls.on(Hls.Events.MANIFEST_PARSED, (_event, data) => { window.levels = data.levels.length; hls.currentLevel = 0; video.play(); });
  window.rebuffers = 0; window.rebufferMs = 0; let waitingSince;
  video.addEventListener("waiting", () => { if (window.samples.length > 30) { window.rebuffers++; waitingSince = Date.now(); } });
  video.addEventListener("playing", () => { if (waitingSince) window.rebufferMs += Date.now() - waitingSince; waitingSince = undefined; });
  window.samples = [];
  const sample = () => {
    if (video.videoWidth) {
      const scale = video.videoWidth / 1280;
      context.drawImage(video, 0, ${BLOCK / 4} * scale, ${BITS * BLOCK} * scale, ${BLOCK / 2} * scale, 0, 0, ${BITS}, 1);
      const pixels = context.getImageData(0, 0, ${BITS}, 1).data;
      window.samples.push({ at: Date.now(), levels: Array.from({ length: ${BITS} }, (_, i) => pixels[i * 4]) });
    }
    video.requestVideoFrameCallback(sample);
  };
  video.requestVideoFrameCallback(sample);
</script>`;
  const port = await freePort();
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(page)).listen(
    port,
    "127.0.0.1",
  );
  const browser = await chromium.launch(chromiumLaunchOptions({ autoplay: true }));
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => window.samples.length > 30, undefined, { timeout: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const { samples, rebuffers, rebufferMs, levels } = await tab.evaluate(() => ({
      samples: window.samples,
      rebuffers: window.rebuffers,
      rebufferMs: window.rebufferMs,
      levels: window.levels,
    }));
    const latencies = samples.slice(30).map((sample) => sample.at - (t0() + decode(sample.levels)));
    return Object.assign(latencies, { rebuffers, rebufferMs, levels });
  } finally {
    await browser.close();
    server.close();
  }
}

/** CPU seconds the process used so far; NaN once it has ended (a worker restarted meanwhile). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function workerCpu(inputUid, seconds) {
  const pid = stream.activeTranscoderPid(inputUid);
  if (!pid) return Number.NaN;
  const before = cpuSeconds(pid);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return (cpuSeconds(pid) - before) / seconds;
}

function stats(name, values, unit = "ms") {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    measure: name,
    samples: sorted.length,
    [`p50 (${unit})`]: percentile(sorted, 50).toFixed(0),
    [`p90 (${unit})`]: percentile(sorted, 90).toFixed(0),
  };
}

try {
  if (singleRenditionMode) {
    const input = await api("POST", "/stream/live_inputs", {
      meta: { name: "single" },
      recording: { mode: "automatic", requireSignedURLs: false, timeoutSeconds: 0 },
    });
    await pushWithClock(`${stream.rtmpUrl}${input.rtmps.streamKey}`);
    await waitForPlayableSegment(`${stream.playbackBase}/${input.uid}/manifest/video.m3u8`, () => Date.now());
    await new Promise((resolve) => setTimeout(resolve, 5000)); // the restart into one rendition
    console.log(JSON.stringify({ cpu: await workerCpu(input.uid, 15) }));
  } else {
    const input = await api("POST", "/stream/live_inputs", {
      meta: { name: "latency bench" },
      recording: { mode: "automatic", requireSignedURLs: false, timeoutSeconds: 0 },
    });
    const hlsUrl = `${stream.playbackBase}/${input.uid}/manifest/video.m3u8`;
    const { ffmpeg, t0 } = await pushWithClock(`${stream.rtmpUrl}${input.rtmps.streamKey}`);
    const firstSegment = await waitForPlayableSegment(hlsUrl, t0);
    // The worker's CPU first, while nothing else of the benchmark competes for the cores.
    const abrWorker = stream.activeTranscoderPid(input.uid);
    const abrCpu = await workerCpu(input.uid, 15);
    const fellBack = stream.activeTranscoderPid(input.uid) !== abrWorker;
    const baseline = await rtmpLatencies(
      `rtmp://127.0.0.1:${stream.rtmpPort}/live/${input.rtmps.streamKey}`,
      t0,
      SECONDS,
    );
    const glass = await hlsLatencies(hlsUrl, t0, SECONDS);
    ffmpeg.kill("SIGKILL");
    const singleCpu = await singleRenditionCpu();
    const p50 = (values) =>
      percentile(
        [...values].sort((a, b) => a - b),
        50,
      );

    const [load1, load5] = readFileSync("/proc/loadavg", "utf8").split(" ");
    console.log(
      `\nLive latency with stream-local on this machine (${new Date().toISOString()}, load average ${load1} / ${load5})`,
    );
    console.table([
      { measure: "first frame pushed -> first playable segment", "p50 (ms)": firstSegment.toFixed(0) },
      stats(`glass-to-glass, hls.js in Chromium (${glass.levels} renditions in the playlist)`, glass),
      {
        measure: `rebuffers while measuring ${SECONDS} s (count, total)`,
        "p50 (ms)": `${glass.rebuffers}, ${glass.rebufferMs} ms`,
      },
      stats("baseline: straight from the RTMP ingest (ffmpeg)", baseline),
      { measure: "ratio glass-to-glass / RTMP baseline", "p50 (ms)": `${(p50(glass) / p50(baseline)).toFixed(1)}x` },
    ]);
    console.table([
      {
        worker: fellBack ? "ABR 720p + 360p (fell back to one rendition meanwhile)" : "ABR 720p + 360p",
        "CPU (cores)": Number.isNaN(abrCpu) ? "n/a (restarted while measured)" : abrCpu.toFixed(2),
      },
      { worker: "single rendition (the fallback)", "CPU (cores)": singleCpu.toFixed(2) },
      { worker: "ratio ABR / single", "CPU (cores)": `${(abrCpu / singleCpu).toFixed(2)}x` },
    ]);
  }
} finally {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await stream.close();
  rmSync(dataDir, { recursive: true, force: true });
}

function singleRenditionCpu() {
  const child = spawn(process.execPath, [...process.execArgv, import.meta.filename, "--single-rendition"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) =>
    child.on("exit", () => resolve(JSON.parse(output.trim().split("\n").at(-1) ?? "{}").cpu ?? Number.NaN)),
  );
}
