import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { findMediaTools } from "../../src/media/media-tools";

const run = promisify(execFile);
const tools = findMediaTools();

/** The codec names of every stream ffprobe finds in a file or URL (an HLS master playlist included). */
export async function probeCodecs(fileOrUrl: string): Promise<string[]> {
  const { stdout } = await run(
    tools.ffprobe,
    ["-v", "error", "-show_entries", "stream=codec_name", "-of", "json", fileOrUrl],
    { timeout: 60_000 },
  );
  const parsed = JSON.parse(stdout) as { streams?: Array<{ codec_name?: string }> };
  return (parsed.streams ?? []).map((stream) => stream.codec_name ?? "");
}

export { tools as mediaTools };
