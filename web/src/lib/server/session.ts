import type { Cookies } from "@sveltejs/kit";

/** The API's httpOnly session cookie (api/src/accounts/session-cookie.ts). */
export const SESSION_COOKIE = "firestream_session";

/**
 * Copies the API's Set-Cookie headers onto the site's response, attributes and all, so a session
 * the API starts (or ends) during a server-side request reaches the browser.
 */
export function forwardSetCookies(cookies: Cookies, headers: Headers): void {
  for (const header of headers.getSetCookie()) {
    const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
    const separator = pair.indexOf("=");
    if (separator <= 0) continue;
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    const options: Parameters<Cookies["set"]>[2] = { path: "/", httpOnly: false, secure: false };
    for (const attribute of attributes) {
      const [key = "", ...rest] = attribute.split("=");
      const attributeValue = rest.join("=");
      switch (key.toLowerCase()) {
        case "path":
          options.path = attributeValue || "/";
          break;
        case "max-age":
          options.maxAge = Number(attributeValue);
          break;
        case "expires":
          options.expires = new Date(attributeValue);
          break;
        case "httponly":
          options.httpOnly = true;
          break;
        case "secure":
          options.secure = true;
          break;
        case "samesite":
          options.sameSite = attributeValue.toLowerCase() as "lax" | "strict" | "none";
          break;
        case "domain":
          options.domain = attributeValue;
          break;
      }
    }
    // The value is already encoded by the API.
    cookies.set(name, value, { ...options, encode: (raw) => raw });
  }
}
