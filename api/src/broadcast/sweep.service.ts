import type { StreamConfig } from "../config";
import type { Database } from "../db/database";
import type { PerformanceRow } from "../db/tables";
import { streamClient } from "./live-input.service";
import { listEndedWithoutRecording, listInterruptedSince } from "./broadcast.repository";
import { applyFeedEvent, attachRecording, type StatusChange } from "../performances/transitions.service";

/** Extra time after the recording timeout before the sweep steps in (webhooks may be late). */
const GRACE_SECONDS = 120;
/** How long after a show ends the sweep keeps looking for its recording. */
const RECORDING_SEARCH_HOURS = 24;

/**
 * The minutely safety net behind Stream's webhooks. Normally the recording-ready webhook ends a
 * show whose feed never came back and attaches its recording; when that webhook is lost, the
 * sweep asks Stream for the live input's recordings instead, and ends the show regardless.
 */
export async function sweepBroadcasts(db: Database, stream: StreamConfig, now: Date): Promise<StatusChange[]> {
  const settled = new Date(now.getTime() - (stream.recordingTimeoutSeconds + GRACE_SECONDS) * 1000).toISOString();
  const changes: StatusChange[] = [];
  for (const performance of await listInterruptedSince(db, settled)) {
    const change =
      (await attachReadyRecording(db, stream, performance, now)) ??
      (await applyFeedEvent(db, performance, "feed-timeout", { now }));
    if (change) changes.push(change);
  }
  const since = new Date(now.getTime() - RECORDING_SEARCH_HOURS * 3_600_000).toISOString();
  for (const performance of await listEndedWithoutRecording(db, { endedBefore: settled, endedAfter: since })) {
    const change = await attachReadyRecording(db, stream, performance, now);
    if (change) changes.push(change);
  }
  return changes;
}

async function attachReadyRecording(
  db: Database,
  stream: StreamConfig,
  performance: PerformanceRow,
  now: Date,
): Promise<StatusChange | undefined> {
  if (!performance.live_input_id) return undefined;
  try {
    const videos = await streamClient(stream).listLiveInputVideos(performance.live_input_id);
    const ready = videos.find((video) => video.status.state === "ready");
    return ready
      ? await attachRecording(db, performance, { videoId: ready.uid, durationSeconds: ready.duration }, now)
      : undefined;
  } catch (error) {
    console.error(`listing the recordings of live input ${performance.live_input_id} failed`, error);
    return undefined;
  }
}
