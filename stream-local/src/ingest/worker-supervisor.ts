/**
 * The ffmpeg worker of each live input while its publisher stays: started on the feed's first
 * H.264 keyframe into a new part of the recording, restarted into another part when it crashes,
 * and restarted with a single rendition when it cannot keep the input's pace. A worker that keeps
 * crashing ends the publish.
 */
import type { Logger } from "../logger";
import type { ChildProcesses } from "../media/child-processes";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { markContinuation, nextMediaSequence } from "../media/live-playlist";
import { MediaLayout } from "../media/media-layout";
import type { MediaTools } from "../media/media-tools";
import type { InputRuntime, Publisher } from "./input-runtime";
import type { Recordings } from "./recordings";
import { endSession } from "./rtmp-server";
import { DEFAULT_SPEED_MONITOR_OPTIONS, SpeedMonitor, type SpeedMonitorOptions } from "./speed-monitor";
import { chooseRenditions, Transcoder } from "./transcoder";

const WORKER_RESTART_DELAY_MS = 1000;
const WORKER_CRASH_LIMIT = 5;
const WORKER_CRASH_WINDOW_MS = 60_000;

export class WorkerSupervisor {
  readonly #tools: MediaTools;
  readonly #processes: ChildProcesses;
  readonly #rtmpPort: number;
  readonly #recordings: Recordings;
  readonly #speedMonitor: SpeedMonitorOptions;
  readonly #log: Logger;
  #closing = false;

  constructor(deps: {
    tools: MediaTools;
    processes: ChildProcesses;
    rtmpPort: number;
    recordings: Recordings;
    speedMonitor?: SpeedMonitorOptions;
    log: Logger;
  }) {
    this.#tools = deps.tools;
    this.#processes = deps.processes;
    this.#rtmpPort = deps.rtmpPort;
    this.#recordings = deps.recordings;
    this.#speedMonitor = deps.speedMonitor ?? DEFAULT_SPEED_MONITOR_OPTIONS;
    this.#log = deps.log;
  }

  start(runtime: InputRuntime, publisher: Publisher): void {
    if (runtime.publisher !== publisher || this.#closing || publisher.inspector.failed) return;
    if (publisher.firstKeyframeTimer) clearTimeout(publisher.firstKeyframeTimer);
    publisher.firstKeyframeTimer = null;
    const recording = (runtime.recording ??= this.#recordings.begin(runtime.inputUid));
    const partDir = MediaLayout.partDir(recording.dir, recording.nextPart++);
    const renditions = chooseRenditions(publisher.session.videoHeight, publisher.singleRendition);
    // A restart while the publisher stays continues the part before: one playlist for players.
    const previous =
      publisher.lastPartDir && dirname(publisher.lastPartDir) === dirname(partDir) ? publisher.lastPartDir : null;
    const continues = previous ? nextMediaSequence(previous) : null;
    mkdirSync(partDir, { recursive: true });
    if (previous && continues !== null) markContinuation(partDir, previous);
    publisher.lastPartDir = partDir;
    const monitor = new SpeedMonitor(this.#speedMonitor);
    const transcoder: Transcoder = new Transcoder({
      tools: this.#tools,
      processes: this.#processes,
      sourceUrl: `rtmp://127.0.0.1:${this.#rtmpPort}/live/${publisher.session.streamName}`,
      partDir,
      renditions,
      startSequence: continues,
      hasAudio: publisher.inspector.sawAudio,
      onProgress: (outputMs) => this.#checkSpeed(runtime, publisher, transcoder, monitor, outputMs),
    });
    runtime.transcoder = transcoder;
    recording.latestPartDir = partDir;
    recording.workerExits.push(transcoder.exited);
    this.#log.info(
      `live input ${runtime.inputUid}: ffmpeg worker ${transcoder.pid} writes ${renditions.map((rendition) => `${rendition.height}p`).join(" + ")}` +
        ` into ${recording.videoUid ? `recording ${recording.videoUid}` : "live-only output"}, part ${recording.nextPart - 1}`,
    );
    void transcoder.exited.then((result) => this.#exited(runtime, publisher, transcoder, result));
  }

  close(): void {
    this.#closing = true;
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
    this.#log.warn(
      `live input ${runtime.inputUid}: ffmpeg keeps only ${monitor.speed?.toFixed(2)}x of the input's pace; restarting it with a single rendition`,
    );
    publisher.singleRendition = true;
    void transcoder.stop("cpu-fallback");
  }

  #exited(
    runtime: InputRuntime,
    publisher: Publisher,
    transcoder: Transcoder,
    result: { code: number | null; signal: NodeJS.Signals | null },
  ): void {
    if (runtime.transcoder === transcoder) runtime.transcoder = null;
    const stillPublishing = runtime.publisher === publisher && !this.#closing;
    if (!stillPublishing) return;
    if (transcoder.stopReason === "cpu-fallback") {
      this.start(runtime, publisher);
      return;
    }
    if (transcoder.stopReason) return;

    const now = Date.now();
    publisher.crashTimes = [...publisher.crashTimes.filter((at) => now - at < WORKER_CRASH_WINDOW_MS), now];
    this.#log.error(
      `live input ${runtime.inputUid}: ffmpeg worker ${transcoder.pid} exited with ${result.code ?? result.signal} while the publisher is connected` +
        (transcoder.stderrTail ? `:\n${transcoder.stderrTail}` : ""),
    );
    if (publisher.crashTimes.length > WORKER_CRASH_LIMIT) {
      this.#log.error(
        `live input ${runtime.inputUid}: the ffmpeg worker failed ${publisher.crashTimes.length} times within a minute; ending the publish`,
      );
      endSession(publisher.session);
      return;
    }
    this.#log.info(`live input ${runtime.inputUid}: restarting its ffmpeg worker`);
    runtime.restartTimer = setTimeout(() => {
      runtime.restartTimer = null;
      this.start(runtime, publisher);
    }, WORKER_RESTART_DELAY_MS);
  }
}
