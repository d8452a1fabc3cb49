import { type ChildProcess, spawn } from "node:child_process";
import { findMediaTools } from "../../src/media/media-tools";

export interface Publisher {
  pid: number;
  /** Exit code (null when killed by a signal) */
  exited: Promise<number | null>;
  /** Ends this publisher (only this pid), as a dropped feed would. */
  kill(): Promise<void>;
}

const tools = findMediaTools();

/** ffmpeg pushing a synthetic 720p30 test feed (testsrc2 and a 440 Hz tone, H.264 + AAC) to an RTMP URL. */
export function startPublisher(url: string, options: { seconds?: number; videoCodecArgs?: string[] } = {}): Publisher {
  const videoCodecArgs = options.videoCodecArgs ?? [
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-tune",
    "zerolatency",
    "-g",
    "60",
  ];
  const child: ChildProcess = spawn(
    tools.ffmpeg,
    [
      ...["-hide_banner", "-loglevel", "error", "-nostdin"],
      ...["-re", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30", "-f", "lavfi", "-i", "sine=frequency=440"],
      ...videoCodecArgs,
      ...["-c:a", "aac"],
      ...(options.seconds ? ["-t", String(options.seconds)] : []),
      ...["-f", "flv", url],
    ],
    { stdio: "ignore" },
  );
  if (child.pid === undefined) throw new Error("ffmpeg did not start");
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    pid: child.pid,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, "SIGKILL");
      await exited;
    },
  };
}
