import { rmSync } from "node:fs";
import type { PublicUrls } from "../config";
import { badRequest, notFound, ok } from "../http/cloudflare-envelope";
import type { Router } from "../http/router";
import { UID_PATTERN } from "../ids";
import type { MediaLayout } from "../media/media-layout";
import type { StateStore } from "../state/state-store";
import { downloadRecords } from "./download";
import { toCloudflareVideo, videoRecords } from "./video";

/** Registered last: `/stream/:uid` would otherwise shadow `/stream/keys` and `/stream/webhook`. */
export function addVideoRoutes(
  router: Router,
  deps: { store: StateStore; layout: MediaLayout; urls: PublicUrls },
): void {
  const { layout, urls } = deps;
  const videos = videoRecords(deps.store);
  const downloads = downloadRecords(deps.store);
  const find = (uid: string | undefined) => (uid && UID_PATTERN.test(uid) ? videos.get(uid) : undefined);

  router.add("GET", "/stream", () =>
    ok(
      videos
        .list()
        .sort((a, b) => b.created.localeCompare(a.created))
        .map((video) => toCloudflareVideo(video, urls)),
    ),
  );

  router.add("GET", "/stream/:uid", (request) => {
    const video = find(request.params.uid);
    return video ? ok(toCloudflareVideo(video, urls)) : notFound("video");
  });

  router.add("DELETE", "/stream/:uid", (request) => {
    const video = find(request.params.uid);
    if (!video) return notFound("video");
    if (video.state === "live-inprogress") return badRequest("the video is still being recorded");
    videos.delete(video.uid);
    downloads.delete(video.uid);
    rmSync(layout.videoDir(video.uid), { recursive: true, force: true });
    return ok(null);
  });
}
