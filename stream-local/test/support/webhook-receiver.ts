import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { eventually } from "./eventually";

export interface Delivery {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
  json: any;
}

export interface WebhookReceiver {
  url: string;
  deliveries: Delivery[];
  /** The first delivery (already received or still to come) that matches. */
  waitFor(matches: (delivery: Delivery) => boolean, timeoutMs?: number): Promise<Delivery>;
  close(): Promise<void>;
}

/** A node:http server on a free port that records every POST it gets and answers 200. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const deliveries: Delivery[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      let json: unknown = null;
      try {
        json = JSON.parse(rawBody);
      } catch {
        // recorded as raw text
      }
      deliveries.push({ path: request.url ?? "/", headers: request.headers, rawBody, json });
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deliveries,
    waitFor: (matches, timeoutMs = 60_000) =>
      eventually(() => deliveries.find(matches), { timeoutMs, what: "webhook delivery" }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
