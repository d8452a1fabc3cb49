import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StreamClient } from "../../../api/src/stream/client";
import { type StreamLocal, startStreamLocal } from "../../src/stream-local";

export interface TestStreamLocal {
  streamLocal: StreamLocal;
  /** The Worker's own client, pointed at this stream-local */
  client: StreamClient;
  dataDir: string;
  /** rtmp://127.0.0.1:<port>/live/<key> */
  ingestUrl(streamKey: string): string;
  close(): Promise<void>;
}

export function makeTempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "stream-local-test-"));
}

/** stream-local on free ports with a temp data dir (or the given one, which close() then keeps). */
export async function startTestStreamLocal(options: { dataDir?: string } = {}): Promise<TestStreamLocal> {
  const dataDir = options.dataDir ?? makeTempDataDir();
  const streamLocal = await startStreamLocal({
    httpPort: 0,
    rtmpPort: 0,
    dataDir,
    apiToken: "test-api-token-0123456789",
    accountId: "test-account",
    logLevel: "warn",
  });
  const client = new StreamClient({
    apiBase: streamLocal.apiBase,
    accountId: streamLocal.accountId,
    apiToken: streamLocal.apiToken,
    playbackBase: streamLocal.httpUrl,
  });
  return {
    streamLocal,
    client,
    dataDir,
    ingestUrl: (streamKey) => `rtmp://127.0.0.1:${streamLocal.rtmpPort}/live/${streamKey}`,
    async close() {
      await streamLocal.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
