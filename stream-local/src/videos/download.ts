/**
 * A video's MP4 download, as Cloudflare keeps it: created on request (`POST .../downloads`), then
 * prepared for a while (`inprogress` with a percentage), then `ready` at
 * `<playback base>/<uid or token>/downloads/default.mp4`. Before it is ready, that URL is unknown.
 */
import type { PublicUrls } from "../config";
import type { RecordCollection } from "../state/record-collection";
import type { StateStore } from "../state/state-store";

/** How long stream-local "prepares" a download: long enough for a client to see `inprogress`. */
export const DOWNLOAD_PREPARE_MS = 1500;

export interface DownloadRecord {
  /** The video's uid */
  uid: string;
  created: string;
  readyAt: string;
}

export type DownloadRecords = RecordCollection<DownloadRecord>;

export function downloadRecords(store: StateStore): DownloadRecords {
  return store.collection("downloads", (download: DownloadRecord) => download.uid);
}

export function newDownload(uid: string, now = new Date()): DownloadRecord {
  return {
    uid,
    created: now.toISOString(),
    readyAt: new Date(now.getTime() + DOWNLOAD_PREPARE_MS).toISOString(),
  };
}

export function isDownloadReady(download: DownloadRecord | undefined, now = new Date()): boolean {
  return download !== undefined && Date.parse(download.readyAt) <= now.getTime();
}

/** `{ default: { status, url, percentComplete } }`, as Cloudflare answers the downloads API. */
export function toCloudflareDownloads(download: DownloadRecord, urls: PublicUrls, now = new Date()) {
  const start = Date.parse(download.created);
  const span = Math.max(1, Date.parse(download.readyAt) - start);
  const ready = isDownloadReady(download, now);
  const percent = ready ? 100 : Math.min(99, Math.max(0, ((now.getTime() - start) / span) * 100));
  return {
    default: {
      status: ready ? ("ready" as const) : ("inprogress" as const),
      url: `${urls.playbackBase}/${download.uid}/downloads/default.mp4`,
      percentComplete: Math.round(percent * 100) / 100,
    },
  };
}
