import type { HlsConfig } from "hls.js";

/**
 * How close to the live edge hls.js plays a live show. stream-local cuts 1 s segments; Cloudflare
 * cuts longer ones, and these counts are in segments, so the same settings suit both. Two segments
 * behind the edge, with a gentle catch-up (at most 5% faster) when a stall left the player further
 * behind, and a jump back only when it is more than six segments late. bench/stream-latency.mjs
 * measures glass-to-glass latency and rebuffers with exactly these settings.
 */
export const LIVE_SYNC = {
  liveSyncDurationCount: 2,
  liveMaxLatencyDurationCount: 6,
  maxLiveSyncPlaybackRate: 1.05,
  lowLatencyMode: true,
} satisfies Partial<HlsConfig>;
