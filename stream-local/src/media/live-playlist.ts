/**
 * One live rendition playlist across worker restarts.
 *
 * stream-local restarts an input's ffmpeg worker while its publisher stays (after a crash, or to
 * fall back to one rendition when the CPU cannot keep up). The new worker writes a new part whose
 * timestamps start again from zero. Cloudflare never shows a player its encoder restarting, and a
 * player that followed the first part must not freeze at its end either (hls.js did: it kept the
 * old timeline and waited for media that never came). So the parts of one publish are served as
 * one playlist (RFC 8216):
 * - a worker that continues a part starts its media sequence where the part before ended, so
 *   every segment keeps one sequence number in every refresh;
 * - an EXT-X-DISCONTINUITY before a continuing part's first segment tells the player that the
 *   timestamps and the encoding start again there (§4.3.2.3), and EXT-X-DISCONTINUITY-SEQUENCE
 *   counts the ones that slid out of the window (§4.3.3.3);
 * - a rendition the newer worker no longer writes (the fallback keeps the top one) is served from
 *   the nearest lower one it does write, so a player on any rendition goes on playing.
 * The first part of a publish is served as ffmpeg writes it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** How many segments a live playlist lists, as the workers' own (`-hls_list_size`). */
export const LIVE_LIST_SIZE = 20;

/** How many restarts back a playlist looks: older parts have slid out of any window. */
const MAX_CHAIN = 8;

const CONTINUES_FILE = "continues";

export interface MediaSegment {
  /** The segment's own tags (EXTINF and any others before its URI), as written */
  tags: string[];
  uri: string;
  durationSeconds: number;
}

export interface MediaPlaylist {
  version: number;
  targetDuration: number;
  mediaSequence: number;
  discontinuitySequence: number;
  segments: MediaSegment[];
  ended: boolean;
}

/** Reads an HLS media playlist as ffmpeg's hls muxer writes it. */
export function parseMediaPlaylist(text: string): MediaPlaylist {
  const playlist: MediaPlaylist = {
    version: 3,
    targetDuration: 1,
    mediaSequence: 0,
    discontinuitySequence: 0,
    segments: [],
    ended: false,
  };
  let tags: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line === "#EXTM3U" || line === "#EXT-X-INDEPENDENT-SEGMENTS") continue;
    const [tag, value = ""] = line.split(/:(.*)/s);
    if (tag === "#EXT-X-VERSION") playlist.version = Number(value);
    else if (tag === "#EXT-X-TARGETDURATION") playlist.targetDuration = Number(value);
    else if (tag === "#EXT-X-MEDIA-SEQUENCE") playlist.mediaSequence = Number(value);
    else if (tag === "#EXT-X-DISCONTINUITY-SEQUENCE") playlist.discontinuitySequence = Number(value);
    else if (tag === "#EXT-X-ENDLIST") playlist.ended = true;
    else if (line.startsWith("#")) tags.push(line);
    else {
      const extinf = tags.find((entry) => entry.startsWith("#EXTINF:"));
      const durationSeconds = extinf ? Number.parseFloat(extinf.slice("#EXTINF:".length)) : 0;
      playlist.segments.push({ tags, uri: line, durationSeconds });
      tags = [];
    }
  }
  return playlist;
}

/** The media sequence number after a part's last segment, over all its renditions; null if it wrote none. */
export function nextMediaSequence(partDir: string): number | null {
  let next: number | null = null;
  const renditions = existsSync(partDir) ? readdirSync(partDir).filter((name) => /^\d+$/.test(name)) : [];
  for (const rendition of renditions) {
    const file = join(partDir, rendition, "index.m3u8");
    if (!existsSync(file)) continue;
    const playlist = parseMediaPlaylist(readFileSync(file, "utf8"));
    const after = playlist.mediaSequence + playlist.segments.length;
    if (playlist.segments.length > 0 && (next === null || after > next)) next = after;
  }
  return next;
}

/** Marks a part as the continuation of the part before it in the same publish. */
export function markContinuation(partDir: string, previousPartDir: string): void {
  writeFileSync(join(partDir, CONTINUES_FILE), `${basename(previousPartDir)}\n`);
}

/** The parts one live playlist is made of, oldest first, ending with `partDir`. */
export function continuationChain(partDir: string): string[] {
  const chain = [partDir];
  while (chain.length < MAX_CHAIN) {
    const marker = join(chain[0]!, CONTINUES_FILE);
    if (!existsSync(marker)) break;
    const previous = readFileSync(marker, "utf8").trim();
    if (!/^\d+$/.test(previous)) break;
    chain.unshift(join(dirname(partDir), previous));
  }
  return chain;
}

/** The rendition a part serves for a request: the one asked for, else the nearest lower one it has. */
function renditionIn(partDir: string, rendition: number): number | null {
  for (let candidate = rendition; candidate >= 0; candidate--)
    if (existsSync(join(partDir, String(candidate), "index.m3u8"))) return candidate;
  return null;
}

/**
 * The playlist of `rendition` for the output whose newest part is `partDir`, or null when no part
 * has it yet. A part without continuation is read as written.
 */
export function livePlaylist(partDir: string, rendition: number): string | null {
  const chain = continuationChain(partDir);
  if (chain.length === 1) {
    const file = join(partDir, String(rendition), "index.m3u8");
    return existsSync(file) ? readFileSync(file, "utf8") : null;
  }
  const segments: Array<MediaSegment & { sequence: number; discontinuity: number }> = [];
  let version = 3;
  let targetDuration = 1;
  let ended = false;
  // Newest part first, and no further back than the window reaches: each refresh of every
  // viewer reads only the parts it lists (a part's index in the chain is its discontinuity).
  for (let discontinuity = chain.length - 1; discontinuity >= 0; discontinuity--) {
    if (segments.length >= LIVE_LIST_SIZE) break;
    const dir = chain[discontinuity]!;
    const served = renditionIn(dir, rendition);
    if (served === null) continue;
    const playlist = parseMediaPlaylist(readFileSync(join(dir, String(served), "index.m3u8"), "utf8"));
    version = Math.max(version, playlist.version);
    targetDuration = Math.max(targetDuration, playlist.targetDuration);
    // Only the newest part's end is the end of the feed; the others ended for the restart.
    if (dir === partDir) ended = playlist.ended;
    const uriPrefix = served === rendition ? "" : `../${served}/`;
    segments.unshift(
      ...playlist.segments.map((segment, i) => ({
        ...segment,
        uri: `${uriPrefix}${segment.uri}`,
        sequence: playlist.mediaSequence + i,
        discontinuity,
      })),
    );
  }
  if (segments.length === 0) return null;
  const window = segments.slice(-LIVE_LIST_SIZE);
  const first = window[0]!;
  const lines = [
    "#EXTM3U",
    `#EXT-X-VERSION:${version}`,
    `#EXT-X-TARGETDURATION:${targetDuration}`,
    `#EXT-X-MEDIA-SEQUENCE:${first.sequence}`,
    `#EXT-X-DISCONTINUITY-SEQUENCE:${first.discontinuity}`,
    "#EXT-X-INDEPENDENT-SEGMENTS",
  ];
  window.forEach((segment, i) => {
    if (i > 0 && segment.discontinuity !== window[i - 1]!.discontinuity) lines.push("#EXT-X-DISCONTINUITY");
    lines.push(...segment.tags, segment.uri);
  });
  if (ended) lines.push("#EXT-X-ENDLIST");
  return `${lines.join("\n")}\n`;
}
