/**
 * A show's replay is the ordered list of its recordings. Every stretch of feed is a recording of
 * its own once the feed has stayed away longer than the live input's recording timeout (Stream's
 * default, so a recording is ready about a minute after its feed ends on Cloudflare and at once on
 * stream-local); the player plays them one after another, so an intermission keeps one show and
 * is cut from its replay. The replay is complete when the show has ENDED and Stream holds no
 * recording of its input still in progress; then fans who missed the show are told.
 */
import type { PerformanceRow, RecordingRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { findPerformance } from "../performances/performances.repository";
import { StreamApiError, type Video } from "../stream/client";
import { streamClient } from "./live-input.service";
import { signPlayback } from "./playback-token";
import { listRecordings, markReplayReady, saveRecording } from "./replays.repository";

export interface FinishedVideo {
  uid: string;
  state: "ready" | "error";
  created: string;
  duration: number;
  errorReasonCode?: string;
}

/** Whether Stream is done with a video: ready to play, or failed for good. */
export function isFinished(video: Pick<Video, "status">): boolean {
  return video.status.state === "ready" || video.status.state === "error";
}

/**
 * Stores a recording Stream finished (ready or failed) for the show, whatever its status, then
 * completes the show's replay if that was the last one. Stream failing to answer throws, so the
 * webhook is retried.
 */
export async function recordingFinished(
  deps: AppDeps,
  performance: PerformanceRow,
  video: FinishedVideo,
): Promise<PerformanceRow | undefined> {
  await storeRecording(deps, performance.id, video);
  return completeReplay(deps, performance.id);
}

async function storeRecording(deps: AppDeps, performanceId: string, video: FinishedVideo): Promise<void> {
  const ready = video.state === "ready";
  await saveRecording(deps.db, {
    videoId: video.uid,
    performanceId,
    state: ready ? "READY" : "FAILED",
    recordedAt: video.created,
    durationSeconds: ready ? Math.max(0, video.duration) : 0,
    renditionHeights: ready ? await renditionHeightsOf(deps, video.uid) : [],
    errorCode: ready ? null : video.errorReasonCode || "ERR_UNKNOWN",
    reportedAt: deps.clock.now().toISOString(),
  });
  // Every part of the replay is kept in R2 (the job is idempotent: a repeated report archives once).
  if (ready) await deps.fanOut.archiveRecording({ performanceId, videoId: video.uid });
}

/** Read from the recording's own master playlist, as a player sees it. */
async function renditionHeightsOf(deps: AppDeps, videoId: string): Promise<number[]> {
  const { token } = await signPlayback(deps.config.stream, videoId, deps.clock.now());
  try {
    return await streamClient(deps.config.stream).renditionHeights(token);
  } catch (error) {
    // A video Stream no longer has (deleted already) has nothing to play; anything else is retried.
    if (error instanceof StreamApiError && error.status === 404) return [];
    throw error;
  }
}

/**
 * Completes an ended show's replay once Stream has finished every recording of its input
 * (adopting any whose webhook was lost). Returns the show when this call completed it. Throws
 * when Stream does not answer; nothing is marked then, and the sweep tries again.
 */
export async function completeReplay(deps: AppDeps, performanceId: string): Promise<PerformanceRow | undefined> {
  const performance = await findPerformance(deps.db, performanceId);
  if (!performance || performance.status !== "ENDED" || performance.replay_ready_at) return undefined;
  if (performance.live_input_id) {
    const videos = await recordingsAtStream(deps, performance.live_input_id);
    if (!videos.every(isFinished)) return undefined;
    const known = new Set((await listRecordings(deps.db, performance.id)).map((recording) => recording.video_id));
    for (const video of videos) {
      if (known.has(video.uid)) continue;
      await storeRecording(deps, performance.id, {
        uid: video.uid,
        state: video.status.state === "ready" ? "ready" : "error",
        created: video.created,
        duration: video.duration,
        errorReasonCode: video.status.errorReasonCode,
      });
    }
  }
  const playable = playableParts(await listRecordings(deps.db, performance.id));
  const completed = await markReplayReady(deps.db, performance.id, {
    readyAt: deps.clock.now().toISOString(),
    firstVideoId: playable[0]?.video_id ?? null,
    durationSeconds: playable.reduce((total, part) => total + part.duration_seconds, 0),
  });
  if (!completed) return undefined;
  await deps.fanOut.publish("UPDATED", [completed]);
  if (playable.length > 0) await deps.fanOut.alertViewers("REPLAY_READY", [completed.id]);
  return completed;
}

/** The input's recordings at Stream; none when Stream no longer has the input (it was deleted). */
async function recordingsAtStream(deps: AppDeps, liveInputId: string): Promise<Video[]> {
  try {
    return await streamClient(deps.config.stream).listLiveInputVideos(liveInputId);
  } catch (error) {
    if (error instanceof StreamApiError && error.status === 404) return [];
    throw error;
  }
}

/** The recordings a replay plays, in order: the ready ones with something in them. */
export function playableParts(recordings: readonly RecordingRow[]): RecordingRow[] {
  return recordings.filter((recording) => recording.state === "READY" && recording.duration_seconds > 0);
}

export function renditionsOf(recording: Pick<RecordingRow, "renditions">): number[] {
  const parsed: unknown = JSON.parse(recording.renditions);
  return Array.isArray(parsed) ? parsed.filter((height): height is number => Number.isInteger(height)) : [];
}
