import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger";
import { preflightReply } from "../playback/playback-routes";
import { API_ROOT } from "./cloudflare-api";
import { type Reply, type Router, sendReply, toRequest } from "./router";

export interface HttpServer {
  port: number;
  close(): Promise<void>;
}

/** One port for both hosts: the REST API under /client/v4 and the playback host everywhere else. */
export async function startHttpServer(options: {
  port: number;
  handleApiRequest: (message: IncomingMessage) => Promise<Reply>;
  playback: Router;
  log: Logger;
}): Promise<HttpServer> {
  const { handleApiRequest, playback, log } = options;

  const route = async (message: IncomingMessage): Promise<Reply> => {
    const path = new URL(message.url ?? "/", "http://stream-local").pathname;
    if (path === API_ROOT || path.startsWith(`${API_ROOT}/`)) return handleApiRequest(message);
    const method = message.method ?? "GET";
    if (method === "OPTIONS") return preflightReply(message.headers.origin);
    const found = playback.match(method, path);
    if (found === undefined) return { status: 404, body: { text: "Not Found" } };
    if (found === "methodNotAllowed")
      return { status: 405, headers: { allow: "GET, HEAD, OPTIONS" }, body: { text: "Method Not Allowed" } };
    return found.handler(toRequest(message, found.params));
  };

  const server: Server = createServer((message: IncomingMessage, response: ServerResponse) => {
    route(message)
      .then((reply) => sendReply(message, response, reply))
      .catch((error: unknown) => {
        log.error(
          `${message.method} ${message.url?.replace(/^(\/[^/]{40,})/, "/<token>")} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        if (!response.headersSent)
          sendReply(message, response, { status: 500, body: { text: "Internal Server Error" } });
        else response.destroy();
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) => reject(new Error(`HTTP port ${options.port}: ${error.message}`)));
    server.listen(options.port, () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
