import { rmSync } from "node:fs";
import type { Logger } from "../logger";
import type { MediaLayout } from "../media/media-layout";
import type { VideoRecords } from "./video";

/** Deletes recordings past their `scheduledDeletion` (set from the input's deleteRecordingAfterDays). */
export function deleteExpiredRecordings(
  videos: VideoRecords,
  layout: MediaLayout,
  log: Logger,
  now = new Date(),
): void {
  for (const video of videos.list()) {
    if (!video.scheduledDeletion || Date.parse(video.scheduledDeletion) > now.getTime()) continue;
    videos.delete(video.uid);
    rmSync(layout.videoDir(video.uid), { recursive: true, force: true });
    log.info(`deleted recording ${video.uid}: its scheduled deletion time has passed`);
  }
}
