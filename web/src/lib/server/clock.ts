import type { Cookies } from "@sveltejs/kit";
import { dev } from "$app/environment";
import { env } from "$env/dynamic/private";

/**
 * End-to-end tests pin the browser's clock (Playwright's page.clock) and put the same instant in
 * this cookie, so the server renders "today" as the browser sees it. Only a dev server started
 * with FIRESTREAM_TEST_CLOCK=1 reads it; a production build never does (`dev` is false there).
 */
export const TEST_CLOCK_COOKIE = "firestream_test_now";

export function testClockEnabled(): boolean {
  return dev && env.FIRESTREAM_TEST_CLOCK === "1";
}

/** The instant a request happens at: the real clock, or the test's pinned instant. */
export function requestNow(cookies: Cookies): Date {
  if (testClockEnabled()) {
    const pinned = Date.parse(cookies.get(TEST_CLOCK_COOKIE) ?? "");
    if (Number.isFinite(pinned)) return new Date(pinned);
  }
  return new Date();
}
