import { spawn } from "node:child_process";

/** H.264 with a keyframe every 2 s, tuned for live: what OBS sends with its streaming preset. */
export const LIVE_H264_ARGS = Object.freeze([
  "-c:v",
  "libx264",
  "-preset",
  "veryfast",
  "-tune",
  "zerolatency",
  "-g",
  "60",
]);

/**
 * ffmpeg's inputs for the synthetic test feed: the testsrc2 pattern at 30 fps and a 440 Hz tone.
 * @param {{ size?: string; realtime?: boolean }} [options] `size` WIDTHxHEIGHT (default 1280x720);
 *   `realtime` reads the inputs at their own pace (`-re`), as a camera would (default true).
 * @returns {string[]}
 */
export function testPatternInputs(options = {}) {
  const { size = "1280x720", realtime = true } = options;
  return [
    ...(realtime ? ["-re"] : []),
    ...["-f", "lavfi", "-i", `testsrc2=size=${size}:rate=30`],
    ...["-f", "lavfi", "-i", "sine=frequency=440"],
  ];
}

/**
 * @typedef {object} PublisherOptions
 * @property {string} [ffmpeg] the ffmpeg binary (default: `ffmpeg` on PATH)
 * @property {string} [size] WIDTHxHEIGHT of the test pattern (default 1280x720)
 * @property {number} [seconds] stop after this long (default: until killed)
 * @property {string[]} [videoCodecArgs] the video encoder's arguments (default LIVE_H264_ARGS)
 * @property {string} [filter] a video filter graph (`-vf`) applied to the pattern
 * @property {boolean} [progress] ffmpeg's `-progress` key=value lines on the child's stdout
 * @property {"ignore" | "inherit"} [stderr] where ffmpeg's errors go (default: nowhere)
 */

/**
 * @typedef {object} Publisher
 * @property {import("node:child_process").ChildProcess} child
 * @property {number} pid
 * @property {Promise<number | null>} exited the exit code (null when killed by a signal)
 * @property {() => Promise<void>} kill ends this publisher (only this pid), as a dropped feed would
 */

/**
 * ffmpeg pushing the synthetic test feed (H.264 + AAC, in real time) to an RTMP URL, like OBS.
 * @param {string} url
 * @param {PublisherOptions} [options]
 * @returns {Publisher}
 */
export function startPublisher(url, options = {}) {
  const child = spawn(
    options.ffmpeg ?? "ffmpeg",
    [
      ...["-hide_banner", "-loglevel", "error", "-nostdin"],
      ...(options.progress ? ["-progress", "pipe:1"] : []),
      ...testPatternInputs({ size: options.size }),
      ...(options.filter ? ["-vf", options.filter] : []),
      ...(options.videoCodecArgs ?? LIVE_H264_ARGS),
      ...["-c:a", "aac"],
      ...(options.seconds ? ["-t", String(options.seconds)] : []),
      ...["-f", "flv", url],
    ],
    { stdio: ["ignore", options.progress ? "pipe" : "ignore", options.stderr ?? "ignore"] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error("ffmpeg did not start");
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    pid,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, "SIGKILL");
      await exited;
    },
  };
}
