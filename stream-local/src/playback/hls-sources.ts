/**
 * Where a target's HLS comes from: the live output of the newest ffmpeg worker while its input is
 * live (or the ended output of a recording in an intermission), or a ready video's VOD.
 */
import type { Request } from "../http/router";
import type { LiveBroadcasts } from "../ingest/live-broadcasts";
import { MediaLayout } from "../media/media-layout";
import type { VideoRecord } from "../videos/video";
import type { LiveViewers } from "./live-viewers";
import { liveInputOf, type Target } from "./playback-access";

export interface HlsSource {
  dir: string;
  live: boolean;
  /** The input whose live viewers this playback counts toward */
  inputUid: string | null;
}

/** How long a live request waits for the worker's first output. */
const LIVE_OUTPUT_WAIT_MS = 15_000;
const POLL_MS = 200;

export type LiveOutputs = Pick<
  LiveBroadcasts,
  "isLive" | "currentVideoUid" | "liveHlsDirOfInput" | "liveHlsDirOfVideo"
>;

export class HlsSources {
  readonly #broadcasts: LiveOutputs;
  readonly #layout: MediaLayout;

  constructor(broadcasts: LiveOutputs, layout: MediaLayout) {
    this.#broadcasts = broadcasts;
    this.#layout = layout;
  }

  of(target: Target): HlsSource | null {
    if (target.kind === "input") {
      const dir = this.#broadcasts.liveHlsDirOfInput(target.uid);
      return dir ? { dir, live: true, inputUid: target.uid } : null;
    }
    const video = target.video;
    if (video.state === "ready")
      return { dir: MediaLayout.vodDir(this.#layout.videoDir(video.uid)), live: false, inputUid: null };
    const dir = this.#broadcasts.liveHlsDirOfVideo(video);
    if (!dir || !video.liveInput) return null;
    return { dir, live: this.recordingIsLive(video), inputUid: video.liveInput };
  }

  /** A live input's worker starts on the feed's first keyframe: wait for its output a little. */
  async waitFor(target: Target): Promise<HlsSource | null> {
    const inputUid = liveInputOf(target);
    const deadline = Date.now() + LIVE_OUTPUT_WAIT_MS;
    for (;;) {
      const source = this.of(target);
      if (source || !inputUid || !this.#broadcasts.isLive(inputUid) || Date.now() > deadline) return source;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Whether a recording is the one its input is live into right now. */
  recordingIsLive(video: VideoRecord): boolean {
    return (
      video.state === "live-inprogress" &&
      !!video.liveInput &&
      this.#broadcasts.isLive(video.liveInput) &&
      this.#broadcasts.currentVideoUid(video.liveInput) === video.uid
    );
  }
}

/** While live, the newest worker may not have written a playlist yet: wait for it a little. */
export async function waitForLive<T>(read: () => T | null, stillLive: () => boolean): Promise<T | null> {
  const deadline = Date.now() + LIVE_OUTPUT_WAIT_MS;
  for (;;) {
    const value = read();
    if (value !== null || Date.now() > deadline || !stillLive()) return value;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A live playback request counts its client among the input's live viewers. */
export function countViewer(viewers: LiveViewers, request: Request, source: HlsSource): void {
  if (!source.live || !source.inputUid) return;
  viewers.saw(source.inputUid, `${request.clientIp} ${request.headers["user-agent"] ?? ""} ${request.params.id}`);
}
