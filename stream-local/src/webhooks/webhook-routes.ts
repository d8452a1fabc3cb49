import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { ApiContext } from "../http/api-context";
import { notFound, ok, parseBody } from "../http/cloudflare-envelope";
import type { Router } from "../http/router";

const WebhookBodySchema = z.object({ notificationUrl: z.url() });

export function addWebhookRoutes(router: Router, context: ApiContext): void {
  const { state } = context;

  // The secret is made once per account and kept when the URL changes, so a Worker configured
  // with it keeps verifying after `pnpm dev` sets the URL again.
  router.add("PUT", "/stream/webhook", async (request) => {
    const parsed = await parseBody(request, WebhookBodySchema);
    if ("reply" in parsed) return parsed.reply;
    const subscription = {
      notificationUrl: parsed.value.notificationUrl,
      modified: new Date().toISOString(),
      secret: state.webhook.get()?.secret ?? randomBytes(16).toString("hex"),
    };
    state.webhook.set(subscription);
    return ok(subscription);
  });

  router.add("GET", "/stream/webhook", () => {
    const subscription = state.webhook.get();
    return subscription ? ok(subscription) : notFound("webhook");
  });

  router.add("DELETE", "/stream/webhook", () => {
    if (!state.webhook.get()) return notFound("webhook");
    state.webhook.set(null);
    return ok("ok");
  });
}
