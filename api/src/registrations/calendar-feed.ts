import type { Config } from "../config";

/**
 * A calendar feed's secret: its id and an HMAC of it under the server secret. Rows hold only the
 * id, so a copy of the database makes no working URL; rotating the id ends the old URL.
 */
const encoder = new TextEncoder();

function hmacKey(config: Config, usage: "sign" | "verify"): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", new Uint8Array(config.auth.secret), { name: "HMAC", hash: "SHA-256" }, false, [
    usage,
  ]);
}

const message = (feedId: string) => encoder.encode(`calendar-feed:${feedId}`);

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function newFeedId(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(18)));
}

export async function feedToken(config: Config, feedId: string): Promise<string> {
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(config, "sign"), message(feedId)));
  return `${feedId}.${base64url(signature)}`;
}

/** The feed id of a well-formed token whose signature checks (in constant time), else null. */
export async function feedIdOf(config: Config, token: string): Promise<string | null> {
  if (token.length > 200) return null;
  const [feedId, signature, extra] = token.split(".");
  if (!feedId || !signature || extra !== undefined || !/^[A-Za-z0-9_-]+$/.test(feedId)) return null;
  const bytes = fromBase64url(signature);
  if (!bytes) return null;
  const valid = await crypto.subtle.verify("HMAC", await hmacKey(config, "verify"), bytes, message(feedId));
  return valid ? feedId : null;
}

/** webcal://site/calendar/<token>.ics: calendar apps subscribe to webcal links and poll them. */
export function feedUrl(config: Config, token: string): string {
  const url = new URL(`/calendar/${token}.ics`, config.siteUrl);
  return `webcal://${url.host}${url.pathname}`;
}
