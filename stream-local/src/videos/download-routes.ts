import type { PublicUrls } from "../config";
import { badRequest, notFound, ok } from "../http/cloudflare-envelope";
import type { Router } from "../http/router";
import { UID_PATTERN } from "../ids";
import type { StateStore } from "../state/state-store";
import { downloadRecords, newDownload, toCloudflareDownloads } from "./download";
import { videoRecords } from "./video";

/**
 * The downloads API of a video: `POST` creates the MP4 download (again: the same one),
 * `GET` tells how far it is (`{}` before one was created), `DELETE` removes it.
 * `/downloads/default` is the same download under its explicit name.
 */
export function addDownloadRoutes(router: Router, deps: { store: StateStore; urls: PublicUrls }): void {
  const videos = videoRecords(deps.store);
  const downloads = downloadRecords(deps.store);
  const find = (uid: string | undefined) => (uid && UID_PATTERN.test(uid) ? videos.get(uid) : undefined);

  for (const path of ["/stream/:uid/downloads", "/stream/:uid/downloads/default"]) {
    router.add("POST", path, (request) => {
      const video = find(request.params.uid);
      if (!video) return notFound("video");
      if (video.state !== "ready") return badRequest("the video is not ready to stream yet");
      const download = downloads.get(video.uid) ?? downloads.put(newDownload(video.uid));
      return ok(toCloudflareDownloads(download, deps.urls));
    });
    router.add("GET", path, (request) => {
      const video = find(request.params.uid);
      if (!video) return notFound("video");
      const download = downloads.get(video.uid);
      return ok(download ? toCloudflareDownloads(download, deps.urls) : {});
    });
    router.add("DELETE", path, (request) => {
      const video = find(request.params.uid);
      if (!video) return notFound("video");
      downloads.delete(video.uid);
      return ok("ok");
    });
  }
}
