/**
 * A live input as stream-local stores it, and its Cloudflare shape (the one place where the
 * stored record becomes API output).
 */
import { randomBytes } from "node:crypto";
import type { PublicUrls } from "../config";
import type { FeedMeasures } from "../ingest/feed-inspector";
import { newUid } from "../ids";
import type { RecordCollection } from "../state/record-collection";
import type { StateStore } from "../state/state-store";

export interface RecordingSettings {
  mode: "off" | "automatic";
  timeoutSeconds: number;
  requireSignedURLs: boolean;
  allowedOrigins: string[] | null;
  hideLiveViewerCount: boolean;
}

export type ConnectionState = "connected" | "disconnected";

export interface ConnectionStatus {
  state: ConnectionState;
  reason: string;
  statusEnteredAt: string;
  statusLastSeen: string;
}

/** Cloudflare's credentials look like `<32 hex secret>k<input uid>`. */
export interface LiveInputCredentials {
  rtmpsKey: string;
  rtmpsPlaybackKey: string;
  srtPassphrase: string;
  srtPlaybackPassphrase: string;
  webRtcKey: string;
}

export interface LiveInputRecord {
  uid: string;
  created: string;
  modified: string;
  meta: Record<string, unknown>;
  enabled: boolean;
  recording: RecordingSettings;
  deleteRecordingAfterDays: number | null;
  preferLowLatency: boolean;
  defaultCreator: string | null;
  credentials: LiveInputCredentials;
  status: ConnectionStatus | null;
  statusHistory: ConnectionStatus[];
}

export type LiveInputRecords = RecordCollection<LiveInputRecord>;

export function liveInputRecords(store: StateStore): LiveInputRecords {
  return store.collection("live-inputs", (input: LiveInputRecord) => input.uid);
}

export function findLiveInputByStreamKey(inputs: LiveInputRecords, streamKey: string): LiveInputRecord | undefined {
  return inputs.find((input) => input.credentials.rtmpsKey === streamKey);
}

const DEFAULT_RECORDING: RecordingSettings = {
  mode: "off",
  timeoutSeconds: 0,
  requireSignedURLs: false,
  allowedOrigins: null,
  hideLiveViewerCount: false,
};

const STATUS_HISTORY_LENGTH = 10;

function newCredentials(uid: string): LiveInputCredentials {
  const secret = () => `${randomBytes(16).toString("hex")}k${uid}`;
  return {
    rtmpsKey: secret(),
    rtmpsPlaybackKey: secret(),
    srtPassphrase: secret(),
    srtPlaybackPassphrase: secret(),
    webRtcKey: secret(),
  };
}

/** Masks the secret half of every stream key in a text, for log lines (stream keys are secrets). */
export function redactStreamKeys(text: string): string {
  return text.replace(/[0-9a-f]{32}k(?=[0-9a-f]{32})/g, "<secret>k");
}

export function newLiveInput(now: string): LiveInputRecord {
  const uid = newUid();
  return {
    uid,
    created: now,
    modified: now,
    meta: {},
    enabled: true,
    recording: { ...DEFAULT_RECORDING },
    deleteRecordingAfterDays: null,
    preferLowLatency: false,
    defaultCreator: null,
    credentials: newCredentials(uid),
    status: null,
    statusHistory: [],
  };
}

/** The publish credentials change; the playback ones stay, as viewers may hold them. */
export function withRotatedKeys(input: LiveInputRecord, now: string): LiveInputRecord {
  const fresh = newCredentials(input.uid);
  return {
    ...input,
    modified: now,
    credentials: {
      ...input.credentials,
      rtmpsKey: fresh.rtmpsKey,
      srtPassphrase: fresh.srtPassphrase,
      webRtcKey: fresh.webRtcKey,
    },
  };
}

export function withConnectionState(
  input: LiveInputRecord,
  state: ConnectionState,
  reason: string,
  now: string,
): LiveInputRecord {
  const status: ConnectionStatus = { state, reason, statusEnteredAt: now, statusLastSeen: now };
  const history = input.status
    ? [input.status, ...input.statusHistory].slice(0, STATUS_HISTORY_LENGTH)
    : input.statusHistory;
  return { ...input, status, statusHistory: history };
}

/**
 * The Cloudflare shape. While a feed is connected, `status.current.ingest` carries what
 * stream-local measures from it (an addition of stream-local's: Cloudflare's status has no such
 * field, and a client must treat it as optional).
 */
export function toCloudflareLiveInput(input: LiveInputRecord, urls: PublicUrls, ingest: FeedMeasures | null = null) {
  const srtUrl = `srt://${new URL(urls.rtmpIngest).hostname}:778`;
  return {
    uid: input.uid,
    rtmps: { url: urls.rtmpIngest, streamKey: input.credentials.rtmpsKey },
    rtmpsPlayback: { url: urls.rtmpIngest, streamKey: input.credentials.rtmpsPlaybackKey },
    srt: { url: srtUrl, streamId: input.uid, passphrase: input.credentials.srtPassphrase },
    srtPlayback: { url: srtUrl, streamId: `play${input.uid}`, passphrase: input.credentials.srtPlaybackPassphrase },
    webRTC: { url: `${urls.playbackBase}/${input.credentials.webRtcKey}/webRTC/publish` },
    webRTCPlayback: { url: `${urls.playbackBase}/${input.uid}/webRTC/play` },
    created: input.created,
    modified: input.modified,
    meta: input.meta,
    status: input.status
      ? {
          current: input.status.state === "connected" && ingest ? { ...input.status, ingest } : input.status,
          history: input.statusHistory,
        }
      : null,
    recording: input.recording,
    deleteRecordingAfterDays: input.deleteRecordingAfterDays,
    enabled: input.enabled,
    preferLowLatency: input.preferLowLatency,
    ...(input.defaultCreator === null ? {} : { defaultCreator: input.defaultCreator }),
  };
}

/** One row of `GET /live_inputs`, which Cloudflare keeps short (no credentials). */
export function toCloudflareLiveInputSummary(input: LiveInputRecord) {
  return {
    uid: input.uid,
    created: input.created,
    modified: input.modified,
    meta: input.meta,
    deleteRecordingAfterDays: input.deleteRecordingAfterDays,
  };
}
