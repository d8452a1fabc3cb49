import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ChildProcesses } from "../media/child-processes";
import type { MediaTools } from "../media/media-tools";

const FRESH_FOR_MS = 5000;

/** A JPEG of the newest live segment, remade at most every few seconds per live output. */
export class LiveThumbnails {
  readonly #cache = new Map<string, { at: number; jpeg: Promise<Buffer | null> }>();

  readonly #tools: MediaTools;
  readonly #processes: ChildProcesses;

  constructor(tools: MediaTools, processes: ChildProcesses) {
    this.#tools = tools;
    this.#processes = processes;
  }

  of(hlsDir: string): Promise<Buffer | null> {
    const cached = this.#cache.get(hlsDir);
    if (cached && Date.now() - cached.at < FRESH_FOR_MS) return cached.jpeg;
    for (const [dir, entry] of this.#cache) if (Date.now() - entry.at > FRESH_FOR_MS) this.#cache.delete(dir);
    const jpeg = this.#capture(hlsDir);
    this.#cache.set(hlsDir, { at: Date.now(), jpeg });
    return jpeg;
  }

  async #capture(hlsDir: string): Promise<Buffer | null> {
    const playlist = join(hlsDir, "0", "index.m3u8");
    if (!existsSync(playlist)) return null;
    const newest = readFileSync(playlist, "utf8")
      .split("\n")
      .filter((line) => line.endsWith(".ts"))
      .at(-1);
    if (!newest) return null;
    try {
      const { stdout } = await this.#processes.run(
        this.#tools.ffmpeg,
        [
          "-hide_banner",
          "-loglevel",
          "error",
          "-i",
          join(hlsDir, "0", newest),
          "-frames:v",
          "1",
          "-f",
          "image2pipe",
          "-c:v",
          "mjpeg",
          "-q:v",
          "4",
          "pipe:1",
        ],
        15_000,
      );
      return stdout.length > 0 ? stdout : null;
    } catch {
      return null;
    }
  }
}
