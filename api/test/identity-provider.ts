// Global setup: a minimal external identity provider on a free port, serving its JWKS over real
// HTTP so the Worker's remote key set fetches it exactly as it would in production. Tests sign
// tokens with the private key (IDP_PRIVATE_JWK binding).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject) {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: "idp-key-1", alg: "RS256", use: "sig" };
  const privateJwk = { ...(await exportJWK(privateKey)), kid: "idp-key-1", alg: "RS256" };
  const server = createServer((request, response) => {
    if (request.url === "/.well-known/jwks.json") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ keys: [publicJwk] }));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("identityProviderJwksUrl", `http://127.0.0.1:${port}/.well-known/jwks.json`);
  project.provide("identityProviderPrivateJwk", JSON.stringify(privateJwk));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
