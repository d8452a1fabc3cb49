import type { Caller } from "../context";
import type { PerformanceRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { ConflictError, IllegalTransitionError, NotAvailableError, NotFoundError } from "../errors";
import { findPerformance } from "../performances/performances.repository";
import { nextStatus } from "../performances/status";
import { applyFeedEvent, applyOrganizerAction } from "../performances/transitions.service";
import { isStreamFault, StreamApiError } from "../stream/client";
import { signHeartbeatToken } from "../realtime/heartbeat.service";
import { askStream, ensureLiveInput, streamClient } from "./live-input.service";
import { type PlaybackGrant, signPlayback } from "./playback-token";

export interface Ingest {
  rtmpsUrl: string;
  streamKey: string;
}

export interface Playback extends PlaybackGrant {
  live: boolean;
  heartbeatToken: string;
}

/**
 * An organizer's go-live, once Stream has given the show a live input: the show is GOING_LIVE
 * until its feed connects (then LIVE, and the fans are alerted), or LIVE at once when Stream
 * already has the feed.
 */
export async function startPerformance(deps: AppDeps, id: string): Promise<PerformanceRow> {
  const performance = await findPerformance(deps.db, id);
  if (!performance) throw new NotFoundError("Performance", id);
  if (!nextStatus(performance.status, "start")) throw new IllegalTransitionError(performance.status, "start");
  const input = await ensureLiveInput(deps, performance);
  const going = (await applyOrganizerAction(deps, performance.id, "start")).after;
  const feed = typeof input.status === "object" ? input.status?.current?.state : input.status;
  if (feed !== "connected") return going;
  return (await applyFeedEvent(deps, going, "feed-connected"))?.after ?? going;
}

/** Takes back a go-live whose feed never connected: the show is SCHEDULED again, its date kept. */
export async function undoStartPerformance(deps: AppDeps, id: string): Promise<PerformanceRow> {
  return (await applyOrganizerAction(deps, id, "undo-start")).after;
}

/** An organizer's end: the show is ENDED for good, and its encoder stops being taken. */
export async function endPerformance(deps: AppDeps, id: string): Promise<PerformanceRow> {
  const change = await applyOrganizerAction(deps, id, "end");
  const inputId = change.after.live_input_id;
  if (inputId) {
    // Stop the encoder from feeding a show that is over; the show is ENDED either way.
    deps.waitUntil(
      streamClient(deps.config.stream)
        .updateLiveInput(inputId, { enabled: false })
        .catch((error: unknown) => {
          // An input that is gone already has nothing left to switch off.
          if (error instanceof StreamApiError && error.status === 404) return;
          console.error(`disabling live input ${inputId} failed`, error);
        }),
    );
  }
  return change.after;
}

/** The show's ingest: its live input's server URL and key, the input made on first need. */
export async function ingestOf(deps: AppDeps, performance: PerformanceRow): Promise<Ingest | null> {
  if (performance.status === "ENDED" || performance.status === "CANCELLED") return null;
  const input = await ensureLiveInput(deps, performance);
  return { rtmpsUrl: input.rtmps.url, streamKey: input.rtmps.streamKey };
}

/** A new stream key for the show; the old one stops working at once. */
export async function rotateStreamKey(deps: AppDeps, performanceId: string): Promise<Ingest> {
  const performance = await findPerformance(deps.db, performanceId);
  if (!performance) throw new NotFoundError("Performance", performanceId);
  if (performance.status === "ENDED" || performance.status === "CANCELLED") {
    throw new ConflictError("This show is over: it has no stream key any more");
  }
  // Reading the input first: a Stream that is down refuses here, with no rotation in flight.
  const input = await ensureLiveInput(deps, performance);
  const client = streamClient(deps.config.stream);
  const rotated = await askStream(async () => {
    try {
      return await client.rotateLiveInputKey(input.uid);
    } catch (error) {
      if (!isStreamFault(error)) throw error;
      // The rotation may have happened with its answer lost: a new key at Stream is the one to show.
      const current = await client.getLiveInput(input.uid).catch(() => undefined);
      if (current && current.rtmps.streamKey !== input.rtmps.streamKey) return current;
      throw error;
    }
  });
  return { rtmpsUrl: rotated.rtmps.url, streamKey: rotated.rtmps.streamKey };
}

/** A signed URL for a registered viewer or an organizer: the live stream while the show is on, the replay after it. */
export async function playbackFor(
  deps: AppDeps,
  performance: PerformanceRow,
  caller: Caller | null,
): Promise<Playback> {
  const now = deps.clock.now();
  const grant = async (uid: string, live: boolean): Promise<Playback> => {
    const playback = await signPlayback(deps.config.stream, uid, now);
    const heartbeatToken = await signHeartbeatToken(
      deps.config,
      {
        userId: caller?.user.id ?? "",
        authSessionId: caller?.sessionId ?? null,
        performanceId: performance.id,
        mode: live ? "LIVE" : "REPLAY",
        durationSeconds: live ? null : performance.recording_duration_seconds,
      },
      playback.expiresAt,
    );
    return { ...playback, live, heartbeatToken };
  };
  switch (performance.status) {
    case "LIVE":
    case "INTERRUPTED":
      if (!performance.live_input_id) throw new NotAvailableError("The broadcast has not begun yet");
      return grant(performance.live_input_id, true);
    case "ENDED":
      if (!performance.recording_video_id)
        throw new NotAvailableError("The recording is being prepared: check back soon");
      return grant(performance.recording_video_id, false);
    case "CANCELLED":
      throw new NotAvailableError("This show was cancelled");
    case "SCHEDULED":
      throw new NotAvailableError("The show has not started yet");
    case "GOING_LIVE":
      throw new NotAvailableError("The performers are getting ready");
  }
}
