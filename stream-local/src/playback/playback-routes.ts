/**
 * The playback host, shaped like customer-<code>.cloudflarestream.com: `/<uid or token>/...`.
 * Every link inside a playlist is relative, so a token in the path carries on to variant
 * playlists and segments (hls.js does not carry query strings).
 */
import type { Router } from "../http/router";
import type { Logger } from "../logger";
import type { MediaLayout } from "../media/media-layout";
import type { PlaybackTokenVerifier } from "../signing/playback-token";
import type { StateStore } from "../state/state-store";
import { captionTrack } from "./captions";
import { download } from "./downloads";
import { HlsSources, type LiveOutputs } from "./hls-sources";
import type { LiveThumbnails } from "./live-thumbnail";
import type { LiveViewers } from "./live-viewers";
import { dashManifest, masterPlaylist, renditionPlaylist } from "./manifests";
import { PlaybackAccess } from "./playback-access";
import { segment } from "./segments";
import { lifecycle, views } from "./status";
import { thumbnail } from "./thumbnails";

export interface PlaybackDeps {
  store: StateStore;
  broadcasts: LiveOutputs;
  layout: MediaLayout;
  tokens: PlaybackTokenVerifier;
  viewers: LiveViewers;
  thumbnails: LiveThumbnails;
  log: Logger;
}

export function addPlaybackRoutes(router: Router, deps: PlaybackDeps): void {
  const context = {
    ...deps,
    access: new PlaybackAccess(deps),
    sources: new HlsSources(deps.broadcasts, deps.layout),
  };
  const playlist = renditionPlaylist(context);
  const media = segment(context);
  router.add("GET", "/:id/manifest/video.m3u8", masterPlaylist(context));
  router.add("GET", "/:id/manifest/video.mpd", dashManifest);
  router.add("GET", "/:id/manifest/captions/:file", captionTrack(context));
  router.add("GET", "/:id/manifest/:rendition/:file", (request) =>
    request.params.file === "index.m3u8" ? playlist(request) : media(request),
  );
  router.add("GET", "/:id/thumbnails/thumbnail.jpg", thumbnail(context));
  router.add("GET", "/:id/downloads/default.mp4", download(context));
  router.add("GET", "/:id/lifecycle", lifecycle(context));
  router.add("GET", "/:id/views", views(context));
}
