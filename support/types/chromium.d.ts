/**
 * Launch options for Playwright (`launchOptions`, `chromium.launch`).
 * @param {{ autoplay?: boolean }} [options]
 * @returns {{ executablePath: string; args: string[] }}
 */
export function chromiumLaunchOptions(options?: {
    autoplay?: boolean;
}): {
    executablePath: string;
    args: string[];
};
export const CHROMIUM_PATH: "/usr/bin/chromium";
/** @type {readonly string[]} */
export const CHROMIUM_ARGS: readonly string[];
/** Lets video play with sound before any click. */
export const AUTOPLAY_ARG: "--autoplay-policy=no-user-gesture-required";
