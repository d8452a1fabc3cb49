/**
 * A video (a live input's recording) as stream-local stores it, and its Cloudflare shape.
 */
import type { PublicUrls } from "../config";
import type { RecordCollection } from "../state/record-collection";
import type { StateStore } from "../state/state-store";
import type { CaptionRecord } from "./captions";

export type VideoState = "live-inprogress" | "ready" | "error";

export interface VideoRecord {
  uid: string;
  liveInput: string | null;
  created: string;
  modified: string;
  meta: Record<string, unknown>;
  requireSignedURLs: boolean;
  allowedOrigins: string[];
  state: VideoState;
  readyToStreamAt: string | null;
  /** Seconds; -1 while live. */
  duration: number;
  width: number;
  height: number;
  size: number;
  errorReasonCode: string;
  errorReasonText: string;
  /** Copied from the input when the recording becomes ready. */
  deleteRecordingAfterDays: number | null;
  scheduledDeletion: string | null;
  /** Uploaded WebVTT captions, one per language; absent on records older than captions. */
  captions?: CaptionRecord[];
}

export type VideoRecords = RecordCollection<VideoRecord>;

export function videoRecords(store: StateStore): VideoRecords {
  return store.collection("videos", (video: VideoRecord) => video.uid);
}

/** A live input's recordings, newest first, as Cloudflare lists them. */
export function recordingsOf(videos: VideoRecords, inputUid: string): VideoRecord[] {
  return videos
    .list()
    .filter((video) => video.liveInput === inputUid)
    .sort((a, b) => b.created.localeCompare(a.created));
}

export function toCloudflareVideo(video: VideoRecord, urls: PublicUrls) {
  const base = `${urls.playbackBase}/${video.uid}`;
  return {
    uid: video.uid,
    creator: null,
    thumbnail: `${base}/thumbnails/thumbnail.jpg`,
    thumbnailTimestampPct: 0,
    readyToStream: video.state === "ready",
    readyToStreamAt: video.readyToStreamAt,
    status: {
      state: video.state,
      pctComplete: video.state === "ready" ? "100.000000" : "0.000000",
      errorReasonCode: video.errorReasonCode,
      errorReasonText: video.errorReasonText,
    },
    meta: video.meta,
    created: video.created,
    modified: video.modified,
    scheduledDeletion: video.scheduledDeletion,
    size: video.size,
    preview: `${base}/watch`,
    allowedOrigins: video.allowedOrigins,
    requireSignedURLs: video.requireSignedURLs,
    uploaded: video.created,
    uploadExpiry: null,
    maxSizeBytes: null,
    maxDurationSeconds: null,
    duration: video.duration,
    input: { width: video.width, height: video.height },
    playback: { hls: `${base}/manifest/video.m3u8`, dash: `${base}/manifest/video.mpd` },
    watermark: null,
    liveInput: video.liveInput ?? undefined,
    clippedFrom: null,
  };
}

export type CloudflareVideo = ReturnType<typeof toCloudflareVideo>;
