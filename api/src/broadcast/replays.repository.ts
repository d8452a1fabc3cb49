import { sql } from "kysely";
import type { Database } from "../db/database";
import type { PerformanceRow, RecordingRow } from "../db/tables";

export interface ReportedRecording {
  videoId: string;
  performanceId: string;
  state: "READY" | "FAILED";
  recordedAt: string;
  durationSeconds: number;
  renditionHeights: number[];
  errorCode: string | null;
  reportedAt: string;
}

/** Stores what Stream reported about one recording; a later report of the same video replaces it. */
export async function saveRecording(db: Database, recording: ReportedRecording): Promise<void> {
  const values = {
    performance_id: recording.performanceId,
    state: recording.state,
    recorded_at: recording.recordedAt,
    duration_seconds: recording.durationSeconds,
    renditions: JSON.stringify(recording.renditionHeights),
    error_code: recording.errorCode,
    reported_at: recording.reportedAt,
  };
  await db
    .insertInto("performance_recordings")
    .values({ video_id: recording.videoId, ...values })
    .onConflict((conflict) => conflict.column("video_id").doUpdateSet(values))
    .execute();
}

/** A show's recordings in the order they were made. */
export function listRecordings(db: Database, performanceId: string): Promise<RecordingRow[]> {
  return db
    .selectFrom("performance_recordings")
    .selectAll()
    .where("performance_id", "=", performanceId)
    .orderBy("recorded_at")
    .orderBy("video_id")
    .execute();
}

/** The recordings of several shows, for a list (one query). */
export async function listRecordingsOf(db: Database, performanceIds: readonly string[]): Promise<RecordingRow[]> {
  return db.executeChunked(performanceIds, (part) =>
    db
      .selectFrom("performance_recordings")
      .selectAll()
      .where("performance_id", "in", part)
      .orderBy("recorded_at")
      .orderBy("video_id"),
  );
}

/**
 * Marks an ended show's replay complete, once: returns the row when this call did it. The
 * show's first recording and total length stay on the row for the players' heartbeats.
 */
export function markReplayReady(
  db: Database,
  performanceId: string,
  replay: { readyAt: string; firstVideoId: string | null; durationSeconds: number },
): Promise<PerformanceRow | undefined> {
  return db
    .updateTable("performances")
    .set({
      replay_ready_at: replay.readyAt,
      recording_ready_at: replay.readyAt,
      recording_video_id: replay.firstVideoId,
      recording_duration_seconds: replay.durationSeconds,
      updated_at: replay.readyAt,
    })
    .where("id", "=", performanceId)
    .where("status", "=", "ENDED")
    .where("replay_ready_at", "is", null)
    .returningAll()
    .executeTakeFirst();
}

/** Ended shows with a live input whose replay is not complete yet, ended after `endedAfter`. */
export function listEndedAwaitingReplay(db: Database, endedAfter: string): Promise<PerformanceRow[]> {
  return db
    .selectFrom("performances")
    .selectAll()
    .where("status", "=", "ENDED")
    .where("replay_ready_at", "is", null)
    .where("live_input_id", "is not", null)
    .where("ended_at", ">", endedAfter)
    .execute();
}

export interface ReplayKey {
  endedAt: string;
  id: string;
}

/**
 * Ended shows whose replay is ready, has something to play and is still open at `now`, latest
 * first. A show's window is its own hours or the site default.
 */
export function listOpenReplays(
  db: Database,
  page: {
    now: string;
    defaultWindowHours: number;
    /** keyset bounds on (ended_at, id) in list order (latest first), exclusive */
    after?: ReplayKey;
    before?: ReplayKey;
    /** oldest first, for paging backwards */
    inverted?: boolean;
    limit: number;
  },
): Promise<PerformanceRow[]> {
  const closesAt = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ended_at, '+' || coalesce(replay_window_hours, ${page.defaultWindowHours}) || ' hours')`;
  let query = db
    .selectFrom("performances")
    .selectAll()
    .where("status", "=", "ENDED")
    .where("replay_ready_at", "is not", null)
    .where("recording_video_id", "is not", null)
    .where(closesAt, ">", page.now);
  const { after, before } = page;
  if (after) query = query.where((eb) => eb(eb.refTuple("ended_at", "id"), "<", eb.tuple(after.endedAt, after.id)));
  if (before) query = query.where((eb) => eb(eb.refTuple("ended_at", "id"), ">", eb.tuple(before.endedAt, before.id)));
  const direction = page.inverted ? "asc" : "desc";
  return query.orderBy("ended_at", direction).orderBy("id", direction).limit(page.limit).execute();
}
