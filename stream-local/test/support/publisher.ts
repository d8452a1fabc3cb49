import { type Publisher, type PublisherOptions, startPublisher as startTestPublisher } from "@firestream/dev-support";
import { findMediaTools } from "../../src/media/media-tools";

export type { Publisher };

const tools = findMediaTools();

/** The shared synthetic 720p30 test feed, pushed by the ffmpeg stream-local itself would use. */
export function startPublisher(
  url: string,
  options: Pick<PublisherOptions, "seconds" | "videoCodecArgs"> = {},
): Publisher {
  return startTestPublisher(url, { ...options, ffmpeg: tools.ffmpeg });
}
