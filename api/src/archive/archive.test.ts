import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { appDeps, db, insertPerformance } from "../../test/fixtures";
import { videoSignature } from "../../test/webhooks";
import { signPlayback } from "../broadcast/playback-token";
import { readConfig } from "../config";
import { StreamClient } from "../stream/client";
import {
  ARCHIVE_LEASE_MS,
  ARCHIVE_MAX_FAILED_ATTEMPTS,
  type ArchiveMessage,
  archiveRecording,
  retryDelaySeconds,
  runArchiveJobs,
} from "./archive.service";
import { archiveKey, ensureArchive, findArchive } from "./archives.repository";

const videoId = env.RECORDED_VIDEO_ID;
const stream = () => new StreamClient(readConfig(env).stream.client);

/** The recording's MP4 as Stream serves it, to compare the archive with. */
async function streamMp4(): Promise<{ bytes: Uint8Array; sha256: string }> {
  await stream().createDownload(videoId);
  for (let i = 0; (await stream().getDownloads(videoId)).default?.status !== "ready"; i++) {
    if (i > 60) throw new Error("the download did not become ready");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { token } = await signPlayback(readConfig(env).stream, videoId, new Date(), { downloadable: true });
  const bytes = new Uint8Array(await (await stream().openMedia(stream().downloadPath(token))).arrayBuffer());
  return { bytes, sha256: hex(await crypto.subtle.digest("SHA-256", bytes)) };
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** An ended show whose recording is the test stream-local's recorded video, with an archive queued for it. */
async function endedShowWithArchive(values: Parameters<typeof insertPerformance>[0] = {}) {
  const now = new Date().toISOString();
  const performanceId = await insertPerformance({
    status: "ENDED",
    started_at: now,
    ended_at: now,
    recording_video_id: videoId,
    recording_duration_seconds: 6,
    recording_ready_at: now,
    ...values,
  });
  await ensureArchive(db(), { performanceId, videoId }, now);
  return { performanceId, key: archiveKey(performanceId, videoId) };
}

/** Stream's MP4 response, cut off with an error after half its bytes. */
function diesHalfway(): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!String(input).endsWith("/downloads/default.mp4")) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const half = Math.floor(bytes.byteLength / 2);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, half));
      },
      pull(controller) {
        controller.error(new Error("connection reset by peer"));
      },
    });
    return new Response(body, { status: 200, headers: response.headers });
  };
}

/** R2 that fails every write of a multipart upload (R2 down). */
function failingBucket(bucket: R2Bucket): R2Bucket {
  return new Proxy(bucket, {
    get(target, property) {
      if (property === "createMultipartUpload") {
        return async () => {
          throw new Error("R2 is unavailable (503)");
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

beforeEach(async () => {
  await db().deleteFrom("recording_archives").execute();
  const listed = await env.ARCHIVES.list();
  if (listed.objects.length > 0) await env.ARCHIVES.delete(listed.objects.map((object) => object.key));
});

describe("archiving a ready recording into R2", () => {
  it("streams Stream's MP4 into R2 and records its size and SHA-256", async () => {
    const expected = await streamMp4();
    const { performanceId, key } = await endedShowWithArchive();
    // Stream checks the download token's expiry against its own clock: the instant must be now.
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);

    expect(await archiveRecording(appDeps({ now }), videoId)).toEqual({ kind: "archived" });

    const object = await env.ARCHIVES.get(key);
    expect(object?.size).toBe(expected.bytes.byteLength);
    expect(new Uint8Array(await object!.arrayBuffer())).toEqual(expected.bytes);
    expect(object?.httpMetadata?.contentType).toBe("video/mp4");
    expect(await findArchive(db(), videoId)).toMatchObject({
      performance_id: performanceId,
      status: "ARCHIVED",
      size_bytes: expected.bytes.byteLength,
      sha256: expected.sha256,
      bytes_copied: expected.bytes.byteLength,
      archived_at: now.toISOString(),
      upload_id: null,
      failed_attempts: 0,
    });
  });

  it("takes the show's thumbnail from the recording when the organizer uploaded none", async () => {
    const { performanceId } = await endedShowWithArchive();
    await archiveRecording(appDeps(), videoId);
    const show = await db().selectFrom("performances").selectAll().where("id", "=", performanceId).executeTakeFirst();
    expect(show?.thumbnail_key).toMatch(/^thumbnails\/.+\.jpg$/);
    const image = await env.MEDIA.get(show!.thumbnail_key!);
    expect([...new Uint8Array(await image!.arrayBuffer()).slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it("keeps the organizer's own thumbnail", async () => {
    const { performanceId } = await endedShowWithArchive({ thumbnail_key: "thumbnails/organizers-own.png" });
    const before = (await env.MEDIA.list({ prefix: "thumbnails/" })).objects.length;
    await archiveRecording(appDeps(), videoId);
    const show = await db().selectFrom("performances").selectAll().where("id", "=", performanceId).executeTakeFirst();
    expect(show?.thumbnail_key).toBe("thumbnails/organizers-own.png");
    expect((await env.MEDIA.list({ prefix: "thumbnails/" })).objects).toHaveLength(before);
  });

  it("waits while Stream prepares the download, without counting a failure", async () => {
    await stream().deleteDownloads(videoId);
    await endedShowWithArchive();

    const outcome = await archiveRecording(appDeps(), videoId, { downloadWaitMs: 0 });

    expect(outcome).toEqual({ kind: "retry", delaySeconds: 30, reason: "preparing" });
    const archive = await findArchive(db(), videoId);
    expect(archive).toMatchObject({ status: "PENDING", failed_attempts: 0, claimed_at: null });
    expect(archive?.download_percent).toBeLessThan(100);
    expect((await stream().getDownloads(videoId)).default).toBeDefined();
  });
});

describe("an archive that fails", () => {
  it("never presents a copy that died halfway as complete, and the next attempt copies it whole", async () => {
    const expected = await streamMp4();
    const { key } = await endedShowWithArchive();

    const outcome = await archiveRecording(appDeps(), videoId, { fetcher: diesHalfway() });

    expect(outcome).toEqual({ kind: "retry", delaySeconds: 30, reason: "failed" });
    expect(await env.ARCHIVES.head(key)).toBeNull();
    const failed = await findArchive(db(), videoId);
    expect(failed).toMatchObject({
      status: "RETRYING",
      failed_attempts: 1,
      upload_id: null,
      bytes_copied: 0,
      size_bytes: null,
      archived_at: null,
    });
    expect(failed?.last_error).toMatch(/^ArchiveSourceError: the MP4 download broke off after \d+ bytes/);

    expect(await archiveRecording(appDeps(), videoId)).toEqual({ kind: "archived" });
    expect((await env.ARCHIVES.head(key))?.size).toBe(expected.bytes.byteLength);
    expect(await findArchive(db(), videoId)).toMatchObject({ status: "ARCHIVED", sha256: expected.sha256 });
  });

  it("refuses a download that ends before the bytes Stream announced", async () => {
    const { key } = await endedShowWithArchive();
    const short: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith("/downloads/default.mp4")) return response;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const headers = new Headers(response.headers);
      headers.set("content-length", String(bytes.byteLength + 1000));
      const { readable, writable } = new FixedLengthStream(bytes.byteLength);
      const writer = writable.getWriter();
      void writer.write(bytes).then(() => writer.close());
      return new Response(readable, { status: 200, headers });
    };

    const outcome = await archiveRecording(appDeps(), videoId, { fetcher: short });

    expect(outcome).toMatchObject({ kind: "retry", reason: "failed" });
    expect(await env.ARCHIVES.head(key)).toBeNull();
    expect((await findArchive(db(), videoId))?.last_error).toMatch(/^ArchiveIntegrityError/);
  });

  it("with Stream down: a typed error, retried with a doubling delay, and given up after repeated failures", async () => {
    const streamDown = { ...env, STREAM_API_BASE: env.REFUSING_STREAM_BASE, STREAM_RETRIES: "0" } as Env;
    await endedShowWithArchive();

    const delays: number[] = [];
    for (let attempt = 1; attempt < ARCHIVE_MAX_FAILED_ATTEMPTS; attempt++) {
      const outcome = await archiveRecording(appDeps({ env: streamDown }), videoId);
      expect(outcome).toMatchObject({ kind: "retry", reason: "failed" });
      if (outcome.kind === "retry") delays.push(outcome.delaySeconds);
    }
    expect(delays).toEqual([30, 60, 120, 240, 480]);
    expect((await findArchive(db(), videoId))?.last_error).toMatch(
      /^ArchiveSourceError: Stream's downloads API failed/,
    );

    expect(await archiveRecording(appDeps({ env: streamDown }), videoId)).toEqual({ kind: "gave-up" });
    expect(await findArchive(db(), videoId)).toMatchObject({ status: "FAILED", failed_attempts: 6 });
    // A delivery after giving up changes nothing, even with Stream back.
    expect(await archiveRecording(appDeps(), videoId)).toEqual({ kind: "skipped" });
    expect(retryDelaySeconds(20)).toBe(3600);
  });

  it("with R2 down: a typed error, nothing stored, retried", async () => {
    const { key } = await endedShowWithArchive();
    const r2Down = { ...env, ARCHIVES: failingBucket(env.ARCHIVES) } as Env;

    const outcome = await archiveRecording(appDeps({ env: r2Down }), videoId);

    expect(outcome).toEqual({ kind: "retry", delaySeconds: 30, reason: "failed" });
    expect(await env.ARCHIVES.head(key)).toBeNull();
    expect(await findArchive(db(), videoId)).toMatchObject({ status: "RETRYING", failed_attempts: 1 });
    expect((await findArchive(db(), videoId))?.last_error).toMatch(/^ArchiveStorageError: R2 failed/);
  });

  it("takes over an archive whose job died, aborting the upload it left behind", async () => {
    const expected = await streamMp4();
    const { key } = await endedShowWithArchive();
    const abandoned = await env.ARCHIVES.createMultipartUpload(key);
    await abandoned.uploadPart(1, expected.bytes.slice(0, 1000));
    const longAgo = new Date(Date.now() - ARCHIVE_LEASE_MS - 60_000).toISOString();
    await db()
      .updateTable("recording_archives")
      .set({ status: "ARCHIVING", claimed_at: longAgo, upload_id: abandoned.uploadId, bytes_copied: 1000 })
      .execute();

    expect(await archiveRecording(appDeps(), videoId)).toEqual({ kind: "archived" });

    expect((await env.ARCHIVES.head(key))?.size).toBe(expected.bytes.byteLength);
    await expect(abandoned.uploadPart(2, new Uint8Array(10))).rejects.toThrow();
  });

  it("leaves an archive that another job holds alone, and asks to be tried after its lease", async () => {
    await endedShowWithArchive();
    await db()
      .updateTable("recording_archives")
      .set({ status: "ARCHIVING", claimed_at: new Date().toISOString() })
      .execute();

    expect(await archiveRecording(appDeps(), videoId)).toEqual({
      kind: "retry",
      delaySeconds: ARCHIVE_LEASE_MS / 1000,
      reason: "held",
    });
  });
});

describe("archive queue deliveries", () => {
  it("archive once when the same message arrives twice at once, and acknowledge a later one", async () => {
    const expected = await streamMp4();
    const { key } = await endedShowWithArchive();
    const delivery = (id: string) =>
      createMessageBatch<ArchiveMessage>("firestream-archives", [
        { id, timestamp: new Date(), attempts: 1, body: { videoId } },
      ]);
    const [first, second] = [delivery("first"), delivery("second")];

    await Promise.all([runArchiveJobs(appDeps(), first), runArchiveJobs(appDeps(), second)]);

    const ctx = createExecutionContext();
    const results = [await getQueueResult(first, ctx), await getQueueResult(second, ctx)];
    expect(results.flatMap((result) => result.explicitAcks)).toHaveLength(1);
    expect(results.flatMap((result) => result.retryMessages)).toHaveLength(1);
    expect((await env.ARCHIVES.head(key))?.size).toBe(expected.bytes.byteLength);

    const later = delivery("later");
    await runArchiveJobs(appDeps(), later);
    expect((await getQueueResult(later, ctx)).explicitAcks).toEqual(["later"]);
    expect(await findArchive(db(), videoId)).toMatchObject({ status: "ARCHIVED", failed_attempts: 0 });
  });
});

describe("the video webhook and the archive queue", () => {
  async function deliverVideo(state: "ready" | "error", liveInput: string) {
    const body = JSON.stringify({
      uid: videoId,
      readyToStream: state === "ready",
      status: { state, pctComplete: "100.000000", errorReasonCode: state === "error" ? "ERR_NON_VIDEO" : "" },
      liveInput,
      duration: state === "ready" ? 6 : -1,
      meta: {},
      created: "2026-11-24T10:00:00.000Z",
      modified: new Date().toISOString(),
    });
    const response = await exports.default.fetch("https://firestream.example.com/api/webhooks/stream", {
      method: "POST",
      headers: { "content-type": "application/json", "webhook-signature": await videoSignature(body) },
      body,
    });
    expect(response.status).toBe(200);
  }

  it("queue no archive for a recording that failed processing", async () => {
    const liveInput = crypto.randomUUID().replaceAll("-", "");
    await insertPerformance({ status: "ENDED", live_input_id: liveInput, ended_at: new Date().toISOString() });

    await deliverVideo("error", liveInput);

    expect(await db().selectFrom("recording_archives").selectAll().execute()).toEqual([]);
  });

  it("queue the archive of a ready recording, which the consumer copies into R2", async () => {
    const expected = await streamMp4();
    const performanceId = await insertPerformance({
      status: "ENDED",
      live_input_id: env.RECORDED_LIVE_INPUT_ID,
      ended_at: new Date().toISOString(),
    });

    await deliverVideo("ready", env.RECORDED_LIVE_INPUT_ID);

    expect((await findArchive(db(), videoId))?.performance_id).toBe(performanceId);
    for (let i = 0; (await findArchive(db(), videoId))?.status !== "ARCHIVED"; i++) {
      if (i > 120) throw new Error(`not archived: ${JSON.stringify(await findArchive(db(), videoId))}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect((await env.ARCHIVES.head(archiveKey(performanceId, videoId)))?.size).toBe(expected.bytes.byteLength);
  });
});
