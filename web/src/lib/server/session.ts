import type { Cookies } from "@sveltejs/kit";
import { parse } from "set-cookie-parser";

/** The API's httpOnly session cookie (api/src/accounts/session-cookie.ts). */
export const SESSION_COOKIE = "firestream_session";

export interface ForwardedCookie {
  name: string;
  value: string;
  options: Parameters<Cookies["set"]>[2];
}

/** The cookies a response's Set-Cookie headers set, as SvelteKit's `cookies.set` takes them. */
export function setCookiesOf(headers: Headers): ForwardedCookie[] {
  // The values are already encoded by the API: they are passed on as they are.
  return parse(headers.getSetCookie(), { decodeValues: false })
    .filter((cookie) => cookie.name !== "")
    .map(({ name, value, path, maxAge, expires, httpOnly, secure, sameSite, domain }) => ({
      name,
      value,
      options: {
        path: path || "/",
        httpOnly: httpOnly ?? false,
        secure: secure ?? false,
        ...(maxAge !== undefined && { maxAge }),
        ...(expires && { expires }),
        ...(sameSite && { sameSite: sameSite.toLowerCase() as "lax" | "strict" | "none" }),
        ...(domain && { domain }),
      },
    }));
}

/**
 * Copies the API's Set-Cookie headers onto the site's response, attributes and all, so a session
 * the API starts (or ends) during a server-side request reaches the browser.
 */
export function forwardSetCookies(cookies: Cookies, headers: Headers): void {
  for (const { name, value, options } of setCookiesOf(headers))
    cookies.set(name, value, { ...options, encode: (raw) => raw });
}
