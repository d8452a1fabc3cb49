import { spawnSync } from "node:child_process";
import { accessSync, chmodSync, constants } from "node:fs";
import { createRequire } from "node:module";

export interface MediaTools {
  ffmpeg: string;
  ffprobe: string;
}

/**
 * ffmpeg and ffprobe from PATH when installed (Debian's ffmpeg 5.1 is newer), else the binaries
 * shipped inside @ffmpeg-installer/ffmpeg and @ffprobe-installer/ffprobe, so a fresh machine
 * needs nothing beyond `pnpm install`.
 */
export function findMediaTools(overrides: { ffmpegPath?: string; ffprobePath?: string } = {}): MediaTools {
  return {
    ffmpeg: overrides.ffmpegPath ?? onPath("ffmpeg") ?? fromPackage("@ffmpeg-installer/ffmpeg"),
    ffprobe: overrides.ffprobePath ?? onPath("ffprobe") ?? fromPackage("@ffprobe-installer/ffprobe"),
  };
}

function onPath(name: "ffmpeg" | "ffprobe"): string | undefined {
  const result = spawnSync(name, ["-version"], { stdio: "ignore" });
  return result.status === 0 ? name : undefined;
}

function fromPackage(packageName: string): string {
  const require = createRequire(import.meta.url);
  const { path } = require(packageName) as { path: string };
  try {
    accessSync(path, constants.X_OK);
  } catch {
    // The package's postinstall only does this chmod, and pnpm skips dependency build scripts
    // unless pnpm-workspace.yaml allows them.
    chmodSync(path, 0o755);
  }
  return path;
}
