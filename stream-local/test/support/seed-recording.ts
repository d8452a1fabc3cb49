import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { promisify } from "node:util";
import { testPatternInputs } from "@firestream/dev-support";
import { newUid } from "../../src/ids";
import { liveInputRecords, type LiveInputRecord, newLiveInput } from "../../src/live-inputs/live-input";
import { MediaLayout } from "../../src/media/media-layout";
import { openStateStore } from "../../src/state/state-store";
import { type VideoRecord, videoRecords } from "../../src/videos/video";
import { mediaTools } from "./ffprobe";

const run = promisify(execFile);

export function videoRecord(overrides: Partial<VideoRecord> = {}): VideoRecord {
  const now = new Date().toISOString();
  return {
    uid: newUid(),
    liveInput: newUid(),
    created: now,
    modified: now,
    meta: { name: "seeded recording" },
    requireSignedURLs: false,
    allowedOrigins: [],
    state: "live-inprogress",
    readyToStreamAt: null,
    duration: -1,
    width: -1,
    height: -1,
    size: 0,
    errorReasonCode: "",
    errorReasonText: "",
    deleteRecordingAfterDays: null,
    scheduledDeletion: null,
    ...overrides,
  };
}

/**
 * Leaves a data dir as a previous run would after a short broadcast it never finalized: a video
 * in progress with one recorded part (2 s of H.264 + AAC). The next start finalizes it into a VOD.
 */
export async function seedUnfinishedRecording(
  dataDir: string,
  overrides: Partial<VideoRecord> = {},
): Promise<VideoRecord> {
  const video = videoRecord(overrides);
  const partDir = MediaLayout.partDir(new MediaLayout(dataDir).videoDir(video.uid), 0);
  mkdirSync(partDir, { recursive: true });
  await run(mediaTools.ffmpeg, [
    ...["-hide_banner", "-loglevel", "error", "-y"],
    ...testPatternInputs({ size: "640x360", realtime: false }),
    ...["-t", "2"],
    ...[
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-g",
      "30",
      "-c:a",
      "aac",
      "-f",
      "mpegts",
      MediaLayout.partRecording(partDir),
    ],
  ]);
  videoRecords(openStateStore(dataDir)).put(video);
  return video;
}

/** A live input as a previous run would have left it. */
export function seedLiveInput(dataDir: string, recording: Partial<LiveInputRecord["recording"]> = {}): LiveInputRecord {
  const input = newLiveInput(new Date().toISOString());
  return liveInputRecords(openStateStore(dataDir)).put({
    ...input,
    recording: { ...input.recording, mode: "automatic", ...recording },
  });
}
