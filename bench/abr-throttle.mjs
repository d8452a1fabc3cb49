// Adaptive streaming as viewers meet it: Chromium plays a live stream-local broadcast (720p + 360p)
// with hls.js and the watch page's live settings, while the DevTools protocol throttles the
// connection (Network.emulateNetworkConditions): fast, then slow (enough for 360p, not for 720p),
// then fast again. Printed: the renditions hls.js chose over time, rebuffers (count and time),
// against the same broadcast unthrottled for as long, in the same run.
//   node --import tsx bench/abr-throttle.mjs [seconds per stage] [slow kbit/s]     default: 20 1200
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStreamLocal } from "@firestream/stream-local";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions, freePort, startPublisher } from "@firestream/dev-support";
import { LIVE_SYNC } from "../web/src/lib/player/live-sync.ts";

const STAGE_SECONDS = Number(process.argv[2] ?? 20);
const SLOW_KBPS = Number(process.argv[3] ?? 1200);
const FAST = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
const SLOW = { offline: false, latency: 40, downloadThroughput: (SLOW_KBPS * 1000) / 8, uploadThroughput: 250_000 };
const require = createRequire(import.meta.url);

const dataDir = mkdtempSync(join(tmpdir(), "firestream-bench-abr-"));
const stream = await startStreamLocal({ httpPort: 0, rtmpPort: 0, dataDir, logLevel: "warn" });
const api = async (method, path, body) => {
  const response = await fetch(`${stream.apiBase}/accounts/${stream.accountId}${path}`, {
    method,
    headers: { authorization: `Bearer ${stream.apiToken}`, "content-type": "application/json" },
    body: body && JSON.stringify(body),
  });
  return (await response.json()).result;
};

const page = (hlsUrl) => `<!doctype html><video id=v muted autoplay playsinline></video>
<script>${readFileSync(require.resolve("hls.js/dist/hls.light.min.js"), "utf8")}</script>
<script>
  const video = document.getElementById("v");
  const hls = new Hls(${JSON.stringify({ ...LIVE_SYNC, liveDurationInfinity: true })});
  window.log = { switches: [], rebuffers: 0, rebufferMs: 0, heights: [] };
  let waitingSince, playing = false;
  hls.on(Hls.Events.MANIFEST_PARSED, (_e, data) => { window.log.heights = data.levels.map((l) => l.height); video.play(); });
  hls.on(Hls.Events.LEVEL_SWITCHED, (_e, data) => window.log.switches.push({ at: Date.now(), height: hls.levels[data.level].height }));
  video.addEventListener("playing", () => { playing = true; if (waitingSince) window.log.rebufferMs += Date.now() - waitingSince; waitingSince = undefined; });
  video.addEventListener("waiting", () => { if (playing && !waitingSince) { window.log.rebuffers++; waitingSince = Date.now(); } });
  hls.loadSource(${JSON.stringify(hlsUrl)}); hls.attachMedia(video);
</script>`;

async function play(hlsUrl, stages) {
  const port = await freePort();
  const server = createServer((_req, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end(page(hlsUrl)),
  ).listen(port, "127.0.0.1");
  const browser = await chromium.launch(chromiumLaunchOptions({ autoplay: true }));
  try {
    const tab = await browser.newPage();
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send("Network.enable");
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => window.log.switches.length > 0, undefined, { timeout: 60_000 });
    const marks = [];
    for (const [name, conditions] of stages) {
      await cdp.send("Network.emulateNetworkConditions", conditions);
      marks.push({ name, at: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, STAGE_SECONDS * 1000));
    }
    const log = await tab.evaluate(() => window.log);
    const end = Date.now();
    // The rendition playing through each stage: the last switch before it, then each switch in it.
    const stageSummary = marks.map((mark, i) => {
      const until = marks[i + 1]?.at ?? end;
      const before = log.switches.filter((s) => s.at <= mark.at).at(-1);
      const during = log.switches.filter((s) => s.at > mark.at && s.at < until);
      const heights = [before, ...during].filter(Boolean).map((s) => `${s.height}p`);
      return `${mark.name}: ${heights.join(" -> ")}`;
    });
    return { ...log, stageSummary };
  } finally {
    await browser.close();
    server.close();
  }
}

let publisher;
try {
  const input = await api("POST", "/stream/live_inputs", {
    meta: { name: "abr bench" },
    recording: { mode: "automatic", requireSignedURLs: false, timeoutSeconds: 0 },
  });
  publisher = startPublisher(`${stream.rtmpUrl}${input.rtmps.streamKey}`);
  const hlsUrl = `${stream.playbackBase}/${input.uid}/manifest/video.m3u8`;

  const throttled = await play(hlsUrl, [
    ["fast", FAST],
    [`${SLOW_KBPS} kbit/s`, SLOW],
    ["fast again", FAST],
  ]);
  const unthrottled = await play(hlsUrl, [
    ["fast", FAST],
    ["fast", FAST],
    ["fast", FAST],
  ]);

  console.log(
    `\nAdaptive streaming, ${STAGE_SECONDS} s per stage, renditions ${throttled.heights.map((h) => `${h}p`).join(" + ")}`,
  );
  console.table([
    {
      run: `throttled to ${SLOW_KBPS} kbit/s in the middle`,
      renditions: throttled.stageSummary.join(" | "),
      rebuffers: throttled.rebuffers,
      "rebuffer time (ms)": throttled.rebufferMs,
    },
    {
      run: "unthrottled (baseline)",
      renditions: unthrottled.stageSummary.join(" | "),
      rebuffers: unthrottled.rebuffers,
      "rebuffer time (ms)": unthrottled.rebufferMs,
    },
  ]);
} finally {
  await publisher?.kill();
  await stream.close();
  rmSync(dataDir, { recursive: true, force: true });
}
