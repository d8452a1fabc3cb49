/** HLS playlists: the master playlist of `/<id>/manifest/video.m3u8` and each rendition's. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Handler, type Reply, type Request, textReply } from "../http/router";
import { MediaLayout } from "../media/media-layout";
import { readyCaptions, withSubtitles } from "../videos/captions";
import { countViewer, type HlsSource, type HlsSources, waitForLiveFile } from "./hls-sources";
import type { LiveViewers } from "./live-viewers";
import type { Access, PlaybackAccess } from "./playback-access";

const PLAYLIST_TYPE = "application/vnd.apple.mpegurl";

interface ManifestDeps {
  access: PlaybackAccess;
  sources: HlsSources;
  viewers: LiveViewers;
}

export function masterPlaylist(deps: ManifestDeps): Handler {
  return async (request) => {
    const access = await deps.access.authorize(request, "media");
    if (!("target" in access)) return access;
    const source = await deps.sources.waitFor(access.target);
    if (!source)
      return textReply(
        404,
        access.target.kind === "input" ? "This live input is not live." : "This video is not ready.",
        access.headers,
      );
    const captions = access.target.kind === "video" && !source.live ? readyCaptions(access.target.video) : [];
    return playlistReply(deps, request, access, source, MediaLayout.masterPlaylist(source.dir), (text) =>
      withSubtitles(text, captions),
    );
  };
}

/** `/<id>/manifest/<rendition>/index.m3u8`; the rendition is checked before anything else. */
export function renditionPlaylist(deps: ManifestDeps): Handler {
  return async (request) => {
    const { rendition = "" } = request.params;
    if (!/^\d{1,2}$/.test(rendition)) return textReply(404, "Not Found");
    const access = await deps.access.authorize(request, "media");
    if (!("target" in access)) return access;
    const source = await deps.sources.waitFor(access.target);
    if (!source) return textReply(404, "Not Found", access.headers);
    return playlistReply(deps, request, access, source, join(source.dir, rendition, "index.m3u8"));
  };
}

export const dashManifest: Handler = () => textReply(404, "stream-local serves HLS only.");

async function playlistReply(
  deps: ManifestDeps,
  request: Request,
  access: Access,
  source: HlsSource,
  file: string,
  rewrite: (text: string) => string = (text) => text,
): Promise<Reply> {
  countViewer(deps.viewers, request, source);
  const ready = source.live
    ? await waitForLiveFile(file, () => deps.sources.of(access.target)?.live === true)
    : existsSync(file);
  if (!ready) return textReply(404, "Not Found", access.headers);
  return {
    status: 200,
    headers: {
      ...access.headers,
      "content-type": PLAYLIST_TYPE,
      "cache-control": source.live ? "no-cache" : "public, max-age=60",
    },
    body: { text: rewrite(readFileSync(file, "utf8")) },
  };
}
