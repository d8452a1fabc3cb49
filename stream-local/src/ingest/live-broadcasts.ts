/**
 * The life of every live input's broadcast: accepting or refusing publishers, one ffmpeg worker
 * per connected input, recordings that span intermissions, and finalizing them into VODs.
 *
 * Per input:
 *   publisher connects  -> live_input.connected; on its first H.264 keyframe an ffmpeg worker
 *                          starts writing a new part of the current recording (a new video if
 *                          there is none waiting)
 *   worker crashes      -> restarted into a new part while the publisher stays
 *   worker too slow     -> restarted with a single rendition
 *   publisher leaves    -> live_input.disconnected; the worker is ended at once; the recording
 *                          waits recording.timeoutSeconds for the publisher to come back
 *   timeout expires     -> the recording becomes a ready VOD and the video webhook is sent (a
 *                          recording the worker wrote nothing into is discarded)
 */
import { rmSync } from "node:fs";
import type { NmsSession } from "node-media-server";
import type { PublicUrls } from "../config";
import { newUid } from "../ids";
import { withConnectionState, type ConnectionState } from "../live-inputs/live-input";
import type { Logger } from "../logger";
import { type ChildProcesses, ProcessError } from "../media/child-processes";
import { MediaLayout } from "../media/media-layout";
import type { MediaTools } from "../media/media-tools";
import { buildVod, EmptyRecordingError } from "../media/vod-builder";
import { notifyLiveInputEvent, type LiveInputEvent } from "../notifications/live-input-notifier";
import { findLiveInputByStreamKey, type StateStore } from "../state/state-store";
import { toCloudflareVideo, type VideoRecord } from "../videos/video";
import { sendVideoWebhook } from "../webhooks/video-webhook";
import type { WebhookSender } from "../webhooks/webhook-sender";
import { type FeedError, FeedInspector } from "./feed-inspector";
import type { RtmpEvents } from "./rtmp-server";
import { DEFAULT_SPEED_MONITOR_OPTIONS, SpeedMonitor, type SpeedMonitorOptions } from "./speed-monitor";
import { chooseRenditions, Transcoder } from "./transcoder";

/** A publisher that never sends a usable keyframe is refused after this long. */
const FIRST_KEYFRAME_TIMEOUT_MS = 15_000;
const WORKER_RESTART_DELAY_MS = 1000;
const WORKER_CRASH_LIMIT = 5;
const WORKER_CRASH_WINDOW_MS = 60_000;
/** How long an ended RTMP peer gets to hang up by itself. */
const SESSION_HANGUP_GRACE_MS = 1000;
/** The ffmpeg worker normally ends within milliseconds of its input closing. */
const WORKER_END_GRACE_MS = 10_000;

export interface LiveBroadcastsDeps {
  state: StateStore;
  layout: MediaLayout;
  tools: MediaTools;
  processes: ChildProcesses;
  webhooks: WebhookSender;
  accountId: string;
  urls: PublicUrls;
  rtmpPort: number;
  log: Logger;
  speedMonitor?: SpeedMonitorOptions;
}

interface Publisher {
  session: NmsSession;
  inspector: FeedInspector;
  singleRendition: boolean;
  crashTimes: number[];
  firstKeyframeTimer: NodeJS.Timeout | null;
}

interface Recording {
  /** null when the input does not record: its live output is deleted afterwards */
  videoUid: string | null;
  dir: string;
  nextPart: number;
  /** The part the newest worker writes, which live playback serves */
  latestPartDir: string | null;
  workerExits: Array<Promise<unknown>>;
  finalizeTimer: NodeJS.Timeout | null;
}

interface InputRuntime {
  inputUid: string;
  publisher: Publisher | null;
  recording: Recording | null;
  transcoder: Transcoder | null;
  restartTimer: NodeJS.Timeout | null;
}

export class LiveBroadcasts {
  readonly #deps: LiveBroadcastsDeps;
  readonly #runtimes = new Map<string, InputRuntime>();
  /** Sessions refused in prePublish; node-media-server still emits postPublish for them. */
  readonly #refusedSessions = new Set<string>();
  readonly #jobs = new Set<Promise<void>>();
  #liveOnlySequence = 0;
  #closing = false;

  constructor(deps: LiveBroadcastsDeps) {
    this.#deps = deps;
  }

  readonly rtmpEvents: RtmpEvents = {
    prePublish: (session) => this.#prePublish(session),
    postPublish: (session) => this.#postPublish(session),
    prePlay: (session) => {
      // Only stream-local's own workers pull streams back (rtmpsPlayback is not served).
      if (!isLoopback(peerAddress(session.ip))) endSession(session);
    },
  };

  isLive(inputUid: string): boolean {
    return this.#runtimes.get(inputUid)?.publisher != null;
  }

  /** The recording the input is live into, or waiting on through an intermission. */
  currentVideoUid(inputUid: string): string | null {
    return this.#runtimes.get(inputUid)?.recording?.videoUid ?? null;
  }

  /** The HLS dir of an input's live output, while it is live. */
  liveHlsDirOfInput(inputUid: string): string | null {
    const runtime = this.#runtimes.get(inputUid);
    return runtime?.publisher ? (runtime.recording?.latestPartDir ?? null) : null;
  }

  /** The HLS dir of a recording still in progress: live while its input is, ended during an intermission. */
  liveHlsDirOfVideo(video: VideoRecord): string | null {
    if (video.state !== "live-inprogress" || !video.liveInput) return null;
    const recording = this.#runtimes.get(video.liveInput)?.recording;
    return recording?.videoUid === video.uid ? recording.latestPartDir : null;
  }

  activeTranscoderPid(inputUid: string): number | undefined {
    return this.#runtimes.get(inputUid)?.transcoder?.pid;
  }

  /** Ends the current publish (key rotation, input disabled or deleted). */
  disconnectPublisher(inputUid: string): void {
    const session = this.#runtimes.get(inputUid)?.publisher?.session;
    if (session) endSession(session);
  }

  /** A deleted input keeps its recordings: one waiting through an intermission is finalized now. */
  inputDeleted(inputUid: string): void {
    const runtime = this.#runtimes.get(inputUid);
    if (!runtime) return;
    this.disconnectPublisher(inputUid);
    const recording = runtime.recording;
    if (recording && !runtime.publisher) {
      if (recording.finalizeTimer) clearTimeout(recording.finalizeTimer);
      this.#finalize(runtime, recording);
    }
  }

  /** After a restart: nothing is live, and recordings left in progress are finalized. */
  recoverAfterRestart(): void {
    const { state, log } = this.#deps;
    for (const input of state.liveInputs.list()) {
      if (input.status?.state === "connected") this.#setConnection(input.uid, "disconnected", "stream-local restarted");
    }
    rmSync(this.#deps.layout.liveOnlyRoot(), { recursive: true, force: true });
    for (const video of state.videos.list()) {
      if (video.state !== "live-inprogress") continue;
      log.info(`finalizing recording ${video.uid}, left in progress by the previous run`);
      this.#track(this.#finalizeVideo(video.uid));
    }
  }

  async close(): Promise<void> {
    this.#closing = true;
    const stops: Array<Promise<void>> = [];
    for (const runtime of this.#runtimes.values()) {
      if (runtime.restartTimer) clearTimeout(runtime.restartTimer);
      if (runtime.recording?.finalizeTimer) clearTimeout(runtime.recording.finalizeTimer);
      if (runtime.publisher?.firstKeyframeTimer) clearTimeout(runtime.publisher.firstKeyframeTimer);
      if (runtime.transcoder) stops.push(runtime.transcoder.stop("shutdown"));
    }
    await Promise.all(stops);
  }

  /** Finalizing jobs still running; close() stops their processes, this waits for them to unwind. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#jobs]);
  }

  #runtime(inputUid: string): InputRuntime {
    let runtime = this.#runtimes.get(inputUid);
    if (!runtime) {
      runtime = { inputUid, publisher: null, recording: null, transcoder: null, restartTimer: null };
      this.#runtimes.set(inputUid, runtime);
    }
    return runtime;
  }

  #prePublish(session: NmsSession): void {
    const { state, log } = this.#deps;
    const input = session.streamApp === "live" ? findLiveInputByStreamKey(state, session.streamName) : undefined;
    const refusal = this.#closing
      ? "stream-local is shutting down"
      : !input
        ? "unknown or rotated stream key"
        : !input.enabled
          ? `live input ${input.uid} is disabled`
          : this.#runtimes.get(input.uid)?.publisher
            ? `live input ${input.uid} already has a publisher`
            : null;
    if (refusal || !input) {
      log.warn(`refused RTMP publish from ${peerAddress(session.ip)}: ${refusal}`);
      this.#refusedSessions.add(session.id);
      endSession(session);
      return;
    }

    const runtime = this.#runtime(input.uid);
    const publisher: Publisher = {
      session,
      inspector: new FeedInspector({
        onFirstKeyframe: () => this.#startTranscoder(runtime, publisher),
        onError: (error) => this.#feedErrored(runtime, publisher, error),
      }),
      singleRendition: false,
      crashTimes: [],
      firstKeyframeTimer: null,
    };
    runtime.publisher = publisher;
    const parser = session.rtmp;
    if (parser) {
      const forward = parser.onPacketCallback;
      parser.onPacketCallback = (packet) => {
        publisher.inspector.inspect(packet);
        if (!publisher.inspector.failed) forward(packet);
      };
    }
    // node-media-server reports the end of a publish only after a 30 s grace window; the socket
    // tells at once.
    session.socket?.once("close", () => this.#publisherLeft(runtime, publisher));
  }

  #postPublish(session: NmsSession): void {
    if (this.#refusedSessions.delete(session.id)) return;
    const runtime = [...this.#runtimes.values()].find((candidate) => candidate.publisher?.session === session);
    const publisher = runtime?.publisher;
    if (!runtime || !publisher) return;
    this.#deps.log.info(`live input ${runtime.inputUid} connected from ${peerAddress(session.ip)}`);
    this.#setConnection(runtime.inputUid, "connected", "connected");
    const recording = runtime.recording;
    if (recording?.finalizeTimer) {
      clearTimeout(recording.finalizeTimer);
      recording.finalizeTimer = null;
      // Until this publisher's worker writes, there is no live output (the last part has ended).
      recording.latestPartDir = null;
      this.#deps.log.info(
        `live input ${runtime.inputUid} is back within its recording timeout: continuing recording ${recording.videoUid ?? "(not recorded)"}`,
      );
    }
    publisher.firstKeyframeTimer = setTimeout(() => {
      publisher.firstKeyframeTimer = null;
      if (runtime.publisher === publisher && !runtime.transcoder && !publisher.inspector.failed) {
        this.#feedErrored(runtime, publisher, {
          code: "ERR_UNSUPPORTED_VIDEO_CODEC",
          message: `The input sent no H.264 keyframe within ${FIRST_KEYFRAME_TIMEOUT_MS / 1000} s.`,
        });
      }
    }, FIRST_KEYFRAME_TIMEOUT_MS);
  }

  #publisherLeft(runtime: InputRuntime, publisher: Publisher): void {
    if (runtime.publisher !== publisher || this.#closing) return;
    runtime.publisher = null;
    if (publisher.firstKeyframeTimer) clearTimeout(publisher.firstKeyframeTimer);
    if (runtime.restartTimer) clearTimeout(runtime.restartTimer);
    runtime.restartTimer = null;
    this.#deps.log.info(`live input ${runtime.inputUid} disconnected`);
    this.#setConnection(runtime.inputUid, "disconnected", "client_disconnect");

    // Ends the worker's input, so it closes its playlists now.
    for (const subscriber of publisher.session.broadcast.subscribers.values()) subscriber.close();
    const transcoder = runtime.transcoder;
    if (transcoder) {
      const guard = setTimeout(() => void transcoder.stop("publisher-gone"), WORKER_END_GRACE_MS);
      void transcoder.exited.then(() => clearTimeout(guard));
    }
    if (runtime.recording) this.#scheduleFinalize(runtime, runtime.recording);
  }

  #startTranscoder(runtime: InputRuntime, publisher: Publisher): void {
    if (runtime.publisher !== publisher || this.#closing || publisher.inspector.failed) return;
    if (publisher.firstKeyframeTimer) clearTimeout(publisher.firstKeyframeTimer);
    publisher.firstKeyframeTimer = null;
    const { tools, processes, rtmpPort, log } = this.#deps;
    const recording = (runtime.recording ??= this.#beginRecording(runtime.inputUid));
    const partDir = MediaLayout.partDir(recording.dir, recording.nextPart++);
    const renditions = chooseRenditions(publisher.session.videoHeight, publisher.singleRendition);
    const monitor = new SpeedMonitor(this.#deps.speedMonitor ?? DEFAULT_SPEED_MONITOR_OPTIONS);
    const transcoder: Transcoder = new Transcoder({
      tools,
      processes,
      sourceUrl: `rtmp://127.0.0.1:${rtmpPort}/live/${publisher.session.streamName}`,
      partDir,
      renditions,
      hasAudio: publisher.inspector.sawAudio,
      onProgress: (outputMs) => this.#checkSpeed(runtime, publisher, transcoder, monitor, outputMs),
    });
    runtime.transcoder = transcoder;
    recording.latestPartDir = partDir;
    recording.workerExits.push(transcoder.exited);
    log.info(
      `live input ${runtime.inputUid}: ffmpeg worker ${transcoder.pid} writes ${renditions.map((rendition) => `${rendition.height}p`).join(" + ")}` +
        ` into ${recording.videoUid ? `recording ${recording.videoUid}` : "live-only output"}, part ${recording.nextPart - 1}`,
    );
    void transcoder.exited.then((result) => this.#transcoderExited(runtime, publisher, transcoder, result));
  }

  #checkSpeed(
    runtime: InputRuntime,
    publisher: Publisher,
    transcoder: Transcoder,
    monitor: SpeedMonitor,
    outputMs: number,
  ): void {
    const inputMs = publisher.inspector.latestVideoDtsMs;
    if (
      runtime.transcoder !== transcoder ||
      transcoder.renditions.length === 1 ||
      transcoder.stopReason ||
      inputMs === null
    )
      return;
    if (!monitor.add({ atMs: performance.now(), inputMs, outputMs })) return;
    this.#deps.log.warn(
      `live input ${runtime.inputUid}: ffmpeg keeps only ${monitor.speed?.toFixed(2)}x of the input's pace; restarting it with a single rendition`,
    );
    publisher.singleRendition = true;
    void transcoder.stop("cpu-fallback");
  }

  #transcoderExited(
    runtime: InputRuntime,
    publisher: Publisher,
    transcoder: Transcoder,
    result: { code: number | null; signal: NodeJS.Signals | null },
  ): void {
    if (runtime.transcoder === transcoder) runtime.transcoder = null;
    const stillPublishing = runtime.publisher === publisher && !this.#closing;
    if (!stillPublishing) return;
    if (transcoder.stopReason === "cpu-fallback") {
      this.#startTranscoder(runtime, publisher);
      return;
    }
    if (transcoder.stopReason) return;

    const { log } = this.#deps;
    const now = Date.now();
    publisher.crashTimes = [...publisher.crashTimes.filter((at) => now - at < WORKER_CRASH_WINDOW_MS), now];
    log.error(
      `live input ${runtime.inputUid}: ffmpeg worker ${transcoder.pid} exited with ${result.code ?? result.signal} while the publisher is connected` +
        (transcoder.stderrTail ? `:\n${transcoder.stderrTail}` : ""),
    );
    if (publisher.crashTimes.length > WORKER_CRASH_LIMIT) {
      log.error(
        `live input ${runtime.inputUid}: the ffmpeg worker failed ${publisher.crashTimes.length} times within a minute; ending the publish`,
      );
      endSession(publisher.session);
      return;
    }
    log.info(`live input ${runtime.inputUid}: restarting its ffmpeg worker`);
    runtime.restartTimer = setTimeout(() => {
      runtime.restartTimer = null;
      this.#startTranscoder(runtime, publisher);
    }, WORKER_RESTART_DELAY_MS);
  }

  #feedErrored(runtime: InputRuntime, publisher: Publisher, error: FeedError): void {
    if (runtime.publisher !== publisher) return;
    this.#deps.log.warn(`live input ${runtime.inputUid}: refusing its feed: ${error.code} ${error.message}`);
    this.#notify({
      inputUid: runtime.inputUid,
      type: "live_input.errored",
      at: new Date(),
      error: { ...error, videoCodec: publisher.inspector.videoCodec, audioCodec: publisher.inspector.audioCodec },
    });
    endSession(publisher.session);
  }

  #beginRecording(inputUid: string): Recording {
    const { state, layout, log } = this.#deps;
    const input = state.liveInputs.get(inputUid);
    const base = { nextPart: 0, latestPartDir: null, workerExits: [], finalizeTimer: null };
    if (input?.recording.mode !== "automatic") {
      return { ...base, videoUid: null, dir: layout.liveOnlyDir(inputUid, ++this.#liveOnlySequence) };
    }
    const now = new Date();
    const video: VideoRecord = {
      uid: newUid(),
      liveInput: inputUid,
      created: now.toISOString(),
      modified: now.toISOString(),
      meta: {
        ...input.meta,
        name: `${typeof input.meta.name === "string" ? input.meta.name : "Stream Live"} ${recordingDateLabel(now)}`,
      },
      requireSignedURLs: input.recording.requireSignedURLs,
      allowedOrigins: input.recording.allowedOrigins ?? [],
      state: "live-inprogress",
      readyToStreamAt: null,
      duration: -1,
      width: -1,
      height: -1,
      size: 0,
      errorReasonCode: "",
      errorReasonText: "",
      deleteRecordingAfterDays: null,
      scheduledDeletion: null,
    };
    state.videos.put(video);
    log.info(`live input ${inputUid}: recording into video ${video.uid}`);
    return { ...base, videoUid: video.uid, dir: layout.videoDir(video.uid) };
  }

  #scheduleFinalize(runtime: InputRuntime, recording: Recording): void {
    const timeoutSeconds = this.#deps.state.liveInputs.get(runtime.inputUid)?.recording.timeoutSeconds ?? 0;
    recording.finalizeTimer = setTimeout(() => {
      recording.finalizeTimer = null;
      this.#finalize(runtime, recording);
    }, timeoutSeconds * 1000);
  }

  #finalize(runtime: InputRuntime, recording: Recording): void {
    if (runtime.recording === recording) runtime.recording = null;
    this.#track(
      (async () => {
        await Promise.all(recording.workerExits);
        if (this.#closing) return;
        if (recording.videoUid === null) {
          rmSync(recording.dir, { recursive: true, force: true });
          return;
        }
        await this.#finalizeVideo(recording.videoUid);
      })(),
    );
  }

  async #finalizeVideo(videoUid: string): Promise<void> {
    const { state, layout, tools, processes, log } = this.#deps;
    const dir = layout.videoDir(videoUid);
    let finished: VideoRecord;
    try {
      const built = await buildVod(tools, processes, dir);
      const video = state.videos.get(videoUid);
      if (!video) return;
      const now = new Date();
      const days = (video.liveInput ? state.liveInputs.get(video.liveInput)?.deleteRecordingAfterDays : null) ?? null;
      finished = {
        ...video,
        state: "ready",
        readyToStreamAt: now.toISOString(),
        modified: now.toISOString(),
        duration: built.durationSeconds,
        width: built.width,
        height: built.height,
        size: built.sizeBytes,
        deleteRecordingAfterDays: days,
        scheduledDeletion: days ? new Date(now.getTime() + days * 86_400_000).toISOString() : null,
      };
      state.videos.put(finished);
      rmSync(MediaLayout.partsDir(dir), { recursive: true, force: true });
      log.info(`recording ${videoUid} is ready (${built.durationSeconds} s)`);
    } catch (error) {
      // Interrupted by shutdown: the next start finalizes it again.
      if (this.#closing) return;
      const video = state.videos.get(videoUid);
      if (!video) return;
      if (error instanceof EmptyRecordingError) {
        // The publisher left before the worker wrote anything: there is no recording to keep.
        state.videos.delete(videoUid);
        rmSync(dir, { recursive: true, force: true });
        log.info(`discarded recording ${videoUid}: ${error.message}`);
        return;
      }
      const reason = recordingErrorReason(error);
      log.error(
        `recording ${videoUid} failed: ${error instanceof ProcessError ? error.stderr.trim() || error.message : String(error)}`,
      );
      finished = { ...video, state: "error", modified: new Date().toISOString(), ...reason };
      state.videos.put(finished);
    }
    sendVideoWebhook(this.#deps.webhooks, state.webhook.get(), toCloudflareVideo(finished, this.#deps.urls));
  }

  #setConnection(inputUid: string, connection: ConnectionState, reason: string): void {
    const input = this.#deps.state.liveInputs.get(inputUid);
    if (!input) return;
    const now = new Date();
    this.#deps.state.liveInputs.put(withConnectionState(input, connection, reason, now.toISOString()));
    this.#notify({
      inputUid,
      type: connection === "connected" ? "live_input.connected" : "live_input.disconnected",
      at: now,
    });
  }

  #notify(event: LiveInputEvent): void {
    notifyLiveInputEvent(this.#deps.state, this.#deps.webhooks, this.#deps.accountId, event);
  }

  #track(job: Promise<void>): void {
    const tracked = job.catch((error: unknown) => this.#deps.log.error(`recording job failed: ${String(error)}`));
    this.#jobs.add(tracked);
    void tracked.finally(() => this.#jobs.delete(tracked));
  }
}

function recordingErrorReason(error: unknown): { errorReasonCode: string; errorReasonText: string } {
  if (error instanceof ProcessError) {
    return {
      errorReasonCode: "ERR_MALFORMED_VIDEO",
      errorReasonText: "The video is a valid file but contains corrupt data that cannot be recovered.",
    };
  }
  return { errorReasonCode: "ERR_UNKNOWN", errorReasonText: "The video could not be processed." };
}

/** Cloudflare names a recording after its input and start time, e.g. "Show 23 Sep 21 05:44 UTC". */
function recordingDateLabel(at: Date): string {
  const month = at.toLocaleString("en", { month: "short", timeZone: "UTC" });
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(at.getUTCDate())} ${month} ${pad(at.getUTCFullYear() % 100)} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())} UTC`;
}

/**
 * Ends an RTMP session now. node-media-server keeps parsing an ended session's packets until the
 * peer hangs up, and hands them to the stream's players (a refused second publisher would splice
 * its frames into the live stream): drop them, and cut the connection if the peer lingers.
 */
function endSession(session: NmsSession): void {
  if (session.rtmp) session.rtmp.onPacketCallback = () => {};
  session.close();
  setTimeout(() => session.socket?.destroy(), SESSION_HANGUP_GRACE_MS).unref();
}

/** node-media-server keeps "address:port"; IPv4 peers appear as IPv4-mapped IPv6. */
function peerAddress(ip: string): string {
  return ip.replace(/:\d+$/, "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}

function isLoopback(address: string): boolean {
  return address === "::1" || address.startsWith("127.");
}
