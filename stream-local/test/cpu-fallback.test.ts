import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StreamClient } from "../../api/src/stream/client";
import { parseMediaPlaylist } from "../src/media/live-playlist";
import { startStreamLocal, type StreamLocal } from "../src/stream-local";
import { eventually } from "./support/eventually";
import { type Publisher, startPublisher } from "./support/publisher";
import { makeTempDataDir } from "./support/test-stream-local";

describe("a worker that cannot keep real time", () => {
  const dataDir = makeTempDataDir();
  let streamLocal: StreamLocal;
  let publisher: Publisher | undefined;
  let input: Awaited<ReturnType<StreamClient["createLiveInput"]>>;

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
    input = await client.createLiveInput({ recording: { mode: "off", requireSignedURLs: false } });
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

  it("plays on for a player that followed the first worker: one playlist, a discontinuity where it restarted", async () => {
    // The first worker wrote two renditions; the player may be on either of them.
    for (const rendition of ["0", "1"]) {
      const playlistUrl = `${streamLocal.httpUrl}/${input.uid}/manifest/${rendition}/index.m3u8`;
      const text = await eventually(
        async () => {
          const response = await fetch(playlistUrl);
          const body = response.ok ? await response.text() : "";
          // Some segments of the restarted worker, after the discontinuity.
          const after = body.split("#EXT-X-DISCONTINUITY\n")[1] ?? "";
          return (after.match(/#EXTINF/g)?.length ?? 0) >= 2 ? body : undefined;
        },
        { what: `rendition ${rendition} across the restart` },
      );
      const playlist = parseMediaPlaylist(text);
      expect(playlist.ended).toBe(false);
      const numbers = playlist.segments.map((segment) => Number(/segment-(\d+)\.ts$/.exec(segment.uri)![1]));
      // Sequence numbers run on without a gap or a repeat: the playlist numbers segments by position.
      expect(numbers).toEqual(numbers.map((_, i) => playlist.mediaSequence + i));
      for (const segment of [playlist.segments[0]!, playlist.segments.at(-1)!]) {
        const response = await fetch(new URL(segment.uri, playlistUrl));
        expect(response.status, segment.uri).toBe(200);
        expect(response.headers.get("content-type")).toBe("video/mp2t");
        await response.arrayBuffer();
      }
    }
  });
});
