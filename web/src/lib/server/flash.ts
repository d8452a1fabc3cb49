import type { Cookies } from "@sveltejs/kit";

// A one-time message that survives the redirect after a form post ("Show saved").
const FLASH_COOKIE = "firestream_flash";

export function setFlash(cookies: Cookies, message: string): void {
  cookies.set(FLASH_COOKIE, message, { path: "/", httpOnly: true, sameSite: "lax", maxAge: 60 });
}

export function takeFlash(cookies: Cookies): string | null {
  const message = cookies.get(FLASH_COOKIE) ?? null;
  if (message !== null) cookies.delete(FLASH_COOKIE, { path: "/" });
  return message;
}
