import type { HlsConfig } from "hls.js";

/**
 * How close to the live edge hls.js plays a live show. stream-local cuts 1 s segments; Cloudflare
 * cuts longer ones, and these counts are in segments, so the same settings suit both. Two segments
 * behind the edge, with a gentle catch-up (at most 5% faster) when a stall left the player further
 * behind. hls.js jumps to the edge by itself only when the player is more than 18 segments late,
 * nearly off the live playlist (stream-local lists 20): a fan who paused or went back a little
 * stays where they are, and the player's "Back to live" takes them to the edge when they want (at
 * 6 segments, as before, hls.js moved every fan more than 6 s behind forward at its next playlist
 * refresh, so on 1 s segments "Back to live" was gone before it could be pressed).
 * bench/stream-latency.mjs measures glass-to-glass latency and rebuffers with exactly these settings.
 */
export const LIVE_SYNC = {
  liveSyncDurationCount: 2,
  liveMaxLatencyDurationCount: 18,
  maxLiveSyncPlaybackRate: 1.05,
  lowLatencyMode: true,
} satisfies Partial<HlsConfig>;
