import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger";
import { videoWebhookSignature } from "../src/webhooks/video-webhook";
import { WebhookSender } from "../src/webhooks/webhook-sender";
import { eventually } from "./support/eventually";

describe("webhook delivery", () => {
  const closers: Array<() => void> = [];
  afterEach(() => closers.splice(0).forEach((close) => close()));

  it("retries a failed delivery, with the headers built again for each attempt", async () => {
    const attempts: Array<{ body: string; attempt: string | undefined }> = [];
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        attempts.push({ body, attempt: request.headers["x-attempt"] as string | undefined });
        response.writeHead(attempts.length === 1 ? 503 : 200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closers.push(() => server.close());
    const sender = new WebhookSender(createLogger("silent"));
    closers.push(() => sender.close());
    let attempt = 0;
    sender.send({
      description: "test delivery",
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
      body: '{"hello":"world"}',
      headers: () => ({ "x-attempt": String(++attempt) }),
    });
    await eventually(() => (attempts.length === 2 ? true : undefined), { timeoutMs: 10_000 });
    expect(attempts).toEqual([
      { body: '{"hello":"world"}', attempt: "1" },
      { body: '{"hello":"world"}', attempt: "2" },
    ]);
  });

  it("signs video webhooks as Cloudflare does", () => {
    // From `printf '1700000000.{}' | openssl dgst -sha256 -hmac secret`
    expect(videoWebhookSignature("secret", "{}", 1_700_000_000)).toBe(
      "time=1700000000,sig1=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163",
    );
  });
});
