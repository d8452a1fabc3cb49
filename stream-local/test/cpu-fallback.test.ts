import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StreamClient } from "../../api/src/stream/client";
import { startStreamLocal, type StreamLocal } from "../src/stream-local";
import { eventually } from "./support/eventually";
import { type Publisher, startPublisher } from "./support/publisher";
import { makeTempDataDir } from "./support/test-stream-local";

describe("a worker that cannot keep real time", () => {
  const dataDir = makeTempDataDir();
  let streamLocal: StreamLocal;
  let publisher: Publisher | undefined;

  beforeAll(async () => {
    // A monitor that finds every worker too slow, so the fallback happens on any machine.
    streamLocal = await startStreamLocal({
      httpPort: 0,
      rtmpPort: 0,
      dataDir,
      logLevel: "error",
      speedMonitor: { warmupMs: 0, windowMs: 1000, minimumSpeed: 100, minimumBacklogMs: 0 },
    });
  });

  afterAll(async () => {
    await publisher?.kill();
    await streamLocal?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("is restarted with a single rendition while the publisher stays", async () => {
    const client = new StreamClient({
      apiBase: streamLocal.apiBase,
      accountId: streamLocal.accountId,
      apiToken: streamLocal.apiToken,
      playbackBase: streamLocal.httpUrl,
    });
    const input = await client.createLiveInput({ recording: { mode: "off", requireSignedURLs: false } });
    publisher = startPublisher(`rtmp://127.0.0.1:${streamLocal.rtmpPort}/live/${input.rtmps.streamKey}`);
    const firstWorker = await eventually(() => streamLocal.activeTranscoderPid(input.uid), { what: "first worker" });
    await eventually(
      () => {
        const worker = streamLocal.activeTranscoderPid(input.uid);
        return worker !== undefined && worker !== firstWorker ? worker : undefined;
      },
      { what: "restarted worker" },
    );
    const master = await eventually(async () => {
      const response = await fetch(`${streamLocal.httpUrl}/${input.uid}/manifest/video.m3u8`);
      const text = response.ok ? await response.text() : "";
      return text.includes("#EXT-X-STREAM-INF") ? text : undefined;
    });
    expect(master.match(/#EXT-X-STREAM-INF/g)).toHaveLength(1);
    expect(master).toContain("RESOLUTION=1280x720");
    expect((await client.lifecycle(input.uid)).live).toBe(true);
  });
});
