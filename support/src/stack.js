import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./ports.js";

const root = join(import.meta.dirname, "..", "..");

/** wrangler makes no outbound connection with these (no metrics, no request.cf lookup). */
export const WRANGLER_ENV = Object.freeze({ WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" });

/**
 * How to run stream-local from source as its own process (`tsx src/main.ts`); `env` holds only
 * its settings, to lay over the caller's environment.
 * @param {{ httpPort: number; rtmpPort: number; dataDir: string; accountId: string; apiToken: string; logLevel?: string }} settings
 * @returns {{ command: string; args: string[]; cwd: string; env: Record<string, string> }}
 */
export function streamLocalProcess(settings) {
  const cwd = join(root, "stream-local");
  return {
    command: join(cwd, "node_modules", ".bin", "tsx"),
    args: ["src/main.ts"],
    cwd,
    env: {
      FIRESTREAM_STREAM_PORT: String(settings.httpPort),
      FIRESTREAM_RTMP_PORT: String(settings.rtmpPort),
      STREAM_LOCAL_DATA_DIR: settings.dataDir,
      STREAM_LOCAL_ACCOUNT_ID: settings.accountId,
      STREAM_LOCAL_API_TOKEN: settings.apiToken,
      ...(settings.logLevel ? { STREAM_LOCAL_LOG_LEVEL: settings.logLevel } : {}),
    },
  };
}

/**
 * Starts the whole dev stack (`node scripts/dev.mjs`: stream-local, the API under wrangler dev,
 * the site) on free ports with a fresh state directory, and resolves once it says it is ready
 * (API up, demo data seeded, site answering). Its output goes to `stack.log` in the state
 * directory; a stack that exits or is not ready in time is stopped and rejects with the log's end.
 * @param {{ env?: Record<string, string>; readyTimeoutMs?: number }} [options]
 */
export async function startDevStack(options = {}) {
  const readyTimeoutMs = options.readyTimeoutMs ?? 180_000;
  const stateDir = await mkdtemp(join(tmpdir(), "firestream-stack-"));
  const ports = { api: await freePort(), web: await freePort(), stream: await freePort(), rtmp: await freePort() };
  const logFile = join(stateDir, "stack.log");
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["scripts/dev.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      FIRESTREAM_API_PORT: String(ports.api),
      FIRESTREAM_WEB_PORT: String(ports.web),
      FIRESTREAM_STREAM_PORT: String(ports.stream),
      FIRESTREAM_RTMP_PORT: String(ports.rtmp),
      FIRESTREAM_STATE_DIR: stateDir,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("node scripts/dev.mjs did not start");
  child.stdout.pipe(log);
  child.stderr.pipe(log);

  await new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(`not ready within ${readyTimeoutMs / 1000} s`), readyTimeoutMs);
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes("FireStream is running")) {
        clearTimeout(timer);
        child.stdout.off("data", onData);
        child.off("exit", onExit);
        resolve(undefined);
      }
    };
    /** @param {number | null} code */
    const onExit = (code) => fail(`exited with ${code}`);
    /** @param {string} reason */
    async function fail(reason) {
      clearTimeout(timer);
      child.off("exit", onExit);
      if (child.exitCode === null) child.kill("SIGTERM");
      const tail = (await readFile(logFile, "utf8").catch(() => "")).split("\n").slice(-40).join("\n");
      reject(new Error(`The dev stack ${reason}. Last lines of ${logFile}:\n${tail}`));
    }
    child.stdout.on("data", onData);
    child.on("exit", onExit);
  });

  return {
    /** The dev.mjs process; it stops its own children when it gets SIGTERM. */
    child,
    pid,
    ports,
    stateDir,
    logFile,
    /** The public origin, as the browser sees it. */
    siteUrl: `http://localhost:${ports.web}`,
    apiOrigin: `http://127.0.0.1:${ports.api}`,
    streamApi: `http://127.0.0.1:${ports.stream}/client/v4`,
    rtmpUrl: `rtmp://127.0.0.1:${ports.rtmp}/live/`,
    /** Stops the stack (SIGTERM, SIGKILL after 15 s) and waits until dev.mjs has exited. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(pid, "SIGTERM");
      const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(kill);
    },
  };
}
