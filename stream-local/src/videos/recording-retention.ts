import { rmSync } from "node:fs";
import type { Logger } from "../logger";
import type { MediaLayout } from "../media/media-layout";
import type { StateStore } from "../state/state-store";

/** Deletes recordings past their `scheduledDeletion` (set from the input's deleteRecordingAfterDays). */
export function deleteExpiredRecordings(state: StateStore, layout: MediaLayout, log: Logger, now = new Date()): void {
  for (const video of state.videos.list()) {
    if (!video.scheduledDeletion || Date.parse(video.scheduledDeletion) > now.getTime()) continue;
    state.videos.delete(video.uid);
    rmSync(layout.videoDir(video.uid), { recursive: true, force: true });
    log.info(`deleted recording ${video.uid}: its scheduled deletion time has passed`);
  }
}
