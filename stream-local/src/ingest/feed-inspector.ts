/**
 * Watches a publisher's packets as they arrive, to know when the first keyframe is there (the
 * moment the ffmpeg worker can start), how far the input has advanced (to compare with the
 * worker's progress), whether the feed is one Cloudflare would refuse, and what the feed is
 * (resolution from its SPS, frame rate, bitrate and keyframe interval from its timestamps).
 */
import type { NmsAvPacket } from "node-media-server";
import spsInfo from "node-media-server/src/protocol/sps_info.js";

export type FeedErrorCode = "ERR_UNSUPPORTED_VIDEO_CODEC" | "ERR_UNSUPPORTED_AUDIO_CODEC" | "ERR_GOP_OUT_OF_RANGE";

export interface FeedError {
  code: FeedErrorCode;
  message: string;
}

/** Cloudflare accepts keyframe intervals up to 10 s (2-4 s recommended for low latency). */
const MAX_KEYFRAME_INTERVAL_MS = 10_000;

const AUDIO = 8;
const VIDEO = 9;
const FLV_H264 = 7;
const FLV_AAC = 10;
const VIDEO_KEYFRAME = 3;
const VIDEO_FRAME = 4;

const VIDEO_CODEC_NAMES: Record<number, string> = {
  1: "jpeg",
  2: "flv1",
  3: "screen",
  4: "vp6",
  5: "vp6a",
  6: "screen2",
  7: "h264",
  12: "hevc",
};
const AUDIO_CODEC_NAMES: Record<number, string> = {
  0: "pcm",
  1: "adpcm",
  2: "mp3",
  3: "pcm",
  4: "nellymoser",
  7: "alaw",
  8: "mulaw",
  10: "aac",
  11: "speex",
  13: "opus",
};

function codecName(names: Record<number, string>, codecId: number): string {
  if (names[codecId]) return names[codecId];
  // Enhanced RTMP puts a FourCC (hvc1, av01, vp09, Opus...) in codec_id.
  if (codecId > 0xffff)
    return Buffer.from([codecId >>> 24, (codecId >>> 16) & 255, (codecId >>> 8) & 255, codecId & 255]).toString(
      "latin1",
    );
  return `unknown(${codecId})`;
}

/** What the feed measures, as the live input's status reports it (ingest details). */
export interface FeedMeasures {
  videoCodec: string | null;
  audioCodec: string | null;
  width: number | null;
  height: number | null;
  /** frames per second over the last few seconds of the feed's own timestamps */
  frameRate: number | null;
  /** audio + video, kilobits per second over the same window */
  bitrateKbps: number | null;
  /** seconds between the last two keyframes */
  keyframeIntervalSeconds: number | null;
}

/** Frame rate and bitrate are measured over this much of the feed's timeline. */
const MEASURE_WINDOW_MS = 5_000;
const VIDEO_HEADER = 2;
/** FLV tag body: frame type + codec, AVC packet type, 3 bytes composition time, then the record */
const AVC_CONFIG_OFFSET = 5;

/**
 * The first SPS of an AVCDecoderConfigurationRecord (ISO/IEC 14496-15 5.3.3.1): version,
 * profile, compatibility, level, length size, SPS count, then each SPS with a 16-bit length.
 */
function firstSps(data: Buffer): Buffer | null {
  const record = data.subarray(AVC_CONFIG_OFFSET);
  if (record.length < 8 || (record[5]! & 0x1f) === 0) return null;
  const length = record.readUInt16BE(6);
  return record.length >= 8 + length ? record.subarray(8, 8 + length) : null;
}

export interface FeedInspectorEvents {
  onFirstKeyframe(): void;
  onError(error: FeedError): void;
}

export class FeedInspector {
  videoCodec = "";
  audioCodec = "";
  sawAudio = false;
  /** dts (ms) of the newest video packet, in the publisher's timeline */
  latestVideoDtsMs: number | null = null;
  #lastKeyframeDtsMs: number | null = null;
  #firstVideoDtsMs: number | null = null;
  #keyframeIntervalMs: number | null = null;
  #size: { width: number; height: number } | null = null;
  /** [dts, bytes] of recent packets, oldest first; video frames are those with frame = true */
  #recent: Array<{ dtsMs: number; bytes: number; frame: boolean }> = [];
  #started = false;
  #failed = false;
  readonly #events: FeedInspectorEvents;

  constructor(events: FeedInspectorEvents) {
    this.#events = events;
  }

  get failed(): boolean {
    return this.#failed;
  }

  /** What the feed measured so far; null where nothing has arrived to measure yet. */
  measures(): FeedMeasures {
    const frames = this.#recent.filter((sample) => sample.frame);
    const span = (samples: typeof frames) =>
      samples.length > 1 ? samples[samples.length - 1]!.dtsMs - samples[0]!.dtsMs : 0;
    const frameSpan = span(frames);
    const allSpan = span(this.#recent);
    const bytes = this.#recent.slice(1).reduce((sum, sample) => sum + sample.bytes, 0);
    return {
      videoCodec: this.videoCodec || null,
      audioCodec: this.audioCodec || null,
      width: this.#size?.width ?? null,
      height: this.#size?.height ?? null,
      frameRate: frameSpan > 0 ? Math.round(((frames.length - 1) * 1000 * 100) / frameSpan) / 100 : null,
      bitrateKbps: allSpan > 0 ? Math.round((bytes * 8) / allSpan) : null,
      keyframeIntervalSeconds: this.#keyframeIntervalMs === null ? null : this.#keyframeIntervalMs / 1000,
    };
  }

  inspect(packet: NmsAvPacket): void {
    if (this.#failed) return;
    if (packet.codec_type === AUDIO || packet.codec_type === VIDEO) this.#sample(packet);
    if (packet.codec_type === AUDIO) this.#inspectAudio(packet);
    else if (packet.codec_type === VIDEO) this.#inspectVideo(packet);
  }

  #inspectAudio(packet: NmsAvPacket): void {
    this.sawAudio = true;
    this.audioCodec = codecName(AUDIO_CODEC_NAMES, packet.codec_id);
    if (packet.codec_id !== FLV_AAC) {
      this.#fail({
        code: "ERR_UNSUPPORTED_AUDIO_CODEC",
        message: `The input audio codec (${this.audioCodec}) is not supported; send AAC.`,
      });
    }
  }

  #inspectVideo(packet: NmsAvPacket): void {
    this.videoCodec = codecName(VIDEO_CODEC_NAMES, packet.codec_id);
    if (packet.codec_id !== FLV_H264) {
      this.#fail({
        code: "ERR_UNSUPPORTED_VIDEO_CODEC",
        message: `The input video codec (${this.videoCodec}) is not supported; send H.264.`,
      });
      return;
    }
    if (packet.flags === VIDEO_HEADER) {
      const sps = packet.data ? firstSps(packet.data) : null;
      this.#size = (sps && spsInfo.parseH264Sps(sps)) ?? this.#size;
      return;
    }
    if (packet.flags !== VIDEO_KEYFRAME && packet.flags !== VIDEO_FRAME) return;
    this.latestVideoDtsMs = packet.dts;
    this.#firstVideoDtsMs ??= packet.dts;
    if (packet.flags === VIDEO_KEYFRAME) {
      if (this.#lastKeyframeDtsMs !== null && packet.dts > this.#lastKeyframeDtsMs)
        this.#keyframeIntervalMs = packet.dts - this.#lastKeyframeDtsMs;
      this.#lastKeyframeDtsMs = packet.dts;
      if (!this.#started) {
        this.#started = true;
        this.#events.onFirstKeyframe();
      }
      return;
    }
    const sinceKeyframe = packet.dts - (this.#lastKeyframeDtsMs ?? this.#firstVideoDtsMs);
    if (sinceKeyframe > MAX_KEYFRAME_INTERVAL_MS) {
      this.#fail({
        code: "ERR_GOP_OUT_OF_RANGE",
        message: `Input GOP size or keyframe interval is out of range (no keyframe for ${(sinceKeyframe / 1000).toFixed(1)} s; send one every 2-10 s).`,
      });
    }
  }

  #sample(packet: NmsAvPacket): void {
    const frame = packet.codec_type === VIDEO && (packet.flags === VIDEO_KEYFRAME || packet.flags === VIDEO_FRAME);
    this.#recent.push({ dtsMs: packet.dts, bytes: packet.size ?? 0, frame });
    // Audio and video timestamps interleave: the window is cut by the newest one seen.
    const newest = Math.max(...this.#recent.slice(-8).map((sample) => sample.dtsMs));
    while (this.#recent.length > 2 && this.#recent[0]!.dtsMs < newest - MEASURE_WINDOW_MS) this.#recent.shift();
  }

  #fail(error: FeedError): void {
    this.#failed = true;
    this.#events.onError(error);
  }
}
