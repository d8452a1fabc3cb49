import { constantTimeEqual } from "../accounts/password";
import type { Config } from "../config";

/** How long an archive download link works; the admin page asks for a fresh one each time it shows it. */
export const DOWNLOAD_LINK_TTL_SECONDS = 3600;

const LABEL = "firestream archive download link v1";
const keys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

/**
 * The links' HMAC key, derived from AUTH_SECRET (HMAC of a fixed label), so a link can never
 * pass for a session token or anything else signed with that secret, and no new secret is needed.
 */
function linkKey(secret: Uint8Array): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = (async () => {
      const master = await crypto.subtle.importKey(
        "raw",
        new Uint8Array(secret),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["sign"],
      );
      const derived = await crypto.subtle.sign("HMAC", master, new TextEncoder().encode(LABEL));
      return crypto.subtle.importKey("raw", derived, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    })();
    keys.set(secret, key);
  }
  return key;
}

async function signature(config: Config, path: string, expires: number): Promise<Uint8Array> {
  const key = await linkKey(config.auth.secret);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${path}\n${expires}`)));
}

export function downloadPath(performanceId: string, videoId: string): string {
  return `/api/archives/${encodeURIComponent(performanceId)}/${encodeURIComponent(videoId)}.mp4`;
}

/** A link to one archive's MP4 that works until `expiresAt` (for organizers; the route checks that too). */
export async function signDownloadLink(
  config: Config,
  archive: { performanceId: string; videoId: string },
  now: Date,
): Promise<{ url: string; expiresAt: string }> {
  const expires = Math.floor(now.getTime() / 1000) + DOWNLOAD_LINK_TTL_SECONDS;
  const path = downloadPath(archive.performanceId, archive.videoId);
  const url = new URL(path, config.siteUrl);
  url.searchParams.set("expires", String(expires));
  url.searchParams.set("signature", base64url(await signature(config, path, expires)));
  return { url: url.href, expiresAt: new Date(expires * 1000).toISOString() };
}

/** Whether the link's path, expiry and signature belong together and it has not expired. */
export async function verifyDownloadLink(
  config: Config,
  url: URL,
  now: Date,
): Promise<"valid" | "expired" | "bad signature"> {
  const expires = Number(url.searchParams.get("expires"));
  const given = fromBase64url(url.searchParams.get("signature") ?? "");
  if (!Number.isSafeInteger(expires) || !given) return "bad signature";
  const expected = await signature(config, url.pathname, expires);
  if (!constantTimeEqual(expected, given)) return "bad signature";
  return expires * 1000 <= now.getTime() ? "expired" : "valid";
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
