import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StreamClient } from "../../api/src/stream/client";
import { startStreamLocal, type StreamLocal } from "../src/stream-local";
import { eventually } from "./support/eventually";
import { startPublisher } from "./support/publisher";
import { makeTempDataDir } from "./support/test-stream-local";

describe("the replay of a show whose live encode fell back to one rendition", () => {
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

  it("gets the whole ladder once the feed has ended, every rung a complete VOD", async () => {
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
});
