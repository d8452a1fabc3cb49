// Global setup: a stand-in for a browser vendor's push service (RFC 8030) on a free port. It
// keeps every request it receives, as received, for the tests to decrypt and check; the last
// path segment picks its answer: `gone-…` answers 410 (the subscription expired), `busy-…` 503,
// anything else 201. Workers only push to https endpoints, so tests subscribe with
// https://push.test/… and send through a fetch that goes to this server instead.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

interface ReceivedPush {
  headers: Record<string, string>;
  body: string;
}

export default async function setup(project: TestProject) {
  const received = new Map<string, ReceivedPush[]>();
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    if (request.method === "GET" && path.startsWith("/received/")) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(received.get(path.slice("/received".length)) ?? []));
      return;
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      const list = received.get(path) ?? [];
      list.push({ headers, body: Buffer.concat(chunks).toString("base64") });
      received.set(path, list);
      const last = path.split("/").pop() ?? "";
      response.writeHead(last.startsWith("gone-") ? 410 : last.startsWith("busy-") ? 503 : 201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("pushServiceBase", `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
