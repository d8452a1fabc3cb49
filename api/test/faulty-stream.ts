// Global setup: a Cloudflare Stream that misbehaves on request. An HTTP proxy in front of the
// test stream-local, in lanes (one per test, so tests running at once never share a fault):
// `/lanes/<lane>/client/v4/...` is forwarded to the lane's upstream (the stream-local API base),
// or not, as the lane was told with `POST /lanes/<lane>` and a body of
//   { upstream, mode: "pass" | "hang" | "fail" | "late", times?, only?, retryAfter? }
//   hang   never answers (a slow Stream that does not answer within any timeout)
//   fail   answers 503 at once (Stream down), with Retry-After when given
//   late   forwards the request, so Stream acts on it, but never passes the answer back
//   times  how many requests to spoil before the lane passes everything again
//   only   a regular expression on "METHOD /path": other requests pass
// `GET /lanes/<lane>` lists the requests the lane has seen ("METHOD /path"). Also provided: the
// address of a port nothing listens on (connection refused).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { freePort } from "@firestream/dev-support";
import type { TestProject } from "vitest/node";

interface Lane {
  upstream: string;
  mode: "pass" | "hang" | "fail" | "late";
  times: number;
  only: RegExp | undefined;
  retryAfter: string | undefined;
  requests: string[];
}

export default async function setup(project: TestProject) {
  const lanes = new Map<string, Lane>();
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    handle(lanes, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("faultyStreamBase", `http://127.0.0.1:${port}`);
  project.provide("refusingStreamBase", `http://127.0.0.1:${await freePort()}/client/v4`);
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

async function handle(lanes: Map<string, Lane>, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", "http://proxy");
  const match = /^\/lanes\/([\w-]+)(\/client\/v4(\/.*))?$/.exec(url.pathname);
  if (!match?.[1]) return void response.writeHead(404).end();
  const name = match[1];
  const body = await readBody(request);
  if (!match[2]) {
    if (request.method === "POST") {
      const told = JSON.parse(body.toString() || "{}") as Partial<Omit<Lane, "only">> & { only?: string };
      lanes.set(name, {
        upstream: told.upstream ?? lanes.get(name)?.upstream ?? "",
        mode: told.mode ?? "pass",
        times: told.times ?? Number.POSITIVE_INFINITY,
        only: told.only ? new RegExp(told.only) : undefined,
        retryAfter: told.retryAfter,
        requests: lanes.get(name)?.requests ?? [],
      });
      return void response.writeHead(204).end();
    }
    response.writeHead(200, { "content-type": "application/json" });
    return void response.end(JSON.stringify({ requests: lanes.get(name)?.requests ?? [] }));
  }
  const lane = lanes.get(name);
  if (!lane) return void response.writeHead(503).end();
  const call = `${request.method} ${match[3] ?? "/"}`;
  lane.requests.push(call);
  const spoil = lane.mode !== "pass" && lane.times > 0 && (!lane.only || lane.only.test(call));
  if (spoil) lane.times--;
  if (spoil && lane.mode === "hang") return;
  if (spoil && lane.mode === "fail") {
    response.writeHead(503, {
      "content-type": "application/json",
      ...(lane.retryAfter ? { "retry-after": lane.retryAfter } : {}),
    });
    return void response.end(JSON.stringify({ success: false, errors: [{ code: 10000, message: "unavailable" }] }));
  }
  const upstream = await fetch(`${lane.upstream}${match[3] ?? ""}${url.search}`, {
    method: request.method,
    headers: Object.fromEntries(
      ["authorization", "content-type"].flatMap((header) => {
        const value = request.headers[header];
        return typeof value === "string" ? [[header, value]] : [];
      }),
    ),
    body: request.method === "GET" || request.method === "HEAD" ? undefined : new Uint8Array(body),
  });
  const text = await upstream.text();
  if (spoil && lane.mode === "late") return;
  response.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}
