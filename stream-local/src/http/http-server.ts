import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger";
import { type Reply, sendReply } from "./router";

export interface HttpServer {
  port: number;
  close(): Promise<void>;
}

/** node:http around one handler; a handler that throws answers 500 and is logged (tokens in paths masked). */
export async function startHttpServer(options: {
  port: number;
  handle: (message: IncomingMessage) => Promise<Reply>;
  log: Logger;
}): Promise<HttpServer> {
  const { handle, log } = options;

  const server: Server = createServer((message: IncomingMessage, response: ServerResponse) => {
    handle(message)
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
