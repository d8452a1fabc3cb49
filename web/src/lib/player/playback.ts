/** What Performance.playback grants a viewer: a signed HLS URL and the token for heartbeats. */
export interface PlaybackGrant {
  hlsUrl: string;
  expiresAt: string;
  live: boolean;
  heartbeatToken: string;
  /** A replay's recordings in order (one per stretch of feed); empty or absent while live */
  parts?: ReadonlyArray<{ hlsUrl: string; durationSeconds: number; startedAt?: string }>;
}

/** The URL of the replay part to play (the grant's own URL while live or with a single part). */
export function partUrl(grant: PlaybackGrant, index: number): string {
  const parts = grant.parts ?? [];
  return parts.length > 1 ? (parts[Math.min(index, parts.length - 1)]?.hlsUrl ?? grant.hlsUrl) : grant.hlsUrl;
}

/** Where part `index` starts on the replay's timeline, in seconds (for heartbeats). */
export function partOffset(grant: PlaybackGrant, index: number): number {
  return (grant.parts ?? []).slice(0, index).reduce((total, part) => total + part.durationSeconds, 0);
}

/**
 * When replay part `index` began, as Stream recorded it (undefined while live or when the grant
 * does not say): `t` seconds into the part is that moment plus `t`, which a chat replay follows.
 */
export function partStartedAt(grant: PlaybackGrant, index: number): string | undefined {
  const parts = grant.parts ?? [];
  return grant.live ? undefined : parts[Math.min(index, parts.length - 1)]?.startedAt;
}

/**
 * The grant to play with: a renewal replaces the parent's grant of the same kind (live or replay)
 * while it lasts longer; a newer grant from the parent, or one for another stream, wins.
 */
export function currentGrant(given: PlaybackGrant, renewed: PlaybackGrant | null): PlaybackGrant {
  return renewed && renewed.live === given.live && Date.parse(renewed.expiresAt) > Date.parse(given.expiresAt)
    ? renewed
    : given;
}

/** The signed token in a playback URL's path: `<base>/<token>/manifest/video.m3u8`. */
export function tokenPartOf(hlsUrl: string): { base: string; token: string } | undefined {
  const match = /^(.*?)\/([^/]+)\/manifest\/[^/]+\.m3u8(?:[?#].*)?$/.exec(hlsUrl);
  return match ? { base: match[1] ?? "", token: match[2] ?? "" } : undefined;
}

/**
 * Puts the current token into a request URL below the same base (playlists and segments are
 * relative to the signed manifest, so they carry the token that was current when they were
 * listed). Anything else passes unchanged.
 */
export function withToken(url: string, hlsUrl: string): string {
  const signed = tokenPartOf(hlsUrl);
  if (!signed || !url.startsWith(`${signed.base}/`)) return url;
  const rest = url.slice(signed.base.length + 1);
  const slash = rest.indexOf("/");
  return slash < 0 ? url : `${signed.base}/${signed.token}${rest.slice(slash)}`;
}

/**
 * When to ask for a new URL: a few minutes before it expires (half-way for short grants), so
 * playback never meets an expired token.
 */
export function renewalDelay(expiresAt: string, now = Date.now()): number {
  const left = Date.parse(expiresAt) - now;
  const margin = Math.min(5 * 60_000, left / 2);
  return Math.max(5_000, left - margin);
}

/** A player session id for heartbeats: 32 hex digits (the API takes 8-64 letters, digits or dashes). */
export function newSessionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Whether this browser can feed video through Media Source Extensions (then hls.js plays). */
export function hasMediaSource(): boolean {
  return typeof window !== "undefined" && ("MediaSource" in window || "ManagedMediaSource" in window);
}

export type HeartbeatOutcome = "accepted" | "expired" | "refused";

/** POST /api/heartbeat (through the site's origin). A 401 means: ask for a new grant. */
export async function sendHeartbeat(body: {
  token: string;
  sessionId: string;
  positionSeconds: number;
  playing: boolean;
}): Promise<HeartbeatOutcome> {
  try {
    const response = await fetch("/api/heartbeat", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      keepalive: true,
    });
    if (response.status === 204) return "accepted";
    return response.status === 401 ? "expired" : "refused";
  } catch {
    return "refused";
  }
}
