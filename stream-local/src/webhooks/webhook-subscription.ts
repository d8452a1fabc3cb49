import type { SingleRecord } from "../state/record-collection";
import type { StateStore } from "../state/state-store";

/** The account's one video webhook (`PUT /stream/webhook`). */
export interface WebhookSubscriptionRecord {
  notificationUrl: string;
  modified: string;
  secret: string;
}

export function videoWebhookSubscription(store: StateStore): SingleRecord<WebhookSubscriptionRecord> {
  return store.single("webhook");
}
