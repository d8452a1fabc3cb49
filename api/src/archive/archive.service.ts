import { signPlayback } from "../broadcast/playback-token";
import type { PerformanceRow, RecordingArchiveRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { storeRecordingThumbnail } from "../media/thumbnails";
import { findPerformance } from "../performances/performances.repository";
import { type Download, StreamClient } from "../stream/client";
import { claimArchive, ensureArchive, findArchive, updateClaimedArchive } from "./archives.repository";

export interface ArchiveMessage {
  videoId: string;
}

/** R2 multipart parts: at least 5 MiB (R2's minimum but for the last); one is held in memory at a time. */
export const ARCHIVE_PART_BYTES = 10 * 1024 * 1024;
/** A job holds an archive this long; a job that died is taken over after it (a queue consumer runs at most 15 min). */
export const ARCHIVE_LEASE_MS = 15 * 60 * 1000;
/** Failed attempts before the job gives up and the archive shows FAILED. */
export const ARCHIVE_MAX_FAILED_ATTEMPTS = 6;
/** While Stream prepares the download, the job waits this long in place before asking the queue to try later. */
const DOWNLOAD_WAIT_MS = 20_000;
const DOWNLOAD_POLL_MS = 1000;
const PREPARING_RETRY_SECONDS = 30;

/** Stream did not hand over the MP4: the downloads API or the download failed. */
export class ArchiveSourceError extends Error {
  override name = "ArchiveSourceError";
}
/** R2 refused or failed a write. */
export class ArchiveStorageError extends Error {
  override name = "ArchiveStorageError";
}
/** The copy is not the whole file: fewer (or more) bytes than Stream announced, or than R2 holds. */
export class ArchiveIntegrityError extends Error {
  override name = "ArchiveIntegrityError";
}

export type ArchiveOutcome =
  | { kind: "archived" | "skipped" | "gave-up" }
  | { kind: "retry"; delaySeconds: number; reason: "preparing" | "held" | "failed" };

/** Knobs the tests turn; production uses the defaults. */
export interface ArchiveOptions {
  partBytes?: number;
  downloadWaitMs?: number;
  /** How the MP4 and the thumbnail are fetched (the Worker's fetch unless given) */
  fetcher?: (input: string, init?: RequestInit) => Promise<Response>;
}

/** Puts a ready recording on the archive queue (once: a recording archived already is left alone). */
export async function enqueueArchive(
  deps: AppDeps,
  recording: { performanceId: string; videoId: string },
): Promise<RecordingArchiveRow> {
  const row = await ensureArchive(deps.db, recording, deps.clock.now().toISOString());
  if (row.status !== "ARCHIVED") await deps.env.ARCHIVE_JOBS.send({ videoId: recording.videoId });
  return row;
}

/** The queue consumer: one archive per message, acknowledged when done or given up, retried otherwise. */
export async function runArchiveJobs(
  deps: AppDeps,
  batch: MessageBatch<ArchiveMessage>,
  options: ArchiveOptions = {},
): Promise<void> {
  for (const message of batch.messages) {
    const outcome = await archiveRecording(deps, message.body.videoId, options);
    if (outcome.kind === "retry") message.retry({ delaySeconds: outcome.delaySeconds });
    else message.ack();
  }
}

/**
 * Copies one recording's MP4 from Stream into R2: asks Stream for the download, waits for it,
 * and streams it into a multipart upload part by part (hashing it on the way), so a recording
 * hours long never sits in memory. The archive is ARCHIVED only once R2 holds every byte Stream
 * announced; an attempt that fails aborts its upload (nothing half-written stays) and is retried
 * with backoff, from the start.
 */
export async function archiveRecording(
  deps: AppDeps,
  videoId: string,
  options: ArchiveOptions = {},
): Promise<ArchiveOutcome> {
  const { db } = deps;
  const found = await findArchive(db, videoId);
  if (!found || found.status === "ARCHIVED" || found.status === "FAILED") return { kind: "skipped" };
  const now = deps.clock.now();
  const claimedAt = now.toISOString();
  const archive = await claimArchive(db, videoId, claimedAt, new Date(now.getTime() - ARCHIVE_LEASE_MS).toISOString());
  if (!archive) return { kind: "retry", delaySeconds: ARCHIVE_LEASE_MS / 1000, reason: "held" };
  const bucket = deps.env.ARCHIVES;
  if (archive.upload_id) await abortUpload(bucket, archive.r2_key, archive.upload_id);
  const update = (changes: Parameters<typeof updateClaimedArchive>[3]) =>
    updateClaimedArchive(db, videoId, claimedAt, { ...changes, updated_at: deps.clock.now().toISOString() });

  let uploadId: string | null = null;
  try {
    const performance = await findPerformance(db, archive.performance_id);
    if (!performance) return { kind: "skipped" };
    const stream = new StreamClient(deps.config.stream.client, options.fetcher);
    const { token } = await signPlayback(deps.config.stream, videoId, now, { downloadable: true });
    const download = await readyDownload(stream, videoId, options.downloadWaitMs ?? DOWNLOAD_WAIT_MS);
    if (download.status !== "ready") {
      await update({ status: "PENDING", claimed_at: null, download_percent: download.percentComplete });
      return { kind: "retry", delaySeconds: PREPARING_RETRY_SECONDS, reason: "preparing" };
    }
    await update({ download_percent: 100 });
    await recordingThumbnail(deps, performance, stream, token);

    const source = await stream.openMedia(stream.downloadPath(token)).catch((error: unknown) => {
      throw new ArchiveSourceError(`Stream did not serve the MP4: ${describe(error)}`, { cause: error });
    });
    const announced = source.headers.get("content-length");
    const total = announced === null ? null : Number(announced);
    const upload = await storage(() =>
      bucket.createMultipartUpload(archive.r2_key, {
        httpMetadata: { contentType: "video/mp4" },
        customMetadata: { performanceId: archive.performance_id, videoId },
      }),
    );
    uploadId = upload.uploadId;
    await update({ upload_id: uploadId, bytes_copied: 0, bytes_total: total });
    const copied = await copyInParts(source, upload, options.partBytes ?? ARCHIVE_PART_BYTES, (bytes) =>
      update({ bytes_copied: bytes }),
    );
    if (total !== null && copied.bytes !== total) {
      throw new ArchiveIntegrityError(`Stream announced ${total} bytes and sent ${copied.bytes}`);
    }
    const object = await storage(() => upload.complete(copied.parts));
    if (object.size !== copied.bytes) {
      throw new ArchiveIntegrityError(`R2 holds ${object.size} bytes of the ${copied.bytes} copied`);
    }
    uploadId = null;
    const archivedAt = deps.clock.now().toISOString();
    await update({
      status: "ARCHIVED",
      upload_id: null,
      claimed_at: null,
      bytes_copied: copied.bytes,
      bytes_total: copied.bytes,
      size_bytes: copied.bytes,
      sha256: copied.sha256,
      last_error: null,
      archived_at: archivedAt,
    });
    return { kind: "archived" };
  } catch (error) {
    if (uploadId) await abortUpload(bucket, archive.r2_key, uploadId);
    const failedAttempts = archive.failed_attempts + 1;
    const gaveUp = failedAttempts >= ARCHIVE_MAX_FAILED_ATTEMPTS;
    console.warn(`archive of recording ${videoId} failed (attempt ${failedAttempts}): ${describe(error)}`);
    await update({
      status: gaveUp ? "FAILED" : "RETRYING",
      upload_id: null,
      claimed_at: null,
      bytes_copied: 0,
      failed_attempts: failedAttempts,
      last_error: describe(error).slice(0, 500),
    });
    return gaveUp
      ? { kind: "gave-up" }
      : { kind: "retry", delaySeconds: retryDelaySeconds(failedAttempts), reason: "failed" };
  }
}

/** 30 s after the first failure, doubling, at most an hour. */
export function retryDelaySeconds(failedAttempts: number): number {
  return Math.min(3600, 30 * 2 ** (failedAttempts - 1));
}

/** The download, created if it was not; polled until ready or `waitMs` has passed. */
async function readyDownload(stream: StreamClient, videoId: string, waitMs: number): Promise<Download> {
  const deadline = Date.now() + waitMs;
  try {
    let download = (await stream.getDownloads(videoId)).default ?? (await stream.createDownload(videoId)).default;
    for (;;) {
      if (!download) throw new ArchiveSourceError("Stream answered no default download");
      if (download.status === "error") throw new ArchiveSourceError("Stream could not prepare the MP4 download");
      if (download.status === "ready" || Date.now() >= deadline) return download;
      await new Promise((resolve) => setTimeout(resolve, DOWNLOAD_POLL_MS));
      download = (await stream.getDownloads(videoId)).default;
    }
  } catch (error) {
    if (error instanceof ArchiveSourceError) throw error;
    throw new ArchiveSourceError(`Stream's downloads API failed: ${describe(error)}`, { cause: error });
  }
}

/** A thumbnail is a nicety: a failure to take one is logged and does not hold up the archive. */
async function recordingThumbnail(
  deps: AppDeps,
  performance: PerformanceRow,
  stream: StreamClient,
  token: string,
): Promise<void> {
  try {
    await storeRecordingThumbnail(deps, performance, { stream, token });
  } catch (error) {
    console.warn(`no thumbnail from recording for performance ${performance.id}: ${describe(error)}`);
  }
}

/**
 * Streams the response into the upload in parts of `partBytes` (the last may be shorter),
 * hashing every byte with SHA-256 as it passes. Reports the bytes copied after each part.
 */
async function copyInParts(
  source: Response,
  upload: R2MultipartUpload,
  partBytes: number,
  progress: (bytes: number) => Promise<unknown>,
): Promise<{ parts: R2UploadedPart[]; bytes: number; sha256: string }> {
  if (!source.body) throw new ArchiveSourceError("Stream sent no body");
  const reader = source.body.getReader();
  const digest = new (crypto as unknown as WorkersCrypto).DigestStream("SHA-256");
  const hash = digest.getWriter();
  const parts: R2UploadedPart[] = [];
  let part = new Uint8Array(partBytes);
  let filled = 0;
  let bytes = 0;
  const flush = async (data: Uint8Array) => {
    parts.push(await storage(() => upload.uploadPart(parts.length + 1, data)));
    await progress(bytes);
  };
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new ArchiveSourceError(`the MP4 download broke off after ${bytes} bytes: ${describe(error)}`, {
        cause: error,
      });
    }
    if (chunk.done) break;
    const data = chunk.value;
    await hash.write(data);
    bytes += data.byteLength;
    for (let offset = 0; offset < data.byteLength;) {
      const taken = Math.min(partBytes - filled, data.byteLength - offset);
      part.set(data.subarray(offset, offset + taken), filled);
      filled += taken;
      offset += taken;
      if (filled === partBytes) {
        await flush(part);
        part = new Uint8Array(partBytes);
        filled = 0;
      }
    }
  }
  if (filled > 0 || parts.length === 0) await flush(part.subarray(0, filled));
  await hash.close();
  const sha256 = [...new Uint8Array(await digest.digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return { parts, bytes, sha256 };
}

// The test pool's Node types shadow the Workers' Crypto, which has DigestStream (a streaming hash).
type WorkersCrypto = { DigestStream: typeof DigestStream };

async function storage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ArchiveIntegrityError) throw error;
    throw new ArchiveStorageError(`R2 failed: ${describe(error)}`, { cause: error });
  }
}

async function abortUpload(bucket: R2Bucket, key: string, uploadId: string): Promise<void> {
  try {
    await bucket.resumeMultipartUpload(key, uploadId).abort();
  } catch (error) {
    // R2 drops abandoned uploads by itself after a week; this one is never completed either way.
    console.warn(`could not abort the upload of ${key}: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
