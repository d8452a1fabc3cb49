import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const READY_TIMEOUT_MS = 180_000;
const RECORDING_TIMEOUT_SECONDS = 8;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the whole dev stack (`node scripts/dev.mjs`) on free ports with a fresh state
 * directory, and waits until it says it is ready: API up, demo data seeded, site answering.
 * global-teardown.ts stops it by its PID.
 */
export default async function globalSetup(): Promise<void> {
  const stateDir = await mkdtemp(join(tmpdir(), "firestream-e2e-"));
  const [apiPort, webPort, streamPort, rtmpPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const logFile = join(stateDir, "stack.log");
  const log = createWriteStream(logFile);

  const stack = spawn(process.execPath, ["scripts/dev.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      FIRESTREAM_API_PORT: String(apiPort),
      FIRESTREAM_WEB_PORT: String(webPort),
      FIRESTREAM_STREAM_PORT: String(streamPort),
      FIRESTREAM_RTMP_PORT: String(rtmpPort),
      FIRESTREAM_STATE_DIR: stateDir,
      // A dropped feed ends the show (and its recording) after a few seconds, not minutes.
      STREAM_RECORDING_TIMEOUT_SECONDS: String(RECORDING_TIMEOUT_SECONDS),
      // The site's dev server reads a test's pinned instant from a cookie (see pinClock in helpers.ts).
      FIRESTREAM_TEST_CLOCK: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  stack.stdout.pipe(log);
  stack.stderr.pipe(log);

  process.env.FIRESTREAM_E2E_STACK_PID = String(stack.pid);
  process.env.FIRESTREAM_E2E_STATE_DIR = stateDir;
  process.env.FIRESTREAM_E2E_BASE_URL = `http://localhost:${webPort}`;
  process.env.FIRESTREAM_E2E_API_ORIGIN = `http://127.0.0.1:${apiPort}`;
  process.env.FIRESTREAM_E2E_RTMP_URL = `rtmp://127.0.0.1:${rtmpPort}/live/`;
  process.env.FIRESTREAM_E2E_STREAM_API = `http://127.0.0.1:${streamPort}/client/v4`;
  process.env.FIRESTREAM_E2E_RECORDING_TIMEOUT_SECONDS = String(RECORDING_TIMEOUT_SECONDS);

  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(`not ready within ${READY_TIMEOUT_MS / 1000} s`), READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("FireStream is running")) {
        clearTimeout(timer);
        stack.stdout.off("data", onData);
        stack.off("exit", onExit);
        resolve();
      }
    };
    const onExit = (code: number | null) => fail(`exited with ${code}`);
    async function fail(reason: string) {
      clearTimeout(timer);
      stack.off("exit", onExit);
      if (stack.exitCode === null) process.kill(stack.pid!, "SIGTERM");
      const tail = (await readFile(logFile, "utf8").catch(() => "")).split("\n").slice(-40).join("\n");
      reject(new Error(`The dev stack ${reason}. Last lines of ${logFile}:\n${tail}`));
    }
    stack.stdout.on("data", onData);
    stack.on("exit", onExit);
  });
  // The stack lives on after this function, until global-teardown.ts stops it.
  stack.unref();
}
