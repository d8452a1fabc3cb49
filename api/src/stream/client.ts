/**
 * The one client for Cloudflare Stream's REST API (and its playback host). Base URLs come from
 * config: in production api.cloudflare.com and customer-<code>.cloudflarestream.com, in
 * development stream-local, which speaks the same subset. Plain fetch, so it runs in the Worker
 * and in Node (contract tests, setup command) alike.
 */

export interface StreamClientConfig {
  /** e.g. https://api.cloudflare.com/client/v4 */
  apiBase: string;
  accountId: string;
  apiToken: string;
  /** e.g. https://customer-abc123.cloudflarestream.com */
  playbackBase: string;
  /** Each attempt is abandoned after this long; 8 s unless set */
  timeoutMs?: number;
  /** Further attempts for a call that is safe to repeat, after a 429, a 5xx or a network failure; 2 unless set */
  retries?: number;
}

export interface LiveInputRecording {
  mode: "off" | "automatic";
  timeoutSeconds: number;
  requireSignedURLs: boolean;
  allowedOrigins: string[] | null;
}

export interface LiveInput {
  uid: string;
  rtmps: { url: string; streamKey: string };
  srt?: { url: string; streamId: string; passphrase: string };
  webRTC?: { url: string };
  /** Cloudflare documents a state string ("connected", ...); null before the first connection */
  status: string | { current?: LiveInputConnection } | null;
  created: string;
  modified: string;
  meta: Record<string, unknown>;
  recording: LiveInputRecording;
  deleteRecordingAfterDays?: number | null;
  enabled?: boolean;
}

export interface LiveInputConnection {
  state?: string;
  reason?: string;
  /** When the input entered this state */
  statusEnteredAt?: string;
  /** stream-local only: what it measures from the connected feed (Cloudflare does not report this) */
  ingest?: IngestMeasures;
}

export interface IngestMeasures {
  videoCodec: string | null;
  audioCodec: string | null;
  width: number | null;
  height: number | null;
  frameRate: number | null;
  bitrateKbps: number | null;
  keyframeIntervalSeconds: number | null;
}

/** One row of the live input list (Cloudflare keeps it short: no credentials). */
export interface LiveInputSummary {
  uid: string;
  created: string;
  modified: string;
  meta: Record<string, unknown>;
}

export interface LiveInputOptions {
  meta?: Record<string, string>;
  enabled?: boolean;
  recording?: Partial<LiveInputRecording>;
  deleteRecordingAfterDays?: number | null;
  preferLowLatency?: boolean;
}

export type VideoState =
  "pendingupload" | "downloading" | "queued" | "inprogress" | "live-inprogress" | "ready" | "error";

export interface Video {
  uid: string;
  readyToStream: boolean;
  status: { state: VideoState; pctComplete?: string; errorReasonCode?: string; errorReasonText?: string };
  liveInput?: string;
  duration: number;
  thumbnail?: string;
  playback?: { hls?: string; dash?: string };
  meta: Record<string, unknown>;
  created: string;
  modified: string;
  requireSignedURLs?: boolean;
}

/** A video's MP4 download, as the downloads API describes it. */
export interface Download {
  status: "inprogress" | "ready" | "error";
  /** `<playback base>/<uid>/downloads/default.mp4`; with signed URLs required, a downloadable token takes the uid's place */
  url: string;
  percentComplete: number;
}

/** `GET .../downloads`: `{}` until a download was created. */
export interface Downloads {
  default?: Download;
}

export interface SigningKey {
  id: string;
  /** base64 of the private key in PEM */
  pem: string;
  /** base64 of the private key as a JWK */
  jwk: string;
  created?: string;
}

export interface WebhookSubscription {
  notificationUrl: string;
  secret: string;
  modified?: string;
}

export interface Lifecycle {
  isInput: boolean;
  videoUID: string | null;
  live: boolean;
}

/** One caption track of a video (a WebVTT file per BCP 47 language). */
export interface Caption {
  language: string;
  label: string;
  generated: boolean;
  status: "ready" | "inprogress" | "error";
}

export interface NotificationDestination {
  id: string;
  name: string;
  url: string;
}

export interface NotificationPolicy {
  id: string;
  name: string;
  alert_type: string;
  mechanisms: { webhooks?: Array<{ id: string }> };
}

export class StreamApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: Array<{ code: number; message: string }>,
    path: string,
  ) {
    super(
      `Stream API ${status} on ${path}: ${errors.map((error) => `${error.code} ${error.message}`).join("; ") || "no details"}`,
    );
    this.name = "StreamApiError";
  }
}

/**
 * Stream did not answer: the attempt timed out or the connection failed. Whether a call that
 * changes something took effect is unknown.
 */
export class StreamUnreachableError extends Error {
  constructor(
    readonly reason: "timeout" | "network",
    path: string,
    options?: { cause?: unknown },
  ) {
    super(`Stream API ${reason === "timeout" ? "timed out" : "unreachable"} on ${path}`, options);
    this.name = "StreamUnreachableError";
  }
}

/** Stream is down, overloaded or unreachable: worth trying again later. */
export function isStreamFault(error: unknown): boolean {
  return (
    error instanceof StreamUnreachableError ||
    (error instanceof StreamApiError && (error.status === 429 || error.status >= 500))
  );
}

type Fetcher = (input: string, init?: RequestInit) => Promise<Response>;

const DEFAULT_TIMEOUT_MS = 8000;
const DEFAULT_RETRIES = 2;
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 2000;

export class StreamClient {
  readonly #config: StreamClientConfig;
  readonly #fetch: Fetcher;

  constructor(config: StreamClientConfig, fetcher: Fetcher = (input, init) => fetch(input, init)) {
    this.#config = config;
    this.#fetch = fetcher;
  }

  /**
   * Creates a live input. Never repeated by the client: a retry after a lost answer would make
   * a second input (look for the first by its meta with listLiveInputs instead).
   */
  createLiveInput(options: LiveInputOptions): Promise<LiveInput> {
    return this.#api("POST", "/stream/live_inputs", options);
  }

  /** Every live input of the account, newest first. */
  async listLiveInputs(): Promise<LiveInputSummary[]> {
    const { liveInputs } = await this.#api<{ liveInputs: LiveInputSummary[] }>("GET", "/stream/live_inputs");
    return liveInputs;
  }

  getLiveInput(uid: string): Promise<LiveInput> {
    return this.#api("GET", `/stream/live_inputs/${encodeURIComponent(uid)}`);
  }

  updateLiveInput(uid: string, options: LiveInputOptions): Promise<LiveInput> {
    return this.#api("PUT", `/stream/live_inputs/${encodeURIComponent(uid)}`, options);
  }

  /** Deletes a live input; one that is already gone counts as deleted. */
  async deleteLiveInput(uid: string): Promise<void> {
    try {
      await this.#api("DELETE", `/stream/live_inputs/${encodeURIComponent(uid)}`);
    } catch (error) {
      if (!(error instanceof StreamApiError && error.status === 404)) throw error;
    }
  }

  /** Issues a new stream key; the old one stops working. */
  rotateLiveInputKey(uid: string): Promise<LiveInput> {
    return this.#api("POST", `/stream/live_inputs/${encodeURIComponent(uid)}/rotate_keys`);
  }

  /** The recordings of a live input (videos with liveInput = uid), newest first. */
  listLiveInputVideos(uid: string): Promise<Video[]> {
    return this.#api("GET", `/stream/live_inputs/${encodeURIComponent(uid)}/videos`);
  }

  getVideo(uid: string): Promise<Video> {
    return this.#api("GET", `/stream/${encodeURIComponent(uid)}`);
  }

  /** Asks Stream to prepare the MP4 download of a ready video (asking again changes nothing). */
  createDownload(videoUid: string): Promise<Downloads> {
    return this.#api("POST", `/stream/${encodeURIComponent(videoUid)}/downloads`);
  }

  /** How far the video's downloads are; `{}` before one was created. */
  getDownloads(videoUid: string): Promise<Downloads> {
    return this.#api("GET", `/stream/${encodeURIComponent(videoUid)}/downloads`);
  }

  deleteDownloads(videoUid: string): Promise<unknown> {
    return this.#api("DELETE", `/stream/${encodeURIComponent(videoUid)}/downloads`);
  }

  /**
   * Opens a ready download (or a thumbnail) on the playback host and hands back its response
   * to be streamed: the timeout covers the answer's headers only, since a recording hours
   * long takes a while to read. Not repeated: the caller decides.
   */
  async openMedia(path: string, init: { range?: string } = {}): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException("timed out", "TimeoutError")),
      this.#config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    let response: Response;
    try {
      response = await this.#fetch(`${this.#config.playbackBase}${path}`, {
        headers: init.range ? { range: init.range } : {},
        signal: controller.signal,
      });
    } catch (error) {
      throw this.#unreachable(error, path);
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new StreamApiError(response.status, [], path);
    }
    return response;
  }

  /** The MP4 download's path on the playback host, for a uid or a downloadable token. */
  downloadPath(uidOrToken: string): string {
    return `/${uidOrToken}/downloads/default.mp4`;
  }

  /** A frame of the video as a JPEG, `time` seconds in (Stream's thumbnail URL). */
  thumbnailPath(uidOrToken: string, options: { timeSeconds?: number; height?: number } = {}): string {
    const query = new URLSearchParams();
    if (options.timeSeconds !== undefined) query.set("time", `${Math.max(0, Math.floor(options.timeSeconds))}s`);
    if (options.height !== undefined) query.set("height", String(options.height));
    const search = query.toString();
    return `/${uidOrToken}/thumbnails/thumbnail.jpg${search ? `?${search}` : ""}`;
  }

  /** Uploads (or replaces) a video's WebVTT captions in one language. */
  uploadCaptions(videoUid: string, language: string, vtt: Blob): Promise<Caption> {
    const form = new FormData();
    form.set("file", vtt, `${language}.vtt`);
    return this.#api("PUT", `/stream/${encodeURIComponent(videoUid)}/captions/${encodeURIComponent(language)}`, form);
  }

  listCaptions(videoUid: string): Promise<Caption[]> {
    return this.#api("GET", `/stream/${encodeURIComponent(videoUid)}/captions`);
  }

  /** The WebVTT text of a video's captions in one language. */
  async captionsVtt(videoUid: string, language: string): Promise<string> {
    const path = `/stream/${encodeURIComponent(videoUid)}/captions/${encodeURIComponent(language)}/vtt`;
    const response = await this.#send("GET", path, this.#accountUrl(path), { headers: this.#authorization() });
    if (!response.ok) throw new StreamApiError(response.status, [], path);
    return response.text();
  }

  async deleteCaptions(videoUid: string, language: string): Promise<void> {
    await this.#api("DELETE", `/stream/${encodeURIComponent(videoUid)}/captions/${encodeURIComponent(language)}`);
  }

  createSigningKey(): Promise<SigningKey> {
    return this.#api("POST", "/stream/keys");
  }

  /** The account's one video webhook; the answer carries the signing secret. */
  setWebhook(notificationUrl: string): Promise<WebhookSubscription> {
    return this.#api("PUT", "/stream/webhook", { notificationUrl });
  }

  /** A Notifications webhook destination; Cloudflare sends `secret` in `cf-webhook-auth`. */
  createNotificationDestination(destination: { name: string; url: string; secret: string }): Promise<{ id: string }> {
    return this.#api("POST", "/alerting/v3/destinations/webhooks", destination);
  }

  /** The account's Notifications webhook destinations (their secrets are never shown again). */
  listNotificationDestinations(): Promise<NotificationDestination[]> {
    return this.#api("GET", "/alerting/v3/destinations/webhooks");
  }

  deleteNotificationDestination(id: string): Promise<unknown> {
    return this.#api("DELETE", `/alerting/v3/destinations/webhooks/${encodeURIComponent(id)}`);
  }

  /** The account's Notifications policies, with the destinations each sends to. */
  listNotificationPolicies(): Promise<NotificationPolicy[]> {
    return this.#api("GET", "/alerting/v3/policies");
  }

  deleteNotificationPolicy(id: string): Promise<unknown> {
    return this.#api("DELETE", `/alerting/v3/policies/${encodeURIComponent(id)}`);
  }

  /** Sends every live input's connected/disconnected/errored events to a destination. */
  createLiveInputNotificationPolicy(policy: { name: string; destinationId: string }): Promise<{ id: string }> {
    return this.#api("POST", "/alerting/v3/policies", {
      name: policy.name,
      alert_type: "stream_live_notifications",
      enabled: true,
      mechanisms: { webhooks: [{ id: policy.destinationId }] },
      filters: {},
    });
  }

  /** Whether an input is live now, and the video it is recording into. */
  async lifecycle(inputUid: string): Promise<Lifecycle> {
    return this.#playback(`/${encodeURIComponent(inputUid)}/lifecycle`);
  }

  async liveViewers(inputUid: string): Promise<number> {
    const { liveViewers } = await this.#playback<{ liveViewers: number }>(`/${encodeURIComponent(inputUid)}/views`);
    return liveViewers;
  }

  /** The HLS master playlist at a (signed) manifest URL of this playback host. */
  async masterPlaylist(hlsUrl: string): Promise<string> {
    // Errors name the manifest, not the token in its path.
    const path = "/<token>/manifest/video.m3u8";
    const response = await this.#send("GET", path, hlsUrl, {});
    if (!response.ok) {
      await response.body?.cancel();
      throw new StreamApiError(response.status, [], path);
    }
    try {
      return await response.text();
    } catch (error) {
      throw this.#unreachable(error, path);
    }
  }

  /** The heights of a ready video's renditions, highest first, read from its HLS master playlist. */
  async renditionHeights(uidOrToken: string): Promise<number[]> {
    const path = `/${encodeURIComponent(uidOrToken)}/manifest/video.m3u8`;
    const response = await this.#send("GET", path, `${this.#config.playbackBase}${path}`, {});
    if (!response.ok) throw new StreamApiError(response.status, [], path);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw this.#unreachable(error, path);
    }
    const heights = [...text.matchAll(/^#EXT-X-STREAM-INF:.*RESOLUTION=\d+x(\d+)/gm)].map((match) => Number(match[1]));
    return [...new Set(heights)].sort((a, b) => b - a);
  }

  /** HLS manifest URL for a uid or a signed token (the token takes the uid's place). */
  hlsUrl(uidOrToken: string): string {
    return `${this.#config.playbackBase}/${uidOrToken}/manifest/video.m3u8`;
  }

  #accountUrl(path: string): string {
    return `${this.#config.apiBase}/accounts/${encodeURIComponent(this.#config.accountId)}${path}`;
  }

  #authorization(): Record<string, string> {
    return { authorization: `Bearer ${this.#config.apiToken}` };
  }

  async #api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const json = body !== undefined && !(body instanceof FormData);
    const response = await this.#send(method, path, this.#accountUrl(path), {
      method,
      headers: { ...this.#authorization(), ...(json ? { "content-type": "application/json" } : {}) },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw this.#unreachable(error, path);
    }
    let envelope: { success?: boolean; errors?: Array<{ code: number; message: string }>; result?: T };
    try {
      envelope = text ? JSON.parse(text) : {};
    } catch {
      throw new StreamApiError(response.status, [{ code: 0, message: "response was not JSON" }], path);
    }
    if (!response.ok || envelope.success === false) {
      throw new StreamApiError(response.status, envelope.errors ?? [], path);
    }
    return envelope.result as T;
  }

  async #playback<T>(path: string): Promise<T> {
    const response = await this.#send("GET", path, `${this.#config.playbackBase}${path}`, {});
    if (!response.ok) throw new StreamApiError(response.status, [], path);
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw this.#unreachable(error, path);
    }
  }

  /**
   * One call with a timeout per attempt. GET, PUT and DELETE are repeated after a 429, a 5xx or
   * a failed connection, with exponential backoff or as long as Retry-After asks (when that fits
   * in one timeout); POSTs are not, since they create or rotate something. A timed-out attempt is
   * not repeated either: the caller has already waited the whole timeout for it.
   */
  async #send(method: string, path: string, url: string, init: RequestInit): Promise<Response> {
    const timeoutMs = this.#config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const retries = method === "POST" ? 0 : (this.#config.retries ?? DEFAULT_RETRIES);
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.#fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const unreachable = this.#unreachable(error, path);
        if (unreachable.reason === "timeout" || attempt >= retries) throw unreachable;
        await sleep(backoff(attempt));
        continue;
      }
      if (attempt >= retries || !(response.status === 429 || response.status >= 500)) return response;
      const wait = retryAfterMs(response.headers.get("retry-after")) ?? backoff(attempt);
      if (wait > timeoutMs) return response;
      await response.body?.cancel();
      await sleep(wait);
    }
  }

  #unreachable(error: unknown, path: string): StreamUnreachableError {
    const name = error instanceof Error ? error.name : "";
    return new StreamUnreachableError(name === "TimeoutError" || name === "AbortError" ? "timeout" : "network", path, {
      cause: error,
    });
  }
}

function backoff(attempt: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
