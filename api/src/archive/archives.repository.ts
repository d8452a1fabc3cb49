import type { Database } from "../db/database";
import type { RecordingArchiveRow, RecordingArchiveUpdate } from "../db/tables";

/** The R2 key of a recording's MP4 in the archive bucket. */
export function archiveKey(performanceId: string, videoId: string): string {
  return `recordings/${performanceId}/${videoId}.mp4`;
}

/** A PENDING archive for a recording, unless it has one; the row as it stands. */
export async function ensureArchive(
  db: Database,
  archive: { performanceId: string; videoId: string },
  now: string,
): Promise<RecordingArchiveRow> {
  await db
    .insertInto("recording_archives")
    .values({
      video_id: archive.videoId,
      performance_id: archive.performanceId,
      r2_key: archiveKey(archive.performanceId, archive.videoId),
      created_at: now,
      updated_at: now,
    })
    .onConflict((conflict) => conflict.column("video_id").doNothing())
    .execute();
  return db
    .selectFrom("recording_archives")
    .selectAll()
    .where("video_id", "=", archive.videoId)
    .executeTakeFirstOrThrow();
}

export function findArchive(db: Database, videoId: string): Promise<RecordingArchiveRow | undefined> {
  return db.selectFrom("recording_archives").selectAll().where("video_id", "=", videoId).executeTakeFirst();
}

/** The archives of these performances' current recordings, for the Recording field. */
export async function findArchivesByVideoIds(
  db: Database,
  videoIds: readonly string[],
): Promise<RecordingArchiveRow[]> {
  return db.executeChunked(videoIds, (part) =>
    db.selectFrom("recording_archives").selectAll().where("video_id", "in", part),
  );
}

/**
 * Takes the archive on for one job: a job that is not done, and that no other job holds (or
 * whose holder's lease ran out, the holder having died), is marked ARCHIVING by this one.
 * Undefined when it is archived already or another job holds it.
 */
export function claimArchive(
  db: Database,
  videoId: string,
  now: string,
  leaseExpiredBefore: string,
): Promise<RecordingArchiveRow | undefined> {
  return db
    .updateTable("recording_archives")
    .set({ status: "ARCHIVING", claimed_at: now, updated_at: now })
    .where("video_id", "=", videoId)
    .where((eb) =>
      eb.or([
        eb("status", "in", ["PENDING", "RETRYING"]),
        eb.and([eb("status", "=", "ARCHIVING"), eb("claimed_at", "<", leaseExpiredBefore)]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
}

/** Writes a claimed archive's progress or outcome; only while this job's claim holds. */
export async function updateClaimedArchive(
  db: Database,
  videoId: string,
  claimedAt: string,
  update: RecordingArchiveUpdate,
): Promise<boolean> {
  const result = await db
    .updateTable("recording_archives")
    .set(update)
    .where("video_id", "=", videoId)
    .where("status", "=", "ARCHIVING")
    .where("claimed_at", "=", claimedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets a performance's thumbnail to a recording's frame, unless the organizer uploaded one meanwhile. */
export async function setThumbnailIfNone(
  db: Database,
  performanceId: string,
  key: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("performances")
    .set({ thumbnail_key: key, updated_at: now })
    .where("id", "=", performanceId)
    .where("thumbnail_key", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Archives whose queue message looks lost: PENDING or RETRYING untouched since `staleBefore`
 * (a job that waits for Stream or backs off touches its row at least hourly), or ARCHIVING
 * under a claim taken before `leaseExpiredBefore` (its job died). At most `limit`, oldest first.
 */
export function listStalledArchives(
  db: Database,
  cutoffs: { staleBefore: string; leaseExpiredBefore: string; limit: number },
): Promise<RecordingArchiveRow[]> {
  return db
    .selectFrom("recording_archives")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "in", ["PENDING", "RETRYING"]), eb("updated_at", "<", cutoffs.staleBefore)]),
        eb.and([
          eb("status", "=", "ARCHIVING"),
          eb("updated_at", "<", cutoffs.leaseExpiredBefore),
          eb("claimed_at", "<", cutoffs.leaseExpiredBefore),
        ]),
      ]),
    )
    .orderBy("updated_at")
    .limit(cutoffs.limit)
    .execute();
}

/** FAILED archives given up before `failedBefore`, made after `madeAfter`, revived fewer than `maxRevivals` times. */
export function listRevivableArchives(
  db: Database,
  cutoffs: { failedBefore: string; madeAfter: string | null; maxRevivals: number; limit: number },
): Promise<RecordingArchiveRow[]> {
  let query = db
    .selectFrom("recording_archives")
    .selectAll()
    .where("status", "=", "FAILED")
    .where("updated_at", "<", cutoffs.failedBefore)
    .where("revivals", "<", cutoffs.maxRevivals);
  if (cutoffs.madeAfter) query = query.where("created_at", ">", cutoffs.madeAfter);
  return query.orderBy("updated_at").limit(cutoffs.limit).execute();
}

/**
 * Marks an archive re-enqueued, if it is as the sweep saw it (same status, same updated_at):
 * of two sweeps that saw it, one wins. A FAILED one gets a fresh set of attempts (RETRYING).
 */
export async function markRequeued(db: Database, seen: RecordingArchiveRow, now: string): Promise<boolean> {
  const revive = seen.status === "FAILED";
  const result = await db
    .updateTable("recording_archives")
    .set((eb) => ({
      updated_at: now,
      ...(revive ? { status: "RETRYING" as const, failed_attempts: 0, revivals: eb("revivals", "+", 1) } : {}),
    }))
    .where("video_id", "=", seen.video_id)
    .where("status", "=", seen.status)
    .where("updated_at", "=", seen.updated_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
