import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  continuationChain,
  LIVE_LIST_SIZE,
  livePlaylist,
  markContinuation,
  nextMediaSequence,
  parseMediaPlaylist,
} from "../src/media/live-playlist";

/** A rendition playlist as ffmpeg's hls muxer writes it: 1 s segments numbered from `first`. */
function ffmpegPlaylist(first: number, count: number, ended = false): string {
  const segments = Array.from({ length: count }, (_, i) => `#EXTINF:1.000000,\nsegment-${first + i}.ts`);
  return [
    "#EXTM3U",
    "#EXT-X-VERSION:6",
    "#EXT-X-TARGETDURATION:1",
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
    "#EXT-X-INDEPENDENT-SEGMENTS",
    ...segments,
    ...(ended ? ["#EXT-X-ENDLIST"] : []),
    "",
  ].join("\n");
}

describe("a live playlist across worker restarts", () => {
  let parts: string;

  beforeEach(() => {
    parts = join(mkdtempSync(join(tmpdir(), "live-playlist-")), "parts");
  });
  afterEach(() => rmSync(join(parts, ".."), { recursive: true, force: true }));

  function writePart(index: number, renditions: Record<string, string>): string {
    const dir = join(parts, String(index));
    for (const [rendition, text] of Object.entries(renditions)) {
      mkdirSync(join(dir, rendition), { recursive: true });
      writeFileSync(join(dir, rendition, "index.m3u8"), text);
    }
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  it("serves a part without continuation exactly as ffmpeg wrote it", () => {
    const text = ffmpegPlaylist(1000, 5);
    const dir = writePart(0, { "0": text });
    expect(livePlaylist(dir, 0)).toBe(text);
    expect(livePlaylist(dir, 1)).toBeNull();
  });

  it("goes on after the part before with the next sequence number, over its longest rendition", () => {
    const dir = writePart(0, { "0": ffmpegPlaylist(1000, 15, true), "1": ffmpegPlaylist(1000, 14, true) });
    expect(nextMediaSequence(dir)).toBe(1015);
    expect(nextMediaSequence(writePart(1, {}))).toBeNull();
  });

  it("joins a restarted worker's part to the one before, with a discontinuity between them", () => {
    writePart(0, { "0": ffmpegPlaylist(1000, 6, true), "1": ffmpegPlaylist(1000, 6, true) });
    const newest = writePart(1, { "0": ffmpegPlaylist(1006, 3) });
    markContinuation(newest, join(parts, "0"));

    const joined = livePlaylist(newest, 0)!;
    const playlist = parseMediaPlaylist(joined);
    expect(playlist.mediaSequence).toBe(1000);
    expect(playlist.discontinuitySequence).toBe(0);
    expect(playlist.segments.map((segment) => segment.uri)).toEqual(
      Array.from({ length: 9 }, (_, i) => `segment-${1000 + i}.ts`),
    );
    // The old part's end is not the feed's end; the discontinuity sits right before the new part.
    expect(playlist.ended).toBe(false);
    expect(joined.split("\n").indexOf("#EXT-X-DISCONTINUITY")).toBe(joined.split("\n").indexOf("segment-1005.ts") + 1);
    expect(playlist.segments[6]!.tags).toContain("#EXT-X-DISCONTINUITY");
  });

  it("serves a rendition the new worker dropped from the nearest lower one it writes", () => {
    writePart(0, { "0": ffmpegPlaylist(1000, 4, true), "1": ffmpegPlaylist(1000, 4, true) });
    const newest = writePart(1, { "0": ffmpegPlaylist(1004, 2) });
    markContinuation(newest, join(parts, "0"));
    const uris = parseMediaPlaylist(livePlaylist(newest, 1)!).segments.map((segment) => segment.uri);
    expect(uris).toEqual([
      "segment-1000.ts",
      "segment-1001.ts",
      "segment-1002.ts",
      "segment-1003.ts",
      "../0/segment-1004.ts",
      "../0/segment-1005.ts",
    ]);
  });

  it("keeps serving the part before while the restarted worker has not written yet", () => {
    writePart(0, { "0": ffmpegPlaylist(1000, 4, true) });
    const newest = writePart(1, {});
    markContinuation(newest, join(parts, "0"));
    const playlist = parseMediaPlaylist(livePlaylist(newest, 0)!);
    expect(playlist.segments).toHaveLength(4);
    expect(playlist.ended).toBe(false);
  });

  it("slides its window and counts the discontinuities that left it, so every refresh numbers alike", () => {
    writePart(0, { "0": ffmpegPlaylist(1000, 10, true) });
    const second = writePart(1, { "0": ffmpegPlaylist(1010, 5, true) });
    markContinuation(second, join(parts, "0"));
    const third = writePart(2, { "0": ffmpegPlaylist(1015, LIVE_LIST_SIZE - 2) });
    markContinuation(third, second);
    expect(continuationChain(third)).toEqual([join(parts, "0"), second, third]);

    const playlist = parseMediaPlaylist(livePlaylist(third, 0)!);
    expect(playlist.segments).toHaveLength(LIVE_LIST_SIZE);
    // Part 0 slid out: the window opens in part 1 (discontinuity 1) with segment 1013.
    expect(playlist.mediaSequence).toBe(1013);
    expect(playlist.discontinuitySequence).toBe(1);
    expect(playlist.segments[0]!.uri).toBe("segment-1013.ts");
    expect(playlist.segments.filter((segment) => segment.tags.includes("#EXT-X-DISCONTINUITY"))).toHaveLength(1);
  });

  it("ends when the newest part ends, with the feed", () => {
    writePart(0, { "0": ffmpegPlaylist(1000, 3, true) });
    const newest = writePart(1, { "0": ffmpegPlaylist(1003, 3, true) });
    markContinuation(newest, join(parts, "0"));
    expect(parseMediaPlaylist(livePlaylist(newest, 0)!).ended).toBe(true);
  });

  it("starts a publish afresh: a part with no marker does not look back", () => {
    writePart(0, { "0": ffmpegPlaylist(1000, 3, true) });
    const next = writePart(1, { "0": ffmpegPlaylist(2000, 3) });
    expect(continuationChain(next)).toEqual([next]);
    expect(parseMediaPlaylist(livePlaylist(next, 0)!).mediaSequence).toBe(2000);
  });
});
