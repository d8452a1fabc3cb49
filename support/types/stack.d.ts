/**
 * How to run stream-local from source as its own process (`tsx src/main.ts`); `env` holds only
 * its settings, to lay over the caller's environment.
 * @param {{ httpPort: number; rtmpPort: number; dataDir: string; accountId: string; apiToken: string; logLevel?: string }} settings
 * @returns {{ command: string; args: string[]; cwd: string; env: Record<string, string> }}
 */
export function streamLocalProcess(settings: {
    httpPort: number;
    rtmpPort: number;
    dataDir: string;
    accountId: string;
    apiToken: string;
    logLevel?: string;
}): {
    command: string;
    args: string[];
    cwd: string;
    env: Record<string, string>;
};
/**
 * Starts the whole dev stack (`node scripts/dev.mjs`: stream-local, the API under wrangler dev,
 * the site) on free ports with a fresh state directory, and resolves once it says it is ready
 * (API up, demo data seeded, site answering). Its output goes to `stack.log` in the state
 * directory; a stack that exits or is not ready in time is stopped and rejects with the log's end.
 * @param {{ env?: Record<string, string>; readyTimeoutMs?: number }} [options]
 */
export function startDevStack(options?: {
    env?: Record<string, string>;
    readyTimeoutMs?: number;
}): Promise<{
    /** The dev.mjs process; it stops its own children when it gets SIGTERM. */
    child: import("child_process").ChildProcessByStdio<null, import("stream").Readable, import("stream").Readable>;
    pid: number;
    ports: {
        api: number;
        web: number;
        stream: number;
        rtmp: number;
    };
    stateDir: string;
    logFile: string;
    /** The public origin, as the browser sees it. */
    siteUrl: string;
    apiOrigin: string;
    streamApi: string;
    rtmpUrl: string;
    /** Stops the stack (SIGTERM, SIGKILL after 15 s) and waits until dev.mjs has exited. */
    stop(): Promise<void>;
}>;
/** wrangler makes no outbound connection with these (no metrics, no request.cf lookup). */
export const WRANGLER_ENV: Readonly<{
    WRANGLER_SEND_METRICS: "false";
    CLOUDFLARE_CF_FETCH_ENABLED: "false";
}>;
