/**
 * Turns a finished live recording (one `recording.ts` per ffmpeg worker run, in order) into what
 * Cloudflare serves for a ready video: an HLS VOD (ENDLIST), a downloadable MP4 and a thumbnail.
 * Everything is stream copy, so it costs seconds, not a transcode.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChildProcesses } from "./child-processes";
import { MediaLayout } from "./media-layout";
import type { MediaTools } from "./media-tools";
import { avcCodecString, probeMedia } from "./probe";

export interface BuiltVod {
  durationSeconds: number;
  width: number;
  height: number;
  sizeBytes: number;
}

export class EmptyRecordingError extends Error {
  override name = "EmptyRecordingError";
}

const STEP_TIMEOUT_MS = 10 * 60_000;

/** The recordings of a video's parts, in recording order, that hold any media. */
function partRecordings(recordingDir: string): string[] {
  const partsDir = MediaLayout.partsDir(recordingDir);
  if (!existsSync(partsDir)) return [];
  return readdirSync(partsDir)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b))
    .map((name) => MediaLayout.partRecording(join(partsDir, name)))
    .filter((file) => existsSync(file) && statSync(file).size > 0);
}

export async function buildVod(tools: MediaTools, processes: ChildProcesses, videoDir: string): Promise<BuiltVod> {
  const recordings = partRecordings(videoDir);
  if (recordings.length === 0) throw new EmptyRecordingError("the live input sent no media");

  const vodDir = MediaLayout.vodDir(videoDir);
  const mp4 = MediaLayout.mp4(videoDir);
  rmSync(vodDir, { recursive: true, force: true });
  mkdirSync(join(vodDir, "0"), { recursive: true });

  const concatList = join(videoDir, "concat.txt");
  writeFileSync(concatList, recordings.map((file) => `file '${file.replaceAll("'", "'\\''")}'\n`).join(""));
  await processes.run(
    tools.ffmpeg,
    [
      ...["-hide_banner", "-loglevel", "error", "-y"],
      ...["-f", "concat", "-safe", "0", "-i", concatList],
      ...["-map", "0:v:0", "-map", "0:a:0?", "-c", "copy", "-bsf:a", "aac_adtstoasc", "-movflags", "+faststart"],
      mp4,
    ],
    STEP_TIMEOUT_MS,
  );
  rmSync(concatList, { force: true });

  const probed = await probeMedia(tools, processes, mp4);
  if (!probed.video) throw new EmptyRecordingError("the recording has no video");

  await processes.run(
    tools.ffmpeg,
    [
      ...["-hide_banner", "-loglevel", "error", "-y", "-i", mp4],
      ...["-map", "0:v:0", "-map", "0:a:0?", "-c", "copy"],
      ...["-f", "hls", "-hls_time", "2", "-hls_playlist_type", "vod", "-hls_flags", "independent_segments"],
      ...["-hls_segment_filename", join(vodDir, "0", "segment-%d.ts"), join(vodDir, "0", "index.m3u8")],
    ],
    STEP_TIMEOUT_MS,
  );
  const codecs = [avcCodecString(probed.video.profile, probed.video.level), ...(probed.audio ? ["mp4a.40.2"] : [])];
  writeFileSync(
    MediaLayout.masterPlaylist(vodDir),
    [
      "#EXTM3U",
      "#EXT-X-VERSION:6",
      "#EXT-X-INDEPENDENT-SEGMENTS",
      `#EXT-X-STREAM-INF:BANDWIDTH=${Math.max(probed.bitRate, 1)},RESOLUTION=${probed.video.width}x${probed.video.height},CODECS="${codecs.join(",")}"`,
      "0/index.m3u8",
      "",
    ].join("\n"),
  );

  await processes.run(
    tools.ffmpeg,
    [
      "-hide_banner",
      "-loglevel",
      "error",
      "-y",
      "-i",
      mp4,
      "-frames:v",
      "1",
      "-q:v",
      "3",
      MediaLayout.thumbnail(videoDir),
    ],
    STEP_TIMEOUT_MS,
  );

  return {
    durationSeconds: Math.round(probed.durationSeconds * 1000) / 1000,
    width: probed.video.width,
    height: probed.video.height,
    sizeBytes: statSync(mp4).size,
  };
}
