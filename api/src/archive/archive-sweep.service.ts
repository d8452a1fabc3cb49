import type { AppDeps } from "../deps";
import { ARCHIVE_LEASE_MS } from "./archive.service";
import { listRevivableArchives, listStalledArchives, markRequeued } from "./archives.repository";

/**
 * An archive untouched this long has no message on the queue: a job waiting for Stream's
 * download or backing off (at most an hour, `retryDelaySeconds`) touches its row sooner.
 */
export const ARCHIVE_STALE_MS = 2 * 3_600_000;
/** A FAILED archive is given a fresh set of attempts a day after it failed... */
export const ARCHIVE_REVIVE_AFTER_MS = 24 * 3_600_000;
/** ...this many times (Stream or R2 down for a day or more), then it stays FAILED for a person to look at. */
export const ARCHIVE_MAX_REVIVALS = 3;
/** Archives put back on the queue per run, so one run stays short; the next run takes the rest. */
const SWEEP_LIMIT = 50;

export interface ArchiveSweepResult {
  requeued: string[];
  revived: string[];
}

/**
 * The safety net behind the archive queue (run by the minutely cron). A message dropped after
 * its retries, a send that failed, or a consumer that died would leave an archive PENDING (or
 * RETRYING, or ARCHIVING) forever, and the recording lost once Stream deletes its copy. This puts
 * such archives back on the queue, and gives a FAILED one a fresh set of attempts once a day, a
 * few times, while Stream still has the recording. Idempotent: each archive is marked with a
 * compare-and-set before its message goes, so overlapping runs send it once; a message that
 * arrives twice anyway is harmless (the job claims the archive, and skips an ARCHIVED one).
 */
export async function sweepArchives(deps: AppDeps): Promise<ArchiveSweepResult> {
  const { db } = deps;
  const now = deps.clock.now();
  const at = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const keepDays = deps.config.stream.deleteRecordingAfterDays;
  const result: ArchiveSweepResult = { requeued: [], revived: [] };

  const stalled = await listStalledArchives(db, {
    staleBefore: at(ARCHIVE_STALE_MS),
    leaseExpiredBefore: at(ARCHIVE_LEASE_MS),
    limit: SWEEP_LIMIT,
  });
  const failed = await listRevivableArchives(db, {
    failedBefore: at(ARCHIVE_REVIVE_AFTER_MS),
    // Reviving is pointless once Stream has deleted the recording.
    madeAfter: keepDays === null ? null : at(keepDays * 86_400_000),
    maxRevivals: ARCHIVE_MAX_REVIVALS,
    limit: SWEEP_LIMIT,
  });
  for (const archive of [...stalled, ...failed]) {
    if (!(await markRequeued(db, archive, now.toISOString()))) continue;
    try {
      await deps.env.ARCHIVE_JOBS.send({ videoId: archive.video_id });
    } catch (error) {
      // The row is marked: the run after the stale time tries again.
      console.error(`re-enqueueing the archive of ${archive.video_id} failed`, error);
      continue;
    }
    (archive.status === "FAILED" ? result.revived : result.requeued).push(archive.video_id);
  }
  if (result.requeued.length + result.revived.length > 0) console.log(`archive sweep: ${JSON.stringify(result)}`);
  return result;
}
