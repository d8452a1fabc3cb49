/**
 * RTMP publishers: who may publish (a known, enabled stream key with nobody live on it), the
 * packet watch on each accepted feed, and what its connect and hang-up set going.
 */
import type { NmsSession } from "node-media-server";
import { findLiveInputByStreamKey, type LiveInputRecords, liveInputRecords } from "../live-inputs/live-input";
import type { Logger } from "../logger";
import type { StateStore } from "../state/state-store";
import type { BroadcastEvents } from "./broadcast-events";
import { type FeedError, FeedInspector } from "./feed-inspector";
import type { InputRuntime, InputRuntimes, Publisher } from "./input-runtime";
import type { Recordings } from "./recordings";
import { endSession, isLoopback, peerAddress, type RtmpEvents } from "./rtmp-server";
import type { WorkerSupervisor } from "./worker-supervisor";

/** A publisher that never sends a usable keyframe is refused after this long. */
const FIRST_KEYFRAME_TIMEOUT_MS = 15_000;
/** The ffmpeg worker normally ends within milliseconds of its input closing. */
const WORKER_END_GRACE_MS = 10_000;

export class PublisherSessions {
  readonly #inputs: LiveInputRecords;
  readonly #runtimes: InputRuntimes;
  readonly #workers: WorkerSupervisor;
  readonly #recordings: Recordings;
  readonly #events: BroadcastEvents;
  readonly #log: Logger;
  /** Sessions refused in prePublish; node-media-server still emits postPublish for them. */
  readonly #refusedSessions = new Set<string>();
  #closing = false;

  constructor(deps: {
    store: StateStore;
    runtimes: InputRuntimes;
    workers: WorkerSupervisor;
    recordings: Recordings;
    events: BroadcastEvents;
    log: Logger;
  }) {
    this.#inputs = liveInputRecords(deps.store);
    this.#runtimes = deps.runtimes;
    this.#workers = deps.workers;
    this.#recordings = deps.recordings;
    this.#events = deps.events;
    this.#log = deps.log;
  }

  readonly rtmpEvents: RtmpEvents = {
    prePublish: (session) => this.#prePublish(session),
    postPublish: (session) => this.#postPublish(session),
    prePlay: (session) => {
      // Only stream-local's own workers pull streams back (rtmpsPlayback is not served).
      if (!isLoopback(peerAddress(session.ip))) endSession(session);
    },
  };

  close(): void {
    this.#closing = true;
  }

  #prePublish(session: NmsSession): void {
    const input = session.streamApp === "live" ? findLiveInputByStreamKey(this.#inputs, session.streamName) : undefined;
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
      this.#log.warn(`refused RTMP publish from ${peerAddress(session.ip)}: ${refusal}`);
      this.#refusedSessions.add(session.id);
      endSession(session);
      return;
    }

    const runtime = this.#runtimes.of(input.uid);
    const publisher: Publisher = {
      session,
      inspector: new FeedInspector({
        onFirstKeyframe: () => this.#workers.start(runtime, publisher),
        onError: (error) => this.#feedErrored(runtime, publisher, error),
      }),
      singleRendition: false,
      crashTimes: [],
      firstKeyframeTimer: null,
      lastPartDir: null,
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
    const runtime = this.#runtimes.all().find((candidate) => candidate.publisher?.session === session);
    const publisher = runtime?.publisher;
    if (!runtime || !publisher) return;
    this.#log.info(`live input ${runtime.inputUid} connected from ${peerAddress(session.ip)}`);
    this.#events.connectionChanged(runtime.inputUid, "connected", "connected");
    this.#recordings.resume(runtime);
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
    this.#log.info(`live input ${runtime.inputUid} disconnected`);
    this.#events.connectionChanged(runtime.inputUid, "disconnected", "client_disconnect");

    // Ends the worker's input, so it closes its playlists now.
    for (const subscriber of publisher.session.broadcast.subscribers.values()) subscriber.close();
    const transcoder = runtime.transcoder;
    if (transcoder) {
      const guard = setTimeout(() => void transcoder.stop("publisher-gone"), WORKER_END_GRACE_MS);
      void transcoder.exited.then(() => clearTimeout(guard));
    }
    if (runtime.recording) this.#recordings.waitForPublisher(runtime, runtime.recording);
  }

  #feedErrored(runtime: InputRuntime, publisher: Publisher, error: FeedError): void {
    if (runtime.publisher !== publisher) return;
    this.#log.warn(`live input ${runtime.inputUid}: refusing its feed: ${error.code} ${error.message}`);
    this.#events.feedRefused(runtime.inputUid, error, {
      videoCodec: publisher.inspector.videoCodec,
      audioCodec: publisher.inspector.audioCodec,
    });
    endSession(publisher.session);
  }
}
