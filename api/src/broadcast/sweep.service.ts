import type { PerformanceRow } from "../db/tables";
import type { AppDeps } from "../deps";
import type { StatusChange } from "../performances/changes.service";
import { applyFeedEvent, attachRecording } from "../performances/transitions.service";
import { streamClient } from "./live-input.service";
import { listEndedWithoutRecording, listInterruptedSince } from "./broadcast.repository";

/** Extra time after the recording timeout before the sweep steps in (webhooks may be late). */
const GRACE_SECONDS = 120;
/** How long after a show ends the sweep keeps looking for its recording. */
const RECORDING_SEARCH_HOURS = 24;

/**
 * The minutely safety net behind Stream's webhooks. Normally the recording-ready webhook ends a
 * show whose feed never came back and attaches its recording; when that webhook is lost, the
 * sweep asks Stream for the live input's recordings instead, and ends the show regardless.
 * Returns the changes it made (each announced already).
 */
export async function sweepBroadcasts(deps: AppDeps): Promise<StatusChange[]> {
  const { db } = deps;
  const { stream } = deps.config;
  const now = deps.clock.now();
  const settled = new Date(now.getTime() - (stream.recordingTimeoutSeconds + GRACE_SECONDS) * 1000).toISOString();
  const changes: StatusChange[] = [];
  for (const performance of await listInterruptedSince(db, settled)) {
    const change =
      (await attachReadyRecording(deps, performance)) ?? (await applyFeedEvent(deps, performance, "feed-timeout"));
    if (change) changes.push(change);
  }
  const since = new Date(now.getTime() - RECORDING_SEARCH_HOURS * 3_600_000).toISOString();
  for (const performance of await listEndedWithoutRecording(db, { endedBefore: settled, endedAfter: since })) {
    const change = await attachReadyRecording(deps, performance);
    if (change) changes.push(change);
  }
  return changes;
}

async function attachReadyRecording(deps: AppDeps, performance: PerformanceRow): Promise<StatusChange | undefined> {
  if (!performance.live_input_id) return undefined;
  try {
    const videos = await streamClient(deps.config.stream).listLiveInputVideos(performance.live_input_id);
    const ready = videos.find((video) => video.status.state === "ready");
    return ready
      ? await attachRecording(deps, performance, { videoId: ready.uid, durationSeconds: ready.duration })
      : undefined;
  } catch (error) {
    console.error(`listing the recordings of live input ${performance.live_input_id} failed`, error);
    return undefined;
  }
}
