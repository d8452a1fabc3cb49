// Global setup: Cloudflare Stream for the API tests. Until stream-local is wired in, a signing
// key made here; the REST calls of these tests need no running server.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject) {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  const keyId = randomBytes(16).toString("hex");
  project.provide("streamApiBase", "http://127.0.0.1:9/client/v4");
  project.provide("streamPlaybackBase", "http://127.0.0.1:9");
  project.provide("streamAccountId", "test-account");
  project.provide("streamApiToken", "test-token");
  project.provide("streamSigningKeyId", keyId);
  project.provide("streamSigningJwk", Buffer.from(JSON.stringify({ ...jwk, kid: keyId })).toString("base64"));
}
