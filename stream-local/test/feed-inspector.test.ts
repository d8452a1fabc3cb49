import type { NmsAvPacket } from "node-media-server";
import { describe, expect, it } from "vitest";
import { type FeedError, FeedInspector } from "../src/ingest/feed-inspector";

/** The SPS x264 writes for a 640x360 picture. */
const SPS_640X360 = Buffer.from("6764001eacd940a02ff970110000030001000003003c0f162d96", "hex");

/** An FLV AVC sequence header: codec byte, packet type 0, composition time, then the configuration record. */
function avcSequenceHeader(sps: Buffer): NmsAvPacket {
  const record = Buffer.concat([
    Buffer.from([1, sps[1]!, sps[2]!, sps[3]!, 0xff, 0xe1]),
    Buffer.from([sps.length >> 8, sps.length & 255]),
    sps,
    Buffer.from([1, 0, 4, 0x68, 0xeb, 0xe3, 0xcb]),
  ]);
  const data = Buffer.concat([Buffer.from([0x17, 0, 0, 0, 0]), record]);
  return { codec_type: 9, codec_id: 7, flags: 2, dts: 0, size: data.length, data };
}

/**
 * `seconds` of a feed: video at `fps` with a keyframe every `keyframeEvery` frames, each frame
 * `frameBytes` long, and AAC audio frames of 400 bytes every ~23 ms.
 */
function feed(options: { seconds: number; fps: number; keyframeEvery: number; frameBytes: number }): NmsAvPacket[] {
  const packets: NmsAvPacket[] = [];
  const frames = options.seconds * options.fps;
  for (let i = 0; i < frames; i++) {
    const dts = Math.round((i * 1000) / options.fps);
    packets.push({
      codec_type: 9,
      codec_id: 7,
      flags: i % options.keyframeEvery === 0 ? 3 : 4,
      dts,
      size: options.frameBytes,
    });
  }
  for (let dts = 0; dts < options.seconds * 1000; dts += 23)
    packets.push({ codec_type: 8, codec_id: 10, flags: 1, dts, size: 400 });
  return packets.sort((a, b) => a.dts - b.dts);
}

function inspect(packets: NmsAvPacket[]) {
  const errors: FeedError[] = [];
  const inspector = new FeedInspector({ onFirstKeyframe: () => {}, onError: (error) => errors.push(error) });
  for (const packet of packets) inspector.inspect(packet);
  return { measures: inspector.measures(), errors };
}

describe("what stream-local measures from a feed", () => {
  it("reads the picture size from the SPS, and frame rate, bitrate and keyframe interval from the timestamps", () => {
    const { measures, errors } = inspect([
      avcSequenceHeader(SPS_640X360),
      ...feed({ seconds: 8, fps: 30, keyframeEvery: 60, frameBytes: 10_000 }),
    ]);

    expect(errors).toEqual([]);
    expect(measures).toMatchObject({
      videoCodec: "h264",
      audioCodec: "aac",
      width: 640,
      height: 360,
      keyframeIntervalSeconds: 2,
    });
    expect(measures.frameRate).toBeCloseTo(30, 0);
    // 30 frames of 10,000 bytes a second is 2,400 kbps; audio adds about 139 kbps.
    expect(measures.bitrateKbps).toBeGreaterThan(2_450);
    expect(measures.bitrateKbps).toBeLessThan(2_650);
  });

  it("follows the feed: a new keyframe interval shows at the next keyframe", () => {
    const slow = feed({ seconds: 8, fps: 25, keyframeEvery: 100, frameBytes: 2_000 });

    expect(inspect(slow).measures).toMatchObject({ keyframeIntervalSeconds: 4 });
    expect(inspect(slow).measures.frameRate).toBeCloseTo(25, 0);
  });

  it("knows nothing before anything arrived", () => {
    expect(inspect([]).measures).toEqual({
      videoCodec: null,
      audioCodec: null,
      width: null,
      height: null,
      frameRate: null,
      bitrateKbps: null,
      keyframeIntervalSeconds: null,
    });
  });

  it("reports a keyframe interval over 10 s as ERR_GOP_OUT_OF_RANGE, as Cloudflare does", () => {
    const { errors } = inspect(feed({ seconds: 12, fps: 30, keyframeEvery: 360, frameBytes: 1_000 }));

    expect(errors).toEqual([{ code: "ERR_GOP_OUT_OF_RANGE", message: expect.stringContaining("keyframe interval") }]);
  });
});
