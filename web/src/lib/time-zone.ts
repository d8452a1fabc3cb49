// Shared by the server (reads it) and the browser (writes it).
export const TIME_ZONE_COOKIE = "firestream_tz";

/**
 * Tells the server the browser's time zone through a cookie. Returns true when it changed, so
 * the caller can render the page again in that zone.
 */
export function rememberBrowserTimeZone(known: string | null): boolean {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || zone === known) return false;
  document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; Path=/; Max-Age=31536000; SameSite=Lax`;
  return true;
}
