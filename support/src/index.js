export { AUTOPLAY_ARG, CHROMIUM_ARGS, CHROMIUM_PATH, chromiumLaunchOptions } from "./chromium.js";
export { freePort, waitForUrl } from "./ports.js";
export { LIVE_H264_ARGS, startPublisher, testPatternInputs } from "./publisher.js";
export { startDevStack, streamLocalProcess, WRANGLER_ENV } from "./stack.js";

/** @typedef {import("./publisher.js").Publisher} Publisher */
/** @typedef {import("./publisher.js").PublisherOptions} PublisherOptions */
