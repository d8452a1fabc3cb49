import type { AppDeps } from "../deps";
import { renderMessage } from "./message-templates";
import { claimDeliveries, findDeliveriesToSend, markDelivery } from "./deliveries.repository";
import { createSenders } from "./senders";

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

/**
 * The queue consumer: renders and sends each delivery through its channel's sender, records
 * the outcome, and lets the queue retry a failure (with backoff) until it gives up.
 */
export async function deliverNotifications(deps: AppDeps, batch: MessageBatch<NotificationMessage>): Promise<void> {
  const { db, config } = deps;
  const senders = createSenders(deps);
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
    const to = delivery.channel === "SMS" ? delivery.phone_number : delivery.email;
    try {
      if (!to) throw new Error("no address to send to");
      const content = renderMessage({
        kind: delivery.kind,
        channel: delivery.channel,
        recipientName: delivery.name,
        title: delivery.title,
        scheduledTime: delivery.scheduled_time,
        cancellationMessage: delivery.cancellation_message,
        watchUrl: new URL(`/shows/${delivery.performance_id}/watch`, config.siteUrl).href,
        timeZone: config.siteTimeZone,
        now,
      });
      await senders[delivery.channel]({ channel: delivery.channel, to, ...content }, delivery.id);
      await markDelivery(db, delivery.id, {
        status: "SENT",
        sent_at: now.toISOString(),
        attempts: delivery.attempts + 1,
      });
      message.ack();
    } catch (error) {
      const attempts = delivery.attempts + 1;
      const reason = error instanceof Error ? error.message : String(error);
      await markDelivery(db, delivery.id, {
        status: attempts >= MAX_ATTEMPTS ? "FAILED" : "QUEUED",
        attempts,
        last_error: reason,
      });
      if (attempts >= MAX_ATTEMPTS) message.ack();
      else message.retry({ delaySeconds: 30 * attempts });
    }
  }
}
