/**
 * One ffmpeg worker: pulls a live input back from the RTMP server and writes ABR HLS (2 s
 * segments, master playlist) plus a stream copy of the whole feed (the recording) into one part dir.
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
}

const LADDER: Rendition[] = [
  { height: 720, videoKbps: 2500 },
  { height: 360, videoKbps: 800 },
];

/** 720p + 360p, dropping rungs above the source; one rendition when the CPU cannot keep up. */
export function chooseRenditions(sourceHeight: number, single: boolean): Rendition[] {
  const fitting = sourceHeight > 0 ? LADDER.filter((rendition) => rendition.height <= sourceHeight) : LADDER;
  const ladder = fitting.length > 0 ? fitting : [{ height: sourceHeight - (sourceHeight % 2), videoKbps: 600 }];
  return single ? ladder.slice(0, 1) : ladder;
}

function liveTranscodeArgs(options: {
  sourceUrl: string;
  partDir: string;
  renditions: Rendition[];
  hasAudio: boolean;
}): string[] {
  const { sourceUrl, partDir, renditions, hasAudio } = options;
  const count = renditions.length;
  const filter =
    count === 1
      ? `[0:v]scale=-2:${renditions[0]!.height}[v0]`
      : `[0:v]split=${count}${renditions.map((_, i) => `[s${i}]`).join("")};${renditions.map((rendition, i) => `[s${i}]scale=-2:${rendition.height}[v${i}]`).join(";")}`;
  const perRendition = renditions.flatMap((rendition, i) => [
    ...[
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
    ...["-rw_timeout", "15000000", "-i", sourceUrl],
    ...["-filter_complex", filter, ...maps],
    ...["-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-pix_fmt", "yuv420p"],
    ...["-g", "60", "-keyint_min", "60", "-sc_threshold", "0", "-force_key_frames", "expr:gte(t,n_forced*2)"],
    ...perRendition,
    ...(hasAudio ? ["-c:a", "aac", "-b:a", "128k", "-ac", "2"] : []),
    ...["-f", "hls", "-hls_time", "2", "-hls_list_size", "10", "-hls_flags", "delete_segments+independent_segments"],
    ...["-hls_start_number_source", "epoch", "-hls_segment_filename", join(partDir, "%v", "segment-%d.ts")],
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
