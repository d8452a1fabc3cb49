// Security headers for everything the site answers: its pages (whose Content-Security-Policy
// SvelteKit writes from svelte.config.js, with nonces) and what it forwards from the API.

/** Features no page of the site uses: nobody can turn them on, not even an embedded script. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "hid=()",
  "midi=()",
  "browsing-topics=()",
  "fullscreen=(self)",
  "picture-in-picture=(self)",
  "autoplay=(self)",
].join(", ");

/** Cloudflare Stream plays from https://customer-<code>.cloudflarestream.com. */
export const DEFAULT_PLAYBACK_ORIGINS = ["https://*.cloudflarestream.com"];
/** stream-local listens on a port of its own next to the dev server. */
export const DEV_PLAYBACK_ORIGINS = ["http://127.0.0.1:*", "http://localhost:*"];

// A scheme, a host (a leading "*." allowed) and an optional port (or "*"): what CSP calls a host
// source, with nothing that could end the directive.
const PLAYBACK_ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?$/i;

/** STREAM_PLAYBACK_ORIGINS (separated by commas or spaces), or the defaults for dev and production. */
export function parsePlaybackOrigins(value: string | undefined, isDev: boolean): string[] {
  const origins = (value ?? "").split(/[\s,]+/).filter(Boolean);
  if (origins.length === 0) return isDev ? DEV_PLAYBACK_ORIGINS : DEFAULT_PLAYBACK_ORIGINS;
  for (const origin of origins) {
    if (!PLAYBACK_ORIGIN.test(origin)) {
      throw new Error(
        `STREAM_PLAYBACK_ORIGINS: "${origin}" is not an origin like https://customer-abc123.cloudflarestream.com`,
      );
    }
  }
  return origins;
}

const ONE_YEAR_SECONDS = 31_536_000;

/** The headers every response gets; HSTS only over https (a browser ignores it on http anyway). */
export function securityHeaders(url: URL): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": PERMISSIONS_POLICY,
    "x-frame-options": "DENY",
    ...(url.protocol === "https:" ? { "strict-transport-security": `max-age=${ONE_YEAR_SECONDS}` } : {}),
  };
}

/**
 * Sets `headers` on a response, keeping any the response has already set itself (a response
 * with immutable headers, as from `fetch`, is copied first).
 */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  try {
    response.headers.set("x-content-type-options", "nosniff");
  } catch {
    response = new Response(response.body, response);
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}

/** Adds sources to directives of a policy (a directive it lacks is added). */
export function extendPolicy(policy: string, additions: Record<string, readonly string[]>): string {
  const directives = policy
    .split(";")
    .map((directive) => directive.trim())
    .filter(Boolean);
  for (const [name, sources] of Object.entries(additions)) {
    if (sources.length === 0) continue;
    const index = directives.findIndex((directive) => directive.split(/\s+/)[0]?.toLowerCase() === name);
    if (index === -1) directives.push([name, ...sources].join(" "));
    else directives[index] = [directives[index], ...sources].join(" ");
  }
  return directives.join("; ");
}

/** The API answers no page the site frames or styles: its JSON, images and events get this. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/**
 * GraphiQL's page (the API's HTML for `GET /graphql`) runs two small inline scripts: they are
 * allowed by their hashes, so nothing else inline can run. Its editor sets styles inline and
 * loads its workers and fonts from /graphiql/.
 */
export async function graphiqlPolicy(html: string): Promise<string> {
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
  const hashes = await Promise.all(inline.map(async (script) => `'sha256-${await sha256(script)}'`));
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
