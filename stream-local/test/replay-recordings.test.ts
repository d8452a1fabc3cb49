import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StreamClient } from "../../api/src/stream/client";
import { startStreamLocal, type StreamLocal } from "../src/stream-local";
import { eventually } from "./support/eventually";
import { startPublisher } from "./support/publisher";
import { makeTempDataDir } from "./support/test-stream-local";

describe("recordings for replay (a monitor that finds every live worker too slow)", () => {
  const dataDir = makeTempDataDir();
  let streamLocal: StreamLocal;

  beforeAll(async () => {
    // A monitor that finds every worker too slow: the live output drops to a single rendition.
    streamLocal = await startStreamLocal({
      httpPort: 0,
      rtmpPort: 0,
      dataDir,
      logLevel: "error",
      speedMonitor: { warmupMs: 0, windowMs: 1000, minimumSpeed: 100, minimumBacklogMs: 0 },
    });
  });

  afterAll(async () => {
    await streamLocal?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("get the whole ladder once the feed has ended, though the live encode fell back to one rendition", async () => {
    const client = new StreamClient({
      apiBase: streamLocal.apiBase,
      accountId: streamLocal.accountId,
      apiToken: streamLocal.apiToken,
      playbackBase: streamLocal.httpUrl,
    });
    const input = await client.createLiveInput({
      recording: { mode: "automatic", timeoutSeconds: 0, requireSignedURLs: false },
    });
    const publisher = startPublisher(`rtmp://127.0.0.1:${streamLocal.rtmpPort}/live/${input.rtmps.streamKey}`, {
      seconds: 8,
    });
    const firstWorker = await eventually(() => streamLocal.activeTranscoderPid(input.uid), { what: "first worker" });
    await eventually(
      () => {
        const worker = streamLocal.activeTranscoderPid(input.uid);
        return worker !== undefined && worker !== firstWorker ? worker : undefined;
      },
      { what: "the single-rendition worker" },
    );
    await publisher.exited;

    const video = await eventually(
      async () => (await client.listLiveInputVideos(input.uid)).find((candidate) => candidate.readyToStream),
      { what: "the recording ready" },
    );
    const master = await (await fetch(`${streamLocal.httpUrl}/${video.uid}/manifest/video.m3u8`)).text();
    expect(master.match(/RESOLUTION=\d+x\d+/g)).toEqual(["RESOLUTION=1280x720", "RESOLUTION=640x360"]);
    for (const rendition of ["0", "1"]) {
      const playlist = await (
        await fetch(`${streamLocal.httpUrl}/${video.uid}/manifest/${rendition}/index.m3u8`)
      ).text();
      expect(playlist).toContain("#EXT-X-ENDLIST");
      expect(playlist).toContain("#EXTINF");
    }
  });

  it("start anew when a feed returns after Stream's default timeout (0), as on Cloudflare: one video per stretch of feed, newest first", async () => {
    const client = new StreamClient({
      apiBase: streamLocal.apiBase,
      accountId: streamLocal.accountId,
      apiToken: streamLocal.apiToken,
      playbackBase: streamLocal.httpUrl,
    });
    const input = await client.createLiveInput({
      recording: { mode: "automatic", timeoutSeconds: 0, requireSignedURLs: false },
    });
    const url = `rtmp://127.0.0.1:${streamLocal.rtmpPort}/live/${input.rtmps.streamKey}`;
    await startPublisher(url, { seconds: 3 }).exited;
    const first = await eventually(
      async () => (await client.listLiveInputVideos(input.uid)).find((video) => video.readyToStream),
      {
        what: "the first recording ready",
      },
    );
    await startPublisher(url, { seconds: 3 }).exited;
    const videos = await eventually(
      async () => {
        const listed = await client.listLiveInputVideos(input.uid);
        return listed.length === 2 && listed.every((video) => video.status.state === "ready") ? listed : undefined;
      },
      { what: "two ready recordings" },
    );
    expect(videos.map((video) => video.uid)[1]).toBe(first.uid);
    expect(videos.every((video) => video.liveInput === input.uid && video.duration > 0)).toBe(true);
  });
});
