import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { appDeps, attachReplay, db, insertPerformance, organizer, type TestAccount, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk } from "../../test/graphql-client";
import { readConfig } from "../config";
import { serveArchiveDownload } from "./archive-download";
import { archiveKey, ensureArchive } from "./archives.repository";
import { DOWNLOAD_LINK_TTL_SECONDS, signDownloadLink } from "./download-link";

const RecordingArchive = graphql(`
  query RecordingArchive($id: ID!) {
    performance(id: $id) {
      recording {
        durationSeconds
        archive {
          status
          progressPercent
          sizeBytes
          checksumSha256
          archivedAt
          downloadUrl
          downloadUrlExpiresAt
          failureReason
        }
      }
    }
  }
`);

const MP4 = Uint8Array.from({ length: 5000 }, (_, i) => i % 251);

/** A show whose recording R2 holds, as the archive job leaves it. */
async function archivedShow(status: "ARCHIVED" | "RETRYING" = "ARCHIVED") {
  const now = new Date().toISOString();
  const videoId = crypto.randomUUID().replaceAll("-", "");
  const performanceId = await insertPerformance({ status: "ENDED", ended_at: now });
  await attachReplay(performanceId, { videoId, durationSeconds: 60 });
  await ensureArchive(db(), { performanceId, videoId }, now);
  if (status === "ARCHIVED") await env.ARCHIVES.put(archiveKey(performanceId, videoId), MP4);
  await db()
    .updateTable("recording_archives")
    .set(
      status === "ARCHIVED"
        ? {
            status,
            size_bytes: MP4.byteLength,
            sha256: "ab".repeat(32),
            archived_at: now,
            bytes_copied: MP4.byteLength,
          }
        : { status, failed_attempts: 1, last_error: "ArchiveSourceError: Stream's downloads API failed" },
    )
    .where("video_id", "=", videoId)
    .execute();
  return { performanceId, videoId };
}

describe("Recording.archive", () => {
  let boss: TestAccount;
  beforeAll(async () => {
    boss = await organizer();
  });

  it("shows organizers the archive's size, checksum, time and a signed download link", async () => {
    const { performanceId, videoId } = await archivedShow();
    const data = await executeOk(RecordingArchive, { id: performanceId }, { token: boss.token });
    const archive = data.performance?.recording?.archive;
    expect(archive).toMatchObject({
      status: "ARCHIVED",
      progressPercent: 100,
      sizeBytes: MP4.byteLength,
      checksumSha256: "ab".repeat(32),
      archivedAt: expect.any(String),
      failureReason: null,
    });
    expect(archive?.downloadUrl).toMatch(
      new RegExp(
        `^https://firestream\\.example\\.com/api/archives/${performanceId}/${videoId}\\.mp4\\?expires=\\d+&signature=`,
      ),
    );
    expect(Date.parse(archive?.downloadUrlExpiresAt ?? "") - Date.now()).toBeLessThanOrEqual(
      DOWNLOAD_LINK_TTL_SECONDS * 1000,
    );
  });

  it("tells organizers why an attempt failed, with no link", async () => {
    const { performanceId } = await archivedShow("RETRYING");
    const data = await executeOk(RecordingArchive, { id: performanceId }, { token: boss.token });
    expect(data.performance?.recording?.archive).toMatchObject({
      status: "RETRYING",
      sizeBytes: null,
      downloadUrl: null,
      failureReason: "ArchiveSourceError: Stream's downloads API failed",
    });
  });

  it("is null, with FORBIDDEN, for a viewer, and UNAUTHENTICATED when signed out", async () => {
    const { performanceId } = await archivedShow();
    const fan = await viewer();
    const asFan = await execute(RecordingArchive, { id: performanceId }, { token: fan.token });
    expect(asFan.data?.performance?.recording).toMatchObject({ durationSeconds: 60, archive: null });
    expect(asFan.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    const signedOut = await execute(RecordingArchive, { id: performanceId }, {});
    expect(signedOut.data?.performance?.recording?.archive).toBeNull();
    expect(signedOut.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("GET /api/archives/<performance>/<video>.mp4", () => {
  let boss: TestAccount;
  let fan: TestAccount;
  let show: { performanceId: string; videoId: string };
  let link: string;

  const get = (url: string, headers: Record<string, string> = {}, method = "GET", now?: Date) =>
    serveArchiveDownload(new Request(url, { method, headers }), appDeps({ now }));
  const asBoss = (range?: string) => ({ authorization: `Bearer ${boss.token}`, ...(range ? { range } : {}) });

  beforeAll(async () => {
    [boss, fan] = [await organizer(), await viewer()];
    show = await archivedShow();
    link = (await signDownloadLink(readConfig(env), show, new Date())).url;
  });

  it("serves the whole MP4 to an organizer with a valid link", async () => {
    const response = await get(link, asBoss());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("video/mp4");
    expect(response.headers.get("content-length")).toBe(String(MP4.byteLength));
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${show.videoId}.mp4"`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(MP4);
  });

  it("serves byte ranges with 206 and Content-Range", async () => {
    for (const [range, start, end] of [
      ["bytes=0-99", 0, 99],
      ["bytes=4900-", 4900, 4999],
      ["bytes=-10", 4990, 4999],
      ["bytes=4990-9999", 4990, 4999],
    ] as const) {
      const response = await get(link, asBoss(range));
      expect(response.status, range).toBe(206);
      expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${MP4.byteLength}`);
      expect(response.headers.get("content-length")).toBe(String(end - start + 1));
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(MP4.subarray(start, end + 1));
    }
  });

  it("answers 416 with the size for a range it cannot satisfy", async () => {
    for (const range of ["bytes=5000-", "bytes=10-5", "bytes=-0", "bytes=0-1,5-6", "items=0-1", "bytes=-"]) {
      const response = await get(link, asBoss(range));
      expect(response.status, range).toBe(416);
      expect(response.headers.get("content-range")).toBe(`bytes */${MP4.byteLength}`);
    }
  });

  it("answers HEAD with the headers and no body", async () => {
    const response = await get(link, asBoss(), "HEAD");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(MP4.byteLength));
    expect(await response.text()).toBe("");
  });

  it("refuses an expired link with 410", async () => {
    const later = new Date(Date.now() + (DOWNLOAD_LINK_TTL_SECONDS + 1) * 1000);
    expect((await get(link, asBoss(), "GET", later)).status).toBe(410);
  });

  it("refuses a tampered signature, a moved expiry and a missing signature with 403", async () => {
    const tampered = new URL(link);
    const signature = tampered.searchParams.get("signature") ?? "";
    tampered.searchParams.set("signature", `${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`);
    expect((await get(tampered.href, asBoss())).status).toBe(403);
    const extended = new URL(link);
    extended.searchParams.set("expires", String(Number(extended.searchParams.get("expires")) + 86_400));
    expect((await get(extended.href, asBoss())).status).toBe(403);
    const unsigned = new URL(link);
    unsigned.searchParams.delete("signature");
    expect((await get(unsigned.href, asBoss())).status).toBe(403);
  });

  it("does not open another show's archive with this link's signature", async () => {
    const other = await archivedShow();
    const moved = new URL(link);
    moved.pathname = `/api/archives/${other.performanceId}/${other.videoId}.mp4`;
    expect((await get(moved.href, asBoss())).status).toBe(403);
    // A link signed for another show's path and this show's recording finds no such archive.
    const mixed = await signDownloadLink(
      readConfig(env),
      { performanceId: other.performanceId, videoId: show.videoId },
      new Date(),
    );
    expect((await get(mixed.url, asBoss())).status).toBe(404);
  });

  it("refuses a signed-out caller (401), a bad token (401) and a viewer (403)", async () => {
    expect((await get(link)).status).toBe(401);
    expect((await get(link, { authorization: "Bearer not-a-token" })).status).toBe(401);
    expect((await get(link, { authorization: `Bearer ${fan.token}` })).status).toBe(403);
  });

  it("serves nothing for an archive that is not complete", async () => {
    const failed = await archivedShow("RETRYING");
    const failedLink = (await signDownloadLink(readConfig(env), failed, new Date())).url;
    expect((await get(failedLink, asBoss())).status).toBe(404);
  });
});
