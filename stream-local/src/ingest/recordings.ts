/**
 * A live input's recording: one video (or, for an input that does not record, a live-only dir)
 * that every worker run writes a part of, kept open through intermissions of up to
 * `recording.timeoutSeconds`, then assembled into a ready VOD.
 */
import { rmSync } from "node:fs";
import { newUid } from "../ids";
import { type LiveInputRecords, liveInputRecords } from "../live-inputs/live-input";
import type { Logger } from "../logger";
import { type ChildProcesses, ProcessError } from "../media/child-processes";
import { MediaLayout } from "../media/media-layout";
import type { MediaTools } from "../media/media-tools";
import { buildVod, EmptyRecordingError } from "../media/vod-builder";
import type { StateStore } from "../state/state-store";
import { type VideoRecord, type VideoRecords, videoRecords } from "../videos/video";
import type { BroadcastEvents } from "./broadcast-events";
import type { InputRuntime, Recording } from "./input-runtime";

export class Recordings {
  readonly #inputs: LiveInputRecords;
  readonly #videos: VideoRecords;
  readonly #layout: MediaLayout;
  readonly #tools: MediaTools;
  readonly #processes: ChildProcesses;
  readonly #events: BroadcastEvents;
  readonly #log: Logger;
  readonly #jobs = new Set<Promise<void>>();
  #liveOnlySequence = 0;
  #closing = false;

  constructor(deps: {
    store: StateStore;
    layout: MediaLayout;
    tools: MediaTools;
    processes: ChildProcesses;
    events: BroadcastEvents;
    log: Logger;
  }) {
    this.#inputs = liveInputRecords(deps.store);
    this.#videos = videoRecords(deps.store);
    this.#layout = deps.layout;
    this.#tools = deps.tools;
    this.#processes = deps.processes;
    this.#events = deps.events;
    this.#log = deps.log;
  }

  /** A new recording for an input's first worker: a `live-inprogress` video when the input records. */
  begin(inputUid: string): Recording {
    const input = this.#inputs.get(inputUid);
    const base = { nextPart: 0, latestPartDir: null, workerExits: [], finalizeTimer: null };
    if (input?.recording.mode !== "automatic") {
      return { ...base, videoUid: null, dir: this.#layout.liveOnlyDir(inputUid, ++this.#liveOnlySequence) };
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
    this.#videos.put(video);
    this.#log.info(`live input ${inputUid}: recording into video ${video.uid}`);
    return { ...base, videoUid: video.uid, dir: this.#layout.videoDir(video.uid) };
  }

  /** The publisher left: the recording waits `recording.timeoutSeconds` for it, then is finalized. */
  waitForPublisher(runtime: InputRuntime, recording: Recording): void {
    const timeoutSeconds = this.#inputs.get(runtime.inputUid)?.recording.timeoutSeconds ?? 0;
    recording.finalizeTimer = setTimeout(() => {
      recording.finalizeTimer = null;
      this.#finalize(runtime, recording);
    }, timeoutSeconds * 1000);
  }

  /** A publisher back within the timeout continues the recording that waits for it. */
  resume(runtime: InputRuntime): void {
    const recording = runtime.recording;
    if (!recording?.finalizeTimer) return;
    clearTimeout(recording.finalizeTimer);
    recording.finalizeTimer = null;
    // Until this publisher's worker writes, there is no live output (the last part has ended).
    recording.latestPartDir = null;
    this.#log.info(
      `live input ${runtime.inputUid} is back within its recording timeout: continuing recording ${recording.videoUid ?? "(not recorded)"}`,
    );
  }

  /** A recording waiting for its publisher is finalized now (its input was deleted). */
  finalizeWaiting(runtime: InputRuntime): void {
    const recording = runtime.recording;
    if (!recording || runtime.publisher) return;
    if (recording.finalizeTimer) clearTimeout(recording.finalizeTimer);
    this.#finalize(runtime, recording);
  }

  /** After a restart: live-only output is gone, and recordings left in progress are finalized. */
  finalizeLeftovers(): void {
    rmSync(this.#layout.liveOnlyRoot(), { recursive: true, force: true });
    for (const video of this.#videos.list()) {
      if (video.state !== "live-inprogress") continue;
      this.#log.info(`finalizing recording ${video.uid}, left in progress by the previous run`);
      this.#track(this.#finalizeVideo(video.uid));
    }
  }

  close(): void {
    this.#closing = true;
  }

  /** Finalizing jobs still running; closing stops their processes, this waits for them to unwind. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#jobs]);
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
    const dir = this.#layout.videoDir(videoUid);
    let finished: VideoRecord;
    try {
      const built = await buildVod(this.#tools, this.#processes, dir);
      const video = this.#videos.get(videoUid);
      if (!video) return;
      const now = new Date();
      const days = (video.liveInput ? this.#inputs.get(video.liveInput)?.deleteRecordingAfterDays : null) ?? null;
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
      this.#videos.put(finished);
      rmSync(MediaLayout.partsDir(dir), { recursive: true, force: true });
      this.#log.info(
        `recording ${videoUid} is ready (${built.durationSeconds} s, ${built.renditionHeights.map((height) => `${height}p`).join(" + ")})`,
      );
    } catch (error) {
      // Interrupted by shutdown: the next start finalizes it again.
      if (this.#closing) return;
      const video = this.#videos.get(videoUid);
      if (!video) return;
      if (error instanceof EmptyRecordingError) {
        // The publisher left before the worker wrote anything: there is no recording to keep.
        this.#videos.delete(videoUid);
        rmSync(dir, { recursive: true, force: true });
        this.#log.info(`discarded recording ${videoUid}: ${error.message}`);
        return;
      }
      const reason = recordingErrorReason(error);
      this.#log.error(
        `recording ${videoUid} failed: ${error instanceof ProcessError ? error.stderr.trim() || error.message : String(error)}`,
      );
      finished = { ...video, state: "error", modified: new Date().toISOString(), ...reason };
      this.#videos.put(finished);
    }
    this.#events.recordingFinished(finished);
  }

  #track(job: Promise<void>): void {
    const tracked = job.catch((error: unknown) => this.#log.error(`recording job failed: ${String(error)}`));
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
