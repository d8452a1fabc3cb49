/**
 * Turns a finished live recording (one `recording.ts` per ffmpeg worker run, in order) into what
 * Cloudflare serves for a ready video: an HLS VOD (ENDLIST) with the whole rendition ladder, a
 * downloadable MP4 and a thumbnail. The recording is a stream copy of the feed, so the top
 * rendition is copied as it came; the lower rungs are encoded once the feed has ended, whatever
 * the live encode had to drop under load (a small-resolution transcode: seconds per minute of show).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChildProcesses } from "./child-processes";
import { MediaLayout } from "./media-layout";
import type { MediaTools } from "./media-tools";
import { avcCodecString, probeMedia } from "./probe";

/** The replay's ladder below the source (the source itself is the top rung). */
export const VOD_LADDER = [
  { height: 720, videoKbps: 2500 },
  { height: 360, videoKbps: 800 },
] as const;

export interface BuiltVod {
  durationSeconds: number;
  width: number;
  height: number;
  sizeBytes: number;
  /** Heights of the VOD's renditions, highest first */
  renditionHeights: number[];
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
  const source = probed.video;
  const hasAudio = probed.audio !== null;
  const lower = VOD_LADDER.filter((rung) => rung.height < source.height);
  const heights = [source.height, ...lower.map((rung) => rung.height)];
  heights.forEach((_, i) => mkdirSync(join(vodDir, String(i)), { recursive: true }));

  // One pass: rung 0 is the recording copied, the others are scaled from it, all cut at the same
  // keyframes (the recording's), so a player can switch between them at any segment.
  const filter = lower.length
    ? [
        "-filter_complex",
        `[0:v]split=${lower.length}${lower.map((_, i) => `[s${i}]`).join("")};${lower.map((rung, i) => `[s${i}]scale=-2:${rung.height}[v${i + 1}]`).join(";")}`,
      ]
    : [];
  const maps = [
    ...["-map", "0:v:0", ...(hasAudio ? ["-map", "0:a:0"] : [])],
    ...lower.flatMap((_, i) => ["-map", `[v${i + 1}]`, ...(hasAudio ? ["-map", "0:a:0"] : [])]),
  ];
  const codecs = [
    "-c:v:0",
    "copy",
    ...lower.flatMap((rung, i) => [
      ...[`-c:v:${i + 1}`, "libx264", `-b:v:${i + 1}`, `${rung.videoKbps}k`],
      ...[
        `-maxrate:v:${i + 1}`,
        `${Math.round(rung.videoKbps * 1.07)}k`,
        `-bufsize:v:${i + 1}`,
        `${rung.videoKbps * 2}k`,
      ],
    ]),
    ...(lower.length
      ? ["-preset", "veryfast", "-pix_fmt", "yuv420p", "-force_key_frames", "expr:gte(t,n_forced*2)"]
      : []),
    ...(hasAudio ? ["-c:a", "copy"] : []),
  ];
  const streamMap = heights.map((_, i) => (hasAudio ? `v:${i},a:${i}` : `v:${i}`)).join(" ");
  await processes.run(
    tools.ffmpeg,
    [
      ...["-hide_banner", "-loglevel", "error", "-y", "-i", mp4],
      ...filter,
      ...maps,
      ...codecs,
      ...["-f", "hls", "-hls_time", "2", "-hls_playlist_type", "vod", "-hls_flags", "independent_segments"],
      ...["-hls_segment_filename", join(vodDir, "%v", "segment-%d.ts")],
      ...["-var_stream_map", streamMap, join(vodDir, "%v", "index.m3u8")],
    ],
    STEP_TIMEOUT_MS,
  );
  const sourceCodec = avcCodecString(source.profile, source.level);
  const audioCodec = hasAudio ? ["mp4a.40.2"] : [];
  const variants = heights.flatMap((height, i) => {
    const width = i === 0 ? source.width : evenWidth(source.width, source.height, height);
    const bandwidth = i === 0 ? Math.max(probed.bitRate, 1) : (lower[i - 1]!.videoKbps + 128) * 1000;
    // The encoded rungs are x264 High profile; the copied one keeps the feed's profile.
    const codecList = [i === 0 ? sourceCodec : "avc1.64001f", ...audioCodec].join(",");
    return [
      `#EXT-X-STREAM-INF:BANDWIDTH=${bandwidth},RESOLUTION=${width}x${height},CODECS="${codecList}"`,
      `${i}/index.m3u8`,
    ];
  });
  writeFileSync(
    MediaLayout.masterPlaylist(vodDir),
    ["#EXTM3U", "#EXT-X-VERSION:6", "#EXT-X-INDEPENDENT-SEGMENTS", ...variants, ""].join("\n"),
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
    renditionHeights: heights,
  };
}

/** The width of a rung scaled to `height` with the source's aspect ratio, as `scale=-2:h` does. */
function evenWidth(width: number, height: number, targetHeight: number): number {
  const scaled = Math.round((width * targetHeight) / height);
  return scaled - (scaled % 2);
}
