/**
 * `/<id>/downloads/default.mp4` of a ready video whose download was created and is ready (as on
 * Cloudflare, the URL is unknown before that); through a token only when it is `downloadable`.
 * Byte ranges work, so a client can resume a download.
 */
import { type Handler, textReply } from "../http/router";
import { MediaLayout } from "../media/media-layout";
import type { StateStore } from "../state/state-store";
import { downloadRecords, isDownloadReady } from "../videos/download";
import type { PlaybackAccess } from "./playback-access";

export function download(deps: { access: PlaybackAccess; layout: MediaLayout; store: StateStore }): Handler {
  const downloads = downloadRecords(deps.store);
  return async (request) => {
    const access = await deps.access.authorize(request, "media");
    if (!("target" in access)) return access;
    const target = access.target;
    if (target.kind !== "video" || target.video.state !== "ready") return textReply(404, "Not Found", access.headers);
    if (access.viaToken && target.video.requireSignedURLs && !access.downloadable) {
      return textReply(403, "This token does not allow downloads (downloadable: true).", access.headers);
    }
    if (!isDownloadReady(downloads.get(target.uid))) return textReply(404, "Not Found", access.headers);
    return {
      status: 200,
      headers: { ...access.headers, "content-type": "video/mp4", "cache-control": "public, max-age=300" },
      body: { file: MediaLayout.mp4(deps.layout.videoDir(target.uid)) },
    };
  };
}
