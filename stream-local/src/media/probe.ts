import type { ChildProcesses } from "./child-processes";
import type { MediaTools } from "./media-tools";

export interface ProbedMedia {
  durationSeconds: number;
  bitRate: number;
  video: { codec: string; width: number; height: number; profile: string; level: number } | null;
  audio: { codec: string } | null;
}

interface FfprobeOutput {
  format?: { duration?: string; bit_rate?: string };
  streams?: Array<{
    codec_type?: string;
    codec_name?: string;
    width?: number;
    height?: number;
    profile?: string;
    level?: number;
  }>;
}

export async function probeMedia(tools: MediaTools, processes: ChildProcesses, file: string): Promise<ProbedMedia> {
  const { stdout } = await processes.run(
    tools.ffprobe,
    [
      "-v",
      "error",
      "-show_entries",
      "format=duration,bit_rate:stream=codec_type,codec_name,width,height,profile,level",
      "-of",
      "json",
      file,
    ],
    30_000,
  );
  const output = JSON.parse(stdout.toString("utf8")) as FfprobeOutput;
  const video = output.streams?.find((stream) => stream.codec_type === "video");
  const audio = output.streams?.find((stream) => stream.codec_type === "audio");
  return {
    durationSeconds: Number(output.format?.duration ?? 0),
    bitRate: Number(output.format?.bit_rate ?? 0),
    video: video
      ? {
          codec: video.codec_name ?? "",
          width: video.width ?? 0,
          height: video.height ?? 0,
          profile: video.profile ?? "",
          level: video.level ?? 0,
        }
      : null,
    audio: audio ? { codec: audio.codec_name ?? "" } : null,
  };
}

/** The RFC 6381 codec string of H.264 (for the CODECS attribute of an HLS master playlist). */
export function avcCodecString(profile: string, level: number): string {
  const profiles: Record<string, string> = {
    Baseline: "4200",
    "Constrained Baseline": "42e0",
    Main: "4d00",
    High: "6400",
  };
  const profileAndConstraints = profiles[profile] ?? "6400";
  return `avc1.${profileAndConstraints}${Math.max(0, level).toString(16).padStart(2, "0")}`;
}
