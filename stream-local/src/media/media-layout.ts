import { join } from "node:path";

/**
 * Where media lives under the data dir:
 *   media/videos/<uid>/parts/<n>/        one ffmpeg worker's live output: <rendition>/index.m3u8,
 *                                        <rendition>/segment-<seq>.ts, master.m3u8, recording.ts
 *   media/videos/<uid>/vod/              the finished recording: master.m3u8, 0/index.m3u8, 0/segment-<n>.ts
 *   media/videos/<uid>/default.mp4, thumbnail.jpg
 *   media/live-only/<input uid>-<n>/parts/<n>/   live output of inputs that do not record
 */
export class MediaLayout {
  readonly #root: string;

  constructor(dataDir: string) {
    this.#root = join(dataDir, "media");
  }

  videoDir(videoUid: string): string {
    return join(this.#root, "videos", videoUid);
  }

  liveOnlyRoot(): string {
    return join(this.#root, "live-only");
  }

  liveOnlyDir(inputUid: string, sequence: number): string {
    return join(this.liveOnlyRoot(), `${inputUid}-${sequence}`);
  }

  static partsDir(recordingDir: string): string {
    return join(recordingDir, "parts");
  }

  static partDir(recordingDir: string, index: number): string {
    return join(recordingDir, "parts", String(index));
  }

  static partRecording(partDir: string): string {
    return join(partDir, "recording.ts");
  }

  static vodDir(videoDir: string): string {
    return join(videoDir, "vod");
  }

  static mp4(videoDir: string): string {
    return join(videoDir, "default.mp4");
  }

  static thumbnail(videoDir: string): string {
    return join(videoDir, "thumbnail.jpg");
  }

  /** The HLS master playlist inside a part or a vod dir. */
  static masterPlaylist(hlsDir: string): string {
    return join(hlsDir, "master.m3u8");
  }
}
