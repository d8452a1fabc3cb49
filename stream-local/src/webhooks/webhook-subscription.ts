/** The account's one video webhook (`PUT /stream/webhook`). */
export interface WebhookSubscriptionRecord {
  notificationUrl: string;
  modified: string;
  secret: string;
}
