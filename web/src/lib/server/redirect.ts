/** Stands for the site's own origin while a target is parsed: only paths on it are accepted. */
const SITE = "https://site.invalid";

/** Longer targets are not links the site made. */
const MAX_LENGTH = 2048;

// Browsers drop tabs and line breaks inside URLs and read a backslash as a slash, so "/\t/evil"
// and "/\evil" would leave the site. Checked on the target as given and once decoded.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function unsafe(value: string): boolean {
  return UNSAFE.test(value) || !value.startsWith("/") || value.startsWith("//");
}

/**
 * Where to send someone after a form, from a target that came with the request (`redirectTo`):
 * a path on this site, normalised (`/shows/1?x=y#z`), or `fallback` for anything else, never
 * an error.
 */
export function safeRedirect(value: string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  const once = decoded(value);
  if (once === undefined || unsafe(value) || unsafe(once)) return fallback;
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return fallback;
  }
  if (url.origin !== SITE) return fallback;
  const target = url.pathname + url.search + url.hash;
  // The path as the browser will read it must still be one on this site.
  return target.startsWith("//") ? fallback : target;
}
