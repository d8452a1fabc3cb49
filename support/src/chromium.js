// Debian's Chromium, launched without a download by Playwright or Lighthouse: headless, and with
// every background connection off, so a run makes no request of its own to the outside.

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** @type {readonly string[]} */
export const CHROMIUM_ARGS = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]);

/** Lets video play with sound before any click. */
export const AUTOPLAY_ARG = "--autoplay-policy=no-user-gesture-required";

/**
 * Launch options for Playwright (`launchOptions`, `chromium.launch`).
 * @param {{ autoplay?: boolean }} [options]
 * @returns {{ executablePath: string; args: string[] }}
 */
export function chromiumLaunchOptions(options = {}) {
  return { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...(options.autoplay ? [AUTOPLAY_ARG] : [])] };
}
