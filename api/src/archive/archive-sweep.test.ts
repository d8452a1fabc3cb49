import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { appDeps, db, insertPerformance } from "../../test/fixtures";
import { readConfig } from "../config";
import type { ArchiveStatus } from "../db/tables";
import { ARCHIVE_LEASE_MS, type ArchiveMessage, archiveRecording } from "./archive.service";
import {
  ARCHIVE_MAX_REVIVALS,
  ARCHIVE_REVIVE_AFTER_MS,
  ARCHIVE_STALE_MS,
  sweepArchives,
} from "./archive-sweep.service";
import { archiveKey, findArchive } from "./archives.repository";

/** The sweep's clock, pinned; archive rows are dated relative to it. */
const NOW = new Date("2026-12-05T06:17:00.000Z");
const before = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const HOUR = 3_600_000;

/** A queue that keeps what it was sent (or refuses it), so no consumer races the assertions. */
function recordingQueue(refuse = false) {
  const sent: ArchiveMessage[] = [];
  const queue = {
    send: async (message: ArchiveMessage) => {
      if (refuse) throw new Error("Queue unavailable (503)");
      sent.push(message);
    },
  } as unknown as Queue<ArchiveMessage>;
  return { sent, queue };
}

function sweepDeps(queue: Queue<ArchiveMessage>, options: { now?: Date; deleteAfterDays?: number | null } = {}) {
  const config = readConfig(env);
  const stream = { ...config.stream, deleteRecordingAfterDays: options.deleteAfterDays ?? null };
  return appDeps({ now: options.now ?? NOW, env: { ...env, ARCHIVE_JOBS: queue }, config: { ...config, stream } });
}

async function archiveRow(
  status: ArchiveStatus,
  times: { updatedAt: string; createdAt?: string; claimedAt?: string },
  values: { failed_attempts?: number; revivals?: number } = {},
): Promise<string> {
  const performanceId = await insertPerformance({ status: "ENDED" });
  const videoId = `video-${crypto.randomUUID()}`;
  await db()
    .insertInto("recording_archives")
    .values({
      video_id: videoId,
      performance_id: performanceId,
      status,
      r2_key: archiveKey(performanceId, videoId),
      created_at: times.createdAt ?? times.updatedAt,
      updated_at: times.updatedAt,
      claimed_at: times.claimedAt ?? null,
      ...values,
    })
    .execute();
  return videoId;
}

const sentIds = (sent: ArchiveMessage[]) => sent.map((message) => message.videoId);

describe("the archive sweep puts archives whose queue message was lost back on the queue", () => {
  it("re-enqueues PENDING and RETRYING archives untouched for two hours, and no others", async () => {
    const lost = await archiveRow("PENDING", { updatedAt: before(ARCHIVE_STALE_MS + 60_000) });
    const lostRetry = await archiveRow("RETRYING", { updatedAt: before(3 * HOUR) }, { failed_attempts: 2 });
    const waiting = await archiveRow("PENDING", { updatedAt: before(ARCHIVE_STALE_MS - 60_000) });
    const backingOff = await archiveRow("RETRYING", { updatedAt: before(HOUR) });
    const done = await archiveRow("ARCHIVED", { updatedAt: before(48 * HOUR) });
    const { sent, queue } = recordingQueue();

    const result = await sweepArchives(sweepDeps(queue));

    expect(result.requeued).toEqual(expect.arrayContaining([lost, lostRetry]));
    expect(sentIds(sent)).toEqual(expect.arrayContaining([lost, lostRetry]));
    for (const id of [waiting, backingOff, done]) expect(sentIds(sent)).not.toContain(id);
    // Re-enqueued, not reset: its attempts so far still count towards giving up.
    expect(await findArchive(db(), lostRetry)).toMatchObject({
      status: "RETRYING",
      failed_attempts: 2,
      updated_at: NOW.toISOString(),
    });
  });

  it("re-enqueues an archive whose job died holding it (lease run out), not one a job is copying", async () => {
    const dead = await archiveRow("ARCHIVING", {
      updatedAt: before(ARCHIVE_LEASE_MS + 60_000),
      claimedAt: before(ARCHIVE_LEASE_MS + 60_000),
    });
    const copying = await archiveRow("ARCHIVING", { updatedAt: before(60_000), claimedAt: before(5 * 60_000) });
    const { sent, queue } = recordingQueue();

    await sweepArchives(sweepDeps(queue));

    expect(sentIds(sent)).toContain(dead);
    expect(sentIds(sent)).not.toContain(copying);
  });

  it("is idempotent: runs that overlap, and the next run, send each archive once", async () => {
    const lost = await archiveRow("PENDING", { updatedAt: before(5 * HOUR) });
    const { sent, queue } = recordingQueue();

    await Promise.all([sweepArchives(sweepDeps(queue)), sweepArchives(sweepDeps(queue))]);
    await sweepArchives(sweepDeps(queue, { now: new Date(NOW.getTime() + 60_000) }));

    expect(sentIds(sent).filter((id) => id === lost)).toHaveLength(1);
  });

  it("tries again after the stale time when the queue refused the message", async () => {
    const lost = await archiveRow("PENDING", { updatedAt: before(5 * HOUR) });
    const refusing = recordingQueue(true);
    expect((await sweepArchives(sweepDeps(refusing.queue))).requeued).not.toContain(lost);

    const { sent, queue } = recordingQueue();
    await sweepArchives(sweepDeps(queue, { now: new Date(NOW.getTime() + 60_000) }));
    expect(sentIds(sent)).not.toContain(lost);
    await sweepArchives(sweepDeps(queue, { now: new Date(NOW.getTime() + ARCHIVE_STALE_MS + 60_000) }));
    expect(sentIds(sent)).toContain(lost);
  });
});

describe("a FAILED archive", () => {
  it("gets a fresh set of attempts a day after it failed, counted, at most three times", async () => {
    const failed = await archiveRow(
      "FAILED",
      { updatedAt: before(ARCHIVE_REVIVE_AFTER_MS + 60_000) },
      {
        failed_attempts: 6,
      },
    );
    const justFailed = await archiveRow("FAILED", { updatedAt: before(HOUR) }, { failed_attempts: 6 });
    const givenUp = await archiveRow(
      "FAILED",
      { updatedAt: before(48 * HOUR) },
      {
        failed_attempts: 6,
        revivals: ARCHIVE_MAX_REVIVALS,
      },
    );
    const { sent, queue } = recordingQueue();

    const result = await sweepArchives(sweepDeps(queue));

    expect(result.revived).toContain(failed);
    expect(sentIds(sent)).toContain(failed);
    for (const id of [justFailed, givenUp]) expect(sentIds(sent)).not.toContain(id);
    expect(await findArchive(db(), failed)).toMatchObject({ status: "RETRYING", failed_attempts: 0, revivals: 1 });
    expect(await findArchive(db(), givenUp)).toMatchObject({ status: "FAILED", revivals: ARCHIVE_MAX_REVIVALS });
  });

  it("is not revived once Stream has deleted the recording (STREAM_DELETE_RECORDING_AFTER_DAYS)", async () => {
    const expired = await archiveRow("FAILED", { updatedAt: before(2 * 24 * HOUR), createdAt: before(31 * 24 * HOUR) });
    const kept = await archiveRow("FAILED", { updatedAt: before(2 * 24 * HOUR), createdAt: before(29 * 24 * HOUR) });
    const { sent, queue } = recordingQueue();

    await sweepArchives(sweepDeps(queue, { deleteAfterDays: 30 }));

    expect(sentIds(sent)).toContain(kept);
    expect(sentIds(sent)).not.toContain(expired);
  });
});

describe("a re-enqueued archive", () => {
  it("is archived by the job the message starts, whole", async () => {
    const performanceId = await insertPerformance({ status: "ENDED", recording_video_id: env.RECORDED_VIDEO_ID });
    await db().deleteFrom("recording_archives").where("video_id", "=", env.RECORDED_VIDEO_ID).execute();
    await db()
      .insertInto("recording_archives")
      .values({
        video_id: env.RECORDED_VIDEO_ID,
        performance_id: performanceId,
        r2_key: archiveKey(performanceId, env.RECORDED_VIDEO_ID),
        created_at: before(5 * HOUR),
        updated_at: before(5 * HOUR),
      })
      .execute();
    const { sent, queue } = recordingQueue();
    await sweepArchives(sweepDeps(queue));
    expect(sentIds(sent)).toContain(env.RECORDED_VIDEO_ID);

    // The consumer's work for that message, with the real clock (the job signs Stream tokens).
    expect(await archiveRecording(appDeps(), env.RECORDED_VIDEO_ID)).toEqual({ kind: "archived" });
    const archive = await findArchive(db(), env.RECORDED_VIDEO_ID);
    expect(archive).toMatchObject({ status: "ARCHIVED", size_bytes: expect.any(Number) });
    expect((await env.ARCHIVES.head(archive!.r2_key))?.size).toBe(archive?.size_bytes);
  });
});
