/**
 * ffmpeg's inputs for the synthetic test feed: the testsrc2 pattern at 30 fps and a 440 Hz tone.
 * @param {{ size?: string; realtime?: boolean }} [options] `size` WIDTHxHEIGHT (default 1280x720);
 *   `realtime` reads the inputs at their own pace (`-re`), as a camera would (default true).
 * @returns {string[]}
 */
export function testPatternInputs(options?: {
    size?: string;
    realtime?: boolean;
}): string[];
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
export function startPublisher(url: string, options?: PublisherOptions): Publisher;
/** H.264 with a keyframe every 2 s, tuned for live: what OBS sends with its streaming preset. */
export const LIVE_H264_ARGS: readonly string[];
export type PublisherOptions = {
    /**
     * the ffmpeg binary (default: `ffmpeg` on PATH)
     */
    ffmpeg?: string | undefined;
    /**
     * WIDTHxHEIGHT of the test pattern (default 1280x720)
     */
    size?: string | undefined;
    /**
     * stop after this long (default: until killed)
     */
    seconds?: number | undefined;
    /**
     * the video encoder's arguments (default LIVE_H264_ARGS)
     */
    videoCodecArgs?: string[] | undefined;
    /**
     * a video filter graph (`-vf`) applied to the pattern
     */
    filter?: string | undefined;
    /**
     * ffmpeg's `-progress` key=value lines on the child's stdout
     */
    progress?: boolean | undefined;
    /**
     * where ffmpeg's errors go (default: nowhere)
     */
    stderr?: "ignore" | "inherit" | undefined;
};
export type Publisher = {
    child: import("node:child_process").ChildProcess;
    pid: number;
    /**
     * the exit code (null when killed by a signal)
     */
    exited: Promise<number | null>;
    /**
     * ends this publisher (only this pid), as a dropped feed would
     */
    kill: () => Promise<void>;
};
