import { startDevStack } from "@firestream/dev-support";

const READY_TIMEOUT_MS = 180_000;
// Stream's own default (the production setting): a feed that drops ends its recording at once on
// stream-local, and the show's replay is its recordings played one after another.
const RECORDING_TIMEOUT_SECONDS = 0;

/**
 * Starts the whole dev stack (`node scripts/dev.mjs`) on free ports with a fresh state
 * directory, and waits until it says it is ready: API up, demo data seeded, site answering.
 * global-teardown.ts stops it by its PID.
 */
export default async function globalSetup(): Promise<void> {
  const stack = await startDevStack({
    readyTimeoutMs: READY_TIMEOUT_MS,
    env: {
      STREAM_RECORDING_TIMEOUT_SECONDS: String(RECORDING_TIMEOUT_SECONDS),
      // The site's dev server reads a test's pinned instant from a cookie (see pinClock in helpers.ts).
      FIRESTREAM_TEST_CLOCK: "1",
    },
  });
  process.env.FIRESTREAM_E2E_STACK_PID = String(stack.pid);
  process.env.FIRESTREAM_E2E_STATE_DIR = stack.stateDir;
  process.env.FIRESTREAM_E2E_BASE_URL = stack.siteUrl;
  process.env.FIRESTREAM_E2E_API_ORIGIN = stack.apiOrigin;
  process.env.FIRESTREAM_E2E_RTMP_URL = stack.rtmpUrl;
  process.env.FIRESTREAM_E2E_STREAM_API = stack.streamApi;
  process.env.FIRESTREAM_E2E_RECORDING_TIMEOUT_SECONDS = String(RECORDING_TIMEOUT_SECONDS);
  // The stack lives on after this function, until global-teardown.ts stops it.
  stack.child.unref();
}
