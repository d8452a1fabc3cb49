import { importJWK, SignJWT } from "jose";
import type { StreamConfig } from "../config";

export interface PlaybackGrant {
  /** Manifest URL with the token in place of the uid: <base>/<token>/manifest/video.m3u8 */
  hlsUrl: string;
  /** Token expiry; the player asks for a fresh URL before then */
  expiresAt: string;
  token: string;
}

const keys = new Map<string, Promise<CryptoKey>>();

function signingKey(stream: StreamConfig): Promise<CryptoKey> {
  let key = keys.get(stream.signingKeyId);
  if (!key) {
    key = importJWK({ ...stream.signingJwk, alg: "RS256" }, "RS256") as Promise<CryptoKey>;
    keys.set(stream.signingKeyId, key);
  }
  return key;
}

/**
 * A signed playback URL for one live input or video, signed here with the Stream signing key
 * (RS256, `kid` header and claim, `sub` = uid, `exp` at most an hour away), as Cloudflare
 * documents for high-volume signing instead of calling its /token endpoint. `notAfter` caps the
 * expiry (a replay's window closing); `downloadable` lets the token fetch the MP4 download.
 */
export async function signPlayback(
  stream: StreamConfig,
  uid: string,
  now: Date,
  options: { downloadable?: boolean; notAfter?: Date } = {},
): Promise<PlaybackGrant> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const cap = options.notAfter ? Math.floor(options.notAfter.getTime() / 1000) : Number.POSITIVE_INFINITY;
  const expiresAt = Math.min(issuedAt + stream.tokenTtlSeconds, cap);
  const claims: Record<string, unknown> = { kid: stream.signingKeyId };
  if (stream.accessRules) claims.accessRules = stream.accessRules;
  if (options.downloadable) claims.downloadable = true;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: stream.signingKeyId })
    .setSubject(uid)
    .setNotBefore(issuedAt - 60)
    .setExpirationTime(expiresAt)
    .sign(await signingKey(stream));
  return {
    token,
    hlsUrl: `${stream.client.playbackBase}/${token}/manifest/video.m3u8`,
    expiresAt: new Date(expiresAt * 1000).toISOString(),
  };
}
