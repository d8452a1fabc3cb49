/** Media segments of `/<id>/manifest/<rendition>/segment-<n>.ts`, live or VOD. */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Handler, textReply } from "../http/router";
import { countViewer, type HlsSources } from "./hls-sources";
import type { LiveViewers } from "./live-viewers";
import type { PlaybackAccess } from "./playback-access";

/** The rendition and file name are checked before anything else. */
export function segment(deps: { access: PlaybackAccess; sources: HlsSources; viewers: LiveViewers }): Handler {
  return async (request) => {
    const { rendition = "", file = "" } = request.params;
    if (!/^\d{1,2}$/.test(rendition) || !/^segment-\d+\.ts$/.test(file)) return textReply(404, "Not Found");
    const access = await deps.access.authorize(request, "media");
    if (!("target" in access)) return access;
    const source = await deps.sources.waitFor(access.target);
    if (!source) return textReply(404, "Not Found", access.headers);
    countViewer(deps.viewers, request, source);
    const found = findSegment(source.dir, rendition, file);
    if (!found) return textReply(404, "Not Found", access.headers);
    return {
      status: 200,
      headers: { ...access.headers, "content-type": "video/mp2t", "cache-control": "public, max-age=3600" },
      body: { file: found },
    };
  };
}

/**
 * A segment of the output. After a worker restart the newest part holds the playlists, but a
 * player may still ask for the segments its previous playlist listed, from an earlier part.
 */
function findSegment(hlsDir: string, rendition: string, file: string): string | null {
  const direct = join(hlsDir, rendition, file);
  if (existsSync(direct)) return direct;
  const partsDir = dirname(hlsDir);
  if (!partsDir.endsWith("parts") || !existsSync(partsDir)) return null;
  for (const part of readdirSync(partsDir)) {
    const candidate = join(partsDir, part, rendition, file);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}
