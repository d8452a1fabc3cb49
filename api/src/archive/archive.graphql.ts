import { RecordingRef } from "../broadcast/broadcast.graphql";
import type { RecordingArchiveRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { builder } from "../schema/builder";
import { findArchivesByVideoIds } from "./archives.repository";
import { signDownloadLink } from "./download-link";

const ArchiveStatusEnum = builder.enumType("ArchiveStatus", {
  description: "How far the copy of a recording into FireStream's own storage (R2) is.",
  values: {
    PENDING: { description: "Waiting for Stream to prepare the MP4 (progressPercent is Stream's)" },
    ARCHIVING: { description: "Copying the MP4 into R2 (progressPercent of the bytes)" },
    ARCHIVED: { description: "R2 holds the whole MP4: sizeBytes, checksumSha256 and downloadUrl are set" },
    RETRYING: {
      description: "The last attempt failed (failureReason); nothing half-written is kept; it will be tried again",
    },
    FAILED: { description: "Given up after repeated failures (failureReason); the recording is still in Stream" },
  },
});

const RecordingArchiveRef = builder.objectRef<RecordingArchiveRow>("RecordingArchive").implement({
  description: "The recording's copy in R2, kept after Stream deletes its own. Organizers only.",
  authScopes: { organizer: true },
  fields: (t) => ({
    status: t.field({
      type: ArchiveStatusEnum,
      description: "Where the copy stands: waiting for Stream, copying, archived, retrying or failed",
      resolve: (archive) => archive.status,
    }),
    progressPercent: t.float({
      description: "0-100: Stream's preparation while PENDING, the bytes copied while ARCHIVING; 100 once ARCHIVED",
      resolve: (archive) => {
        if (archive.status === "ARCHIVED") return 100;
        if (archive.status === "PENDING") return archive.download_percent;
        if (archive.status === "ARCHIVING" && archive.bytes_total) {
          return Math.min(99.9, (archive.bytes_copied / archive.bytes_total) * 100);
        }
        return 0;
      },
    }),
    sizeBytes: t.float({
      nullable: true,
      description: "Size of the archived MP4 in bytes (a Float: recordings pass 2^31 bytes); null until ARCHIVED",
      resolve: (archive) => (archive.status === "ARCHIVED" ? archive.size_bytes : null),
    }),
    checksumSha256: t.string({
      nullable: true,
      description: "SHA-256 of the archived MP4, hex; null until ARCHIVED",
      resolve: (archive) => (archive.status === "ARCHIVED" ? archive.sha256 : null),
    }),
    archivedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the archive was completed (UTC); null until ARCHIVED",
      resolve: (archive) => (archive.status === "ARCHIVED" ? archive.archived_at : null),
    }),
    downloadUrl: t.string({
      nullable: true,
      description:
        "A link to the MP4 (byte ranges supported), signed for an hour (downloadUrlExpiresAt) and working only for a signed-in organizer; ask again for a fresh one. Null until ARCHIVED",
      resolve: async (archive, _args, context) =>
        archive.status === "ARCHIVED" ? (await linkOf(context.deps, archive)).url : null,
    }),
    downloadUrlExpiresAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When downloadUrl stops working (UTC)",
      resolve: async (archive, _args, context) =>
        archive.status === "ARCHIVED" ? (await linkOf(context.deps, archive)).expiresAt : null,
    }),
    failedAttempts: t.int({
      description: "How many attempts failed so far (the job gives up after 6)",
      resolve: (archive) => archive.failed_attempts,
    }),
    failureReason: t.string({
      nullable: true,
      description: "Why the last attempt failed, while RETRYING or FAILED",
      resolve: (archive) => (archive.status === "RETRYING" || archive.status === "FAILED" ? archive.last_error : null),
    }),
  }),
});

function linkOf(deps: AppDeps, archive: RecordingArchiveRow) {
  return signDownloadLink(
    deps.config,
    { performanceId: archive.performance_id, videoId: archive.video_id },
    deps.clock.now(),
  );
}

builder.objectFields(RecordingRef, (t) => ({
  archive: t.loadable({
    type: RecordingArchiveRef,
    nullable: true,
    description:
      "The recording's copy in R2 and how far it is. Organizers only (null, with FORBIDDEN or UNAUTHENTICATED in errors, for anyone else); null before the archive job was queued",
    authScopes: { organizer: true },
    load: async (videoIds: string[], context) => {
      const rows = await findArchivesByVideoIds(context.deps.db, videoIds);
      const byVideo = new Map(rows.map((row) => [row.video_id, row]));
      return videoIds.map((id) => byVideo.get(id) ?? null);
    },
    resolve: (recording) => recording.videoId,
  }),
}));
