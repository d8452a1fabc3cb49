/** `/<id>/thumbnails/thumbnail.jpg`: a ready video's thumbnail, or a frame of the live output. */
import { type Handler, textReply } from "../http/router";
import { MediaLayout } from "../media/media-layout";
import type { HlsSources } from "./hls-sources";
import type { LiveThumbnails } from "./live-thumbnail";
import type { PlaybackAccess } from "./playback-access";

export function thumbnail(deps: {
  access: PlaybackAccess;
  sources: HlsSources;
  thumbnails: LiveThumbnails;
  layout: MediaLayout;
}): Handler {
  return async (request) => {
    const access = await deps.access.authorize(request, "media");
    if (!("target" in access)) return access;
    const headers = { ...access.headers, "content-type": "image/jpeg" };
    const target = access.target;
    if (target.kind === "video" && target.video.state === "ready") {
      return {
        status: 200,
        headers: { ...headers, "cache-control": "public, max-age=300" },
        body: { file: MediaLayout.thumbnail(deps.layout.videoDir(target.uid)) },
      };
    }
    const source = deps.sources.of(target);
    const jpeg = source ? await deps.thumbnails.of(source.dir) : null;
    if (!jpeg) return textReply(404, "No thumbnail yet.", access.headers);
    return { status: 200, headers: { ...headers, "cache-control": "no-cache" }, body: { bytes: jpeg } };
  };
}
