/** HLS playlists: the master playlist of `/<id>/manifest/video.m3u8` and each rendition's. */
import { existsSync, readFileSync } from "node:fs";
import { type Handler, type Reply, type Request, textReply } from "../http/router";
import { livePlaylist } from "../media/live-playlist";
import { MediaLayout } from "../media/media-layout";
import { readyCaptions, withSubtitles } from "../videos/captions";
import { countViewer, type HlsSource, type HlsSources, waitForLive } from "./hls-sources";
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
    const file = MediaLayout.masterPlaylist(source.dir);
    return playlistReply(deps, request, access, source, () =>
      existsSync(file) ? withSubtitles(readFileSync(file, "utf8"), captions) : null,
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
    // Across a worker restart, the parts of the publish are one playlist (see live-playlist.ts).
    return playlistReply(deps, request, access, source, () => livePlaylist(source.dir, Number(rendition)));
  };
}

export const dashManifest: Handler = () => textReply(404, "stream-local serves HLS only.");

async function playlistReply(
  deps: ManifestDeps,
  request: Request,
  access: Access,
  source: HlsSource,
  read: () => string | null,
): Promise<Reply> {
  countViewer(deps.viewers, request, source);
  const text = source.live ? await waitForLive(read, () => deps.sources.of(access.target)?.live === true) : read();
  if (text === null) return textReply(404, "Not Found", access.headers);
  return {
    status: 200,
    headers: {
      ...access.headers,
      "content-type": PLAYLIST_TYPE,
      "cache-control": source.live ? "no-cache" : "public, max-age=60",
    },
    body: { text },
  };
}
