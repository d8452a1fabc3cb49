// Starts the API Worker under `wrangler dev` for a benchmark: free ports, a throwaway state
// directory, migrations applied, and known secrets so the benchmark can sign webhooks.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, waitForUrl as waitFor, WRANGLER_ENV } from "@firestream/dev-support";

const api = join(import.meta.dirname, "..", "..", "api");
const wrangler = join(api, "node_modules", ".bin", "wrangler");
const env = { ...process.env, ...WRANGLER_ENV };

export async function startApi() {
  const state = mkdtempSync(join(tmpdir(), "firestream-bench-"));
  const port = await freePort();
  const secrets = {
    ENVIRONMENT: "development",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    STREAM_API_TOKEN: "bench",
    STREAM_SIGNING_JWK: Buffer.from("{}").toString("base64"),
    STREAM_WEBHOOK_SECRET: randomBytes(16).toString("hex"),
    STREAM_NOTIFICATION_SECRET: randomBytes(24).toString("base64url"),
    STREAM_API_BASE: "http://127.0.0.1:9/client/v4",
    STREAM_PLAYBACK_BASE: "http://127.0.0.1:9",
    STREAM_ACCOUNT_ID: "bench",
    STREAM_SIGNING_KEY_ID: "bench",
    SITE_URL: `http://127.0.0.1:${port}`,
    AUTH_ISSUER: `http://127.0.0.1:${port}`,
  };
  execFileSync(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], {
    cwd: api,
    env,
    stdio: "ignore",
  });
  const vars = Object.entries(secrets).flatMap(([name, value]) => ["--var", `${name}:${value}`]);
  const child = spawn(
    wrangler,
    [
      "dev",
      "--port",
      String(port),
      "--ip",
      "127.0.0.1",
      "--persist-to",
      state,
      "--inspector-port",
      String(await freePort()),
      "--show-interactive-dev-session=false",
      "--log-level",
      "log",
      ...vars,
    ],
    { cwd: api, env, stdio: ["ignore", "pipe", "inherit"], detached: true },
  );
  const logListeners = new Set();
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    for (const line of chunk.split("\n")) for (const listener of logListeners) listener(line);
  });
  const origin = `http://127.0.0.1:${port}`;
  // Interrupted (Ctrl-C): stop the Worker too, by its process group.
  const stopOnSignal = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // gone already
    }
    process.exit(130);
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  await waitFor(`${origin}/graphql?query=%7B__typename%7D`, { headers: { accept: "application/json" } });
  return {
    origin,
    secrets,
    /** The Worker's local state directory (D1, R2, caches), for a second Worker on the same data */
    state,
    /** Calls `listener` with every line the Worker logs */
    onLog(listener) {
      logListeners.add(listener);
    },
    /** Runs SQL against the Worker's local D1 */
    sql(command) {
      execFileSync(wrangler, ["d1", "execute", "DB", "--local", "--persist-to", state, "--command", command], {
        cwd: api,
        env,
        stdio: "ignore",
      });
    },
    /** Runs a file of SQL statements against the Worker's local D1 */
    sqlFile(file) {
      execFileSync(wrangler, ["d1", "execute", "DB", "--local", "--persist-to", state, "--file", file], {
        cwd: api,
        env,
        stdio: "ignore",
      });
    },
    stop() {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // gone already
      }
      setTimeout(() => rmSync(state, { recursive: true, force: true }), 1000).unref();
    },
  };
}
