/**
 * Watches a publisher's packets as they arrive, to know when the first keyframe is there (the
 * moment the ffmpeg worker can start), how far the input has advanced (to compare with the
 * worker's progress), and whether the feed is one Cloudflare would refuse.
 */
import type { NmsAvPacket } from "node-media-server";

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
  #started = false;
  #failed = false;
  readonly #events: FeedInspectorEvents;

  constructor(events: FeedInspectorEvents) {
    this.#events = events;
  }

  get failed(): boolean {
    return this.#failed;
  }

  inspect(packet: NmsAvPacket): void {
    if (this.#failed) return;
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
    if (packet.flags !== VIDEO_KEYFRAME && packet.flags !== VIDEO_FRAME) return;
    this.latestVideoDtsMs = packet.dts;
    this.#firstVideoDtsMs ??= packet.dts;
    if (packet.flags === VIDEO_KEYFRAME) {
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

  #fail(error: FeedError): void {
    this.#failed = true;
    this.#events.onError(error);
  }
}
