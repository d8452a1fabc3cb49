import type { AppDeps } from "../deps";
import { mediaUrl } from "../media/thumbnails";
import { claimDeliveries, type DeliveryToSend, findDeliveriesToSend, markDelivery } from "./deliveries.repository";
import {
  type MessageFacts,
  notificationTag,
  type OutgoingMessage,
  renderEmail,
  renderShortMessage,
} from "./message-templates";
import { createSenders, PermanentSendError, type SenderOptions } from "./senders";
import { oneClickUnsubscribeUrl, signUnsubscribeToken, unsubscribeUrl } from "./unsubscribe.service";

export interface NotificationMessage {
  deliveryId: string;
}

/** A delivery that failed this many times is given up (the queue's max_retries matches). */
const MAX_ATTEMPTS = 5;

/** Puts planned deliveries on the queue, 100 messages per send (the Queues batch limit). */
export async function enqueueDeliveries(
  queue: Queue<NotificationMessage>,
  deliveryIds: readonly string[],
): Promise<void> {
  for (let i = 0; i < deliveryIds.length; i += 100) {
    await queue.sendBatch(deliveryIds.slice(i, i + 100).map((deliveryId) => ({ body: { deliveryId } })));
  }
}

/** The fan opted out of this channel after the delivery was planned. */
function optedOut(delivery: DeliveryToSend): boolean {
  if (delivery.channel === "EMAIL") return delivery.email_unsubscribed_at !== null;
  if (delivery.channel === "SMS") return delivery.sms_stopped_at !== null;
  return false;
}

async function composeMessage(deps: AppDeps, delivery: DeliveryToSend): Promise<OutgoingMessage> {
  const { config } = deps;
  const token = await signUnsubscribeToken(config, delivery.user_id, deps.clock.now());
  const watchUrl = new URL(`/shows/${delivery.performance_id}/watch`, config.siteUrl).href;
  const facts: MessageFacts = {
    kind: delivery.kind,
    channel: delivery.channel,
    recipientName: delivery.name,
    title: delivery.title,
    scheduledTime: delivery.scheduled_time,
    leadMinutes: delivery.lead_minutes,
    watchUrl,
    manageUrl: new URL("/me#reminders", config.siteUrl).href,
    unsubscribeUrl: unsubscribeUrl(config, token),
    thumbnailUrl: delivery.thumbnail_key ? mediaUrl(config.siteUrl, delivery.thumbnail_key) : null,
    siteTimeZone: config.siteTimeZone,
    fanTimeZone: delivery.time_zone,
    cancellationMessage: delivery.cancellation_message,
  };
  if (delivery.channel === "EMAIL") {
    const email = renderEmail(facts);
    return {
      channel: "EMAIL",
      to: delivery.email,
      subject: email.subject,
      body: email.text,
      html: email.html,
      headers: {
        "List-Unsubscribe": `<${oneClickUnsubscribeUrl(config, token)}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    };
  }
  const short = renderShortMessage(facts);
  if (delivery.channel === "SMS") {
    if (!delivery.phone_number) throw new PermanentSendError("no phone number to send to");
    return { channel: "SMS", to: delivery.phone_number, subject: short.subject, body: short.text };
  }
  return {
    channel: "PUSH",
    to: delivery.user_id,
    subject: short.subject,
    body: short.text,
    url: watchUrl,
    tag: notificationTag(delivery.kind, delivery.performance_id, delivery.scheduled_time),
  };
}

/**
 * The queue consumer: renders and sends each delivery through its channel's sender, records
 * the outcome, and lets the queue retry a failure (with backoff) until it gives up.
 */
export async function deliverNotifications(
  deps: AppDeps,
  batch: MessageBatch<NotificationMessage>,
  options?: SenderOptions,
): Promise<void> {
  const { db } = deps;
  const senders = createSenders(deps, options);
  const now = deps.clock.now();
  const ids = batch.messages.map((message) => message.body.deliveryId);
  const rows = ids.length === 0 ? [] : await findDeliveriesToSend(db, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const claimed = await claimDeliveries(db, [...byId.keys()], now.toISOString());
  for (const message of batch.messages) {
    const delivery = byId.get(message.body.deliveryId);
    // A claim is used once: the same delivery twice in one batch goes out once.
    if (!delivery || !claimed.delete(delivery.id)) {
      message.ack(); // sent already, being sent, or gone with its show
      continue;
    }
    const attempts = delivery.attempts + 1;
    if (optedOut(delivery)) {
      await markDelivery(db, delivery.id, { status: "SKIPPED", attempts: delivery.attempts });
      message.ack();
      continue;
    }
    try {
      const outgoing = await composeMessage(deps, delivery);
      await senders[delivery.channel](outgoing, { id: delivery.id, userId: delivery.user_id });
      await markDelivery(db, delivery.id, { status: "SENT", sent_at: now.toISOString(), attempts });
      message.ack();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const givenUp = error instanceof PermanentSendError || attempts >= MAX_ATTEMPTS;
      await markDelivery(db, delivery.id, { status: givenUp ? "FAILED" : "QUEUED", attempts, last_error: reason });
      if (givenUp) message.ack();
      else message.retry({ delaySeconds: 30 * attempts });
    }
  }
}
