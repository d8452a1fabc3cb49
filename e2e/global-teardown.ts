import { rm } from "node:fs/promises";

/** Stops the stack global-setup.ts started (by its PID; dev.mjs stops its own children). */
export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env.FIRESTREAM_E2E_STACK_PID);
  if (pid > 0) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, 200));
    if (isRunning(pid)) process.kill(pid, "SIGKILL");
  }
  const stateDir = process.env.FIRESTREAM_E2E_STATE_DIR;
  if (stateDir && !process.env.FIRESTREAM_E2E_KEEP_STATE) await rm(stateDir, { recursive: true, force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
