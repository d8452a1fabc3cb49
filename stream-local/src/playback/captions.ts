/** Subtitle tracks of a ready video: `/<id>/manifest/captions/<language>.m3u8` and `.vtt`. */
import { type Handler, textReply } from "../http/router";
import type { MediaLayout } from "../media/media-layout";
import { LANGUAGE_TAG, readCaption, readyCaptions, subtitlePlaylist } from "../videos/captions";
import type { PlaybackAccess } from "./playback-access";

export function captionTrack(deps: { access: PlaybackAccess; layout: MediaLayout }): Handler {
  return async (request) => {
    const found = /^(.+)\.(m3u8|vtt)$/.exec(request.params.file ?? "");
    const language = found?.[1] ?? "";
    if (!found || !LANGUAGE_TAG.test(language)) return textReply(404, "Not Found");
    const access = await deps.access.authorize(request, "media");
    if (!("target" in access)) return access;
    const video = access.target.kind === "video" ? access.target.video : undefined;
    if (!video || video.state !== "ready" || !readyCaptions(video).some((caption) => caption.language === language))
      return textReply(404, "Not Found", access.headers);
    const headers = { ...access.headers, "cache-control": "public, max-age=60" };
    if (found[2] === "m3u8") {
      return {
        status: 200,
        headers: { ...headers, "content-type": "application/vnd.apple.mpegurl" },
        body: { text: subtitlePlaylist(language, video.duration) },
      };
    }
    const text = readCaption(deps.layout, video.uid, language);
    if (text === null) return textReply(404, "Not Found", access.headers);
    return { status: 200, headers: { ...headers, "content-type": "text/vtt; charset=utf-8" }, body: { text } };
  };
}
