/**
 * One ffmpeg worker: pulls a live input back from the RTMP server and writes ABR HLS (1 s
 * segments, each starting on a keyframe of its own, master playlist) plus a stream copy of the
 * whole feed (the recording) into one part dir.
 */
import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type ChildProcesses, stopChild } from "../media/child-processes";
import { redactStreamKeys } from "../live-inputs/live-input";
import { MediaLayout } from "../media/media-layout";
import type { MediaTools } from "../media/media-tools";

export interface Rendition {
  height: number;
  videoKbps: number;
  /**
   * x264's speed preset. The top rung gets the better picture; the lower rung is there for slow
   * connections and takes the cheapest preset. Measured on this machine with a 720p30 test feed
   * (CPU seconds per second of video, the whole worker): veryfast for both 0.91 (0.64 once the
   * audio is no longer encoded twice), superfast + ultrafast 0.45.
   */
  preset: "superfast" | "ultrafast";
}

const LADDER: Rendition[] = [
  { height: 720, videoKbps: 2500, preset: "superfast" },
  { height: 360, videoKbps: 800, preset: "ultrafast" },
];

/**
 * Segment length, and the keyframe interval of every rendition (whatever the publisher's own GOP):
 * a player sits a few segments behind the live edge, so short segments are what keeps
 * glass-to-glass latency low (bench/stream-latency.mjs).
 */
export const SEGMENT_SECONDS = 1;

/** 720p + 360p, dropping rungs above the source; one rendition when the CPU cannot keep up. */
export function chooseRenditions(sourceHeight: number, single: boolean): Rendition[] {
  const fitting = sourceHeight > 0 ? LADDER.filter((rendition) => rendition.height <= sourceHeight) : LADDER;
  const ladder =
    fitting.length > 0
      ? fitting
      : [{ height: sourceHeight - (sourceHeight % 2), videoKbps: 600, preset: "superfast" as const }];
  return single ? ladder.slice(0, 1) : ladder;
}

function liveTranscodeArgs(options: {
  sourceUrl: string;
  partDir: string;
  renditions: Rendition[];
  startSequence: number | null;
  hasAudio: boolean;
}): string[] {
  const { sourceUrl, partDir, renditions, startSequence, hasAudio } = options;
  const count = renditions.length;
  // Scaled in a chain, each rung from the one above it (720p from the source, 360p from 720p):
  // cheaper than scaling every rung from a 1080p source, which keeps a 2-core machine in real time.
  const filter = renditions
    .map((rendition, i) => {
      const input = i === 0 ? "[0:v]" : `[t${i - 1}]`;
      const last = i === count - 1;
      return `${input}scale=-2:${rendition.height}${last ? `[v${i}]` : `,split[v${i}][t${i}]`}`;
    })
    .join(";");
  const perRendition = renditions.flatMap((rendition, i) => [
    ...[
      `-preset:v:${i}`,
      rendition.preset,
      `-b:v:${i}`,
      `${rendition.videoKbps}k`,
      `-maxrate:v:${i}`,
      `${Math.round(rendition.videoKbps * 1.07)}k`,
      `-bufsize:v:${i}`,
      `${rendition.videoKbps * 2}k`,
    ],
  ]);
  const maps = renditions.flatMap((_, i) => ["-map", `[v${i}]`, ...(hasAudio ? ["-map", "0:a:0"] : [])]);
  const streamMap = renditions.map((_, i) => (hasAudio ? `v:${i},a:${i}` : `v:${i}`)).join(" ");
  return [
    ...["-hide_banner", "-loglevel", "warning", "-nostats", "-progress", "pipe:1"],
    // The feed was already inspected (codecs, audio): a short probe starts the first segment sooner.
    ...["-rw_timeout", "15000000", "-probesize", "500000", "-analyzeduration", "500000", "-fflags", "nobuffer"],
    ...["-i", sourceUrl],
    ...["-filter_complex", filter, ...maps],
    // zerolatency: no B-frames, no lookahead, and x264's sliced threads (a frame is encoded by all
    // threads at once, so threading adds no frames of delay).
    ...["-c:v", "libx264", "-tune", "zerolatency", "-pix_fmt", "yuv420p"],
    ...["-sc_threshold", "0", "-force_key_frames", `expr:gte(t,n_forced*${SEGMENT_SECONDS})`],
    ...perRendition,
    // The feed's audio is AAC already (other codecs are refused), so every rendition copies it:
    // encoding it again once per rendition cost a third of the worker's CPU.
    ...(hasAudio ? ["-c:a", "copy"] : []),
    ...["-f", "hls", "-hls_time", String(SEGMENT_SECONDS), "-hls_list_size", String(20 / SEGMENT_SECONDS)],
    ...["-hls_flags", "delete_segments+independent_segments"],
    // Sequence numbers from the clock never repeat across publishes; a restarted worker goes on
    // from the part it continues, so that segment numbers run on in the joined playlist.
    ...(startSequence === null
      ? ["-hls_start_number_source", "epoch"]
      : ["-hls_start_number_source", "generic", "-start_number", String(startSequence)]),
    ...["-hls_segment_filename", join(partDir, "%v", "segment-%d.ts")],
    ...["-master_pl_name", "master.m3u8", "-var_stream_map", streamMap, join(partDir, "%v", "index.m3u8")],
    ...[
      "-map",
      "0:v:0",
      ...(hasAudio ? ["-map", "0:a:0"] : []),
      "-c",
      "copy",
      "-f",
      "mpegts",
      MediaLayout.partRecording(partDir),
    ],
  ];
}

export type StopReason = "publisher-gone" | "cpu-fallback" | "shutdown";

export class Transcoder {
  readonly renditions: Rendition[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Why stream-local ended it; null when it ended by itself (EOF after the publisher left, or a crash) */
  stopReason: StopReason | null = null;
  #stderrTail = "";
  readonly #child: ChildProcess;

  constructor(options: {
    tools: MediaTools;
    processes: ChildProcesses;
    sourceUrl: string;
    partDir: string;
    renditions: Rendition[];
    /** The first media sequence number, when this worker continues a part; else from the clock */
    startSequence: number | null;
    hasAudio: boolean;
    onProgress: (outputMs: number) => void;
  }) {
    this.renditions = options.renditions;
    options.renditions.forEach((_, i) => mkdirSync(join(options.partDir, String(i)), { recursive: true }));
    this.#child = options.processes.spawn(options.tools.ffmpeg, liveTranscodeArgs(options));
    this.#child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      for (const match of chunk.matchAll(/^out_time_(?:us|ms)=(\d+)$/gm)) options.onProgress(Number(match[1]) / 1000);
    });
    this.#child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.#stderrTail = (this.#stderrTail + chunk).slice(-2000);
    });
    this.exited = new Promise((resolve) => {
      this.#child.once("error", () => resolve({ code: null, signal: null }));
      this.#child.once("exit", (code, signal) => resolve({ code, signal }));
    });
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  get stderrTail(): string {
    return redactStreamKeys(this.#stderrTail.trim());
  }

  /** SIGTERM lets ffmpeg finish its playlists (ENDLIST) and the recording's last packets. */
  async stop(reason: StopReason): Promise<void> {
    this.stopReason ??= reason;
    await stopChild(this.#child, 5000);
  }
}
