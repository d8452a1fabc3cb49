import { createHmac } from "node:crypto";
import type { CloudflareVideo } from "../videos/video";
import type { WebhookSubscriptionRecord } from "./webhook-subscription";
import type { WebhookSender } from "./webhook-sender";

/** `Webhook-Signature: time=<unix s>,sig1=<hex HMAC-SHA256(secret, "<time>.<body>")>`, as Cloudflare signs. */
export function videoWebhookSignature(secret: string, body: string, unixSeconds: number): string {
  const signature = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `time=${unixSeconds},sig1=${signature}`;
}

/** Posts a ready (or failed) video to the account's video webhook, if one is set. */
export function sendVideoWebhook(
  sender: WebhookSender,
  subscription: WebhookSubscriptionRecord | null,
  video: CloudflareVideo,
): void {
  if (!subscription) return;
  const body = JSON.stringify(video);
  sender.send({
    description: `video webhook for ${video.uid} (${video.status.state})`,
    url: subscription.notificationUrl,
    body,
    headers: () => ({
      "webhook-signature": videoWebhookSignature(subscription.secret, body, Math.floor(Date.now() / 1000)),
    }),
  });
}
