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
 *
 * Publishers are handled in publisher-sessions.ts, workers in worker-supervisor.ts, recordings in
 * recordings.ts and what goes out (status, notifications, webhooks) in broadcast-events.ts; this
 * class puts them together and answers what playback and the REST API ask.
 */
import type { PublicUrls } from "../config";
import { liveInputRecords } from "../live-inputs/live-input";
import type { Logger } from "../logger";
import type { ChildProcesses } from "../media/child-processes";
import type { MediaLayout } from "../media/media-layout";
import type { MediaTools } from "../media/media-tools";
import type { StateStore } from "../state/state-store";
import type { VideoRecord } from "../videos/video";
import type { WebhookSender } from "../webhooks/webhook-sender";
import { BroadcastEvents } from "./broadcast-events";
import type { FeedMeasures } from "./feed-inspector";
import { InputRuntimes } from "./input-runtime";
import { PublisherSessions } from "./publisher-sessions";
import { Recordings } from "./recordings";
import { endSession, type RtmpEvents } from "./rtmp-server";
import type { SpeedMonitorOptions } from "./speed-monitor";
import { WorkerSupervisor } from "./worker-supervisor";

export interface LiveBroadcastsDeps {
  store: StateStore;
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

export class LiveBroadcasts {
  readonly #store: StateStore;
  readonly #runtimes = new InputRuntimes();
  readonly #events: BroadcastEvents;
  readonly #recordings: Recordings;
  readonly #workers: WorkerSupervisor;
  readonly #sessions: PublisherSessions;
  /** node-media-server's events, for the RTMP server */
  readonly rtmpEvents: RtmpEvents;

  constructor(deps: LiveBroadcastsDeps) {
    this.#store = deps.store;
    this.#events = new BroadcastEvents(deps);
    this.#recordings = new Recordings({ ...deps, events: this.#events });
    this.#workers = new WorkerSupervisor({ ...deps, recordings: this.#recordings });
    this.#sessions = new PublisherSessions({
      ...deps,
      runtimes: this.#runtimes,
      workers: this.#workers,
      recordings: this.#recordings,
      events: this.#events,
    });
    this.rtmpEvents = this.#sessions.rtmpEvents;
  }

  isLive(inputUid: string): boolean {
    return this.#runtimes.get(inputUid)?.publisher != null;
  }

  /** What the input's connected feed measures, or null with no feed. */
  feedMeasures(inputUid: string): FeedMeasures | null {
    return this.#runtimes.get(inputUid)?.publisher?.inspector.measures() ?? null;
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
    this.#recordings.finalizeWaiting(runtime);
  }

  /** After a restart: nothing is live, and recordings left in progress are finalized. */
  recoverAfterRestart(): void {
    for (const input of liveInputRecords(this.#store).list()) {
      if (input.status?.state === "connected")
        this.#events.connectionChanged(input.uid, "disconnected", "stream-local restarted");
    }
    this.#recordings.finalizeLeftovers();
  }

  async close(): Promise<void> {
    this.#sessions.close();
    this.#workers.close();
    this.#recordings.close();
    const stops: Array<Promise<void>> = [];
    for (const runtime of this.#runtimes.all()) {
      if (runtime.restartTimer) clearTimeout(runtime.restartTimer);
      if (runtime.recording?.finalizeTimer) clearTimeout(runtime.recording.finalizeTimer);
      if (runtime.publisher?.firstKeyframeTimer) clearTimeout(runtime.publisher.firstKeyframeTimer);
      if (runtime.transcoder) stops.push(runtime.transcoder.stop("shutdown"));
    }
    await Promise.all(stops);
  }

  /** Finalizing jobs still running; close() stops their processes, this waits for them to unwind. */
  settled(): Promise<void> {
    return this.#recordings.settled();
  }
}
