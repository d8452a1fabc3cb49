// Global setup: Cloudflare Stream for the API tests is a real stream-local on free ports with a
// throwaway data directory, set up the way `stream-setup` sets up an account: a signing key
// for playback tokens. (Webhooks are delivered by the tests themselves: the Worker under test
// has no address stream-local could post to; the full-stack tests in e2e/ cover that path.)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStreamLocal } from "@firestream/stream-local";
import type { TestProject } from "vitest/node";
import { StreamClient } from "../src/stream/client";

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), "firestream-api-test-stream-"));
  const stream = await startStreamLocal({ httpPort: 0, rtmpPort: 0, dataDir, logLevel: "warn" });
  const client = new StreamClient({
    apiBase: stream.apiBase,
    accountId: stream.accountId,
    apiToken: stream.apiToken,
    playbackBase: stream.playbackBase,
  });
  const key = await client.createSigningKey();
  project.provide("streamApiBase", stream.apiBase);
  project.provide("streamPlaybackBase", stream.playbackBase);
  project.provide("streamAccountId", stream.accountId);
  project.provide("streamApiToken", stream.apiToken);
  project.provide("streamSigningKeyId", key.id);
  project.provide("streamSigningJwk", key.jwk);
  return async () => {
    await stream.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
