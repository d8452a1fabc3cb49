import { randomBytes } from "node:crypto";
import { z } from "zod";
import { notFound, ok, parseBody } from "../http/cloudflare-envelope";
import type { Router } from "../http/router";
import type { StateStore } from "../state/state-store";
import { videoWebhookSubscription } from "./webhook-subscription";

const WebhookBodySchema = z.object({ notificationUrl: z.url() });

export function addWebhookRoutes(router: Router, deps: { store: StateStore }): void {
  const webhook = videoWebhookSubscription(deps.store);

  // The secret is made once per account and kept when the URL changes, so a Worker configured
  // with it keeps verifying after `pnpm dev` sets the URL again.
  router.add("PUT", "/stream/webhook", async (request) => {
    const parsed = await parseBody(request, WebhookBodySchema);
    if ("reply" in parsed) return parsed.reply;
    const subscription = {
      notificationUrl: parsed.value.notificationUrl,
      modified: new Date().toISOString(),
      secret: webhook.get()?.secret ?? randomBytes(16).toString("hex"),
    };
    webhook.set(subscription);
    return ok(subscription);
  });

  router.add("GET", "/stream/webhook", () => {
    const subscription = webhook.get();
    return subscription ? ok(subscription) : notFound("webhook");
  });

  router.add("DELETE", "/stream/webhook", () => {
    if (!webhook.get()) return notFound("webhook");
    webhook.set(null);
    return ok("ok");
  });
}
