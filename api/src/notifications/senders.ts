import { buildPushPayload } from "@block65/webcrypto-web-push";
import type { AppDeps } from "../deps";
import type { OutgoingMessage } from "./message-templates";
import { deletePushSubscription, listPushSubscriptions, touchPushSubscription } from "./push-subscriptions.repository";

/** A failure that retrying cannot mend (nowhere left to send to). */
export class PermanentSendError extends Error {}

/**
 * Sends one message, or throws (the queue retries, unless it is a PermanentSendError). `delivery`
 * is null for messages with no delivery row (organizer alerts, account emails).
 */
export type Sender = (message: OutgoingMessage, delivery: { id: string; userId: string } | null) => Promise<void>;

export interface SenderOptions {
  /** How HTTP requests leave the Worker; tests reach their own push service through it */
  fetch: typeof fetch;
}

/** The senders chosen by configuration, one per channel. */
export function createSenders(
  deps: AppDeps,
  options: SenderOptions = { fetch: (input, init) => fetch(input, init) },
): Record<OutgoingMessage["channel"], Sender> {
  const { db, clock } = deps;
  const config = deps.config.notify;
  const outbox: Sender = async (message, delivery) => {
    await db
      .insertInto("outbox_messages")
      .values({
        id: crypto.randomUUID(),
        delivery_id: delivery?.id ?? null,
        channel: message.channel,
        recipient: message.to,
        subject: message.subject,
        body: message.body,
        html: message.html ?? null,
        headers: message.headers ? JSON.stringify(message.headers) : null,
        created_at: clock.now().toISOString(),
      })
      .execute();
  };
  const email = config.email;
  const sms = config.sms;
  const push = config.push;
  return {
    EMAIL:
      email.provider === "resend"
        ? (message, delivery) =>
            post(options.fetch, `${email.apiBase}/emails`, {
              headers: {
                authorization: `Bearer ${email.apiKey}`,
                "content-type": "application/json",
                // Resend sends a request with a key it has seen once (a retry after a lost answer).
                ...(delivery ? { "idempotency-key": delivery.id } : {}),
              },
              body: JSON.stringify({
                from: email.from,
                to: [message.to],
                subject: message.subject,
                text: message.body,
                html: message.html,
                headers: message.headers,
              }),
            })
        : outbox,
    SMS:
      sms.provider === "twilio"
        ? (message) =>
            post(
              options.fetch,
              `${sms.apiBase}/2010-04-01/Accounts/${encodeURIComponent(sms.accountSid)}/Messages.json`,
              {
                headers: {
                  authorization: `Basic ${btoa(`${sms.accountSid}:${sms.authToken}`)}`,
                  "content-type": "application/x-www-form-urlencoded",
                },
                body: new URLSearchParams({ To: message.to, From: sms.from, Body: message.body }).toString(),
              },
            )
        : outbox,
    PUSH: async (message, delivery) => {
      if (!push) throw new PermanentSendError("Web Push is not configured (no VAPID keys)");
      if (!delivery) throw new PermanentSendError("a push goes to the browsers of the fan a delivery names");
      const subscriptions = await listPushSubscriptions(db, delivery.userId);
      if (subscriptions.length === 0) throw new PermanentSendError("no browser is subscribed");
      const failures: string[] = [];
      let delivered = 0;
      for (const subscription of subscriptions) {
        const payload = await buildPushPayload(
          {
            data: {
              title: message.subject,
              body: message.body,
              url: message.url ?? "/",
              tag: message.tag ?? delivery.id,
            },
            options: { ttl: 3600, urgency: "high", topic: delivery.id.slice(0, 32) },
          },
          {
            endpoint: subscription.endpoint,
            expirationTime: null,
            keys: { p256dh: subscription.p256dh, auth: subscription.auth },
          },
          { subject: push.subject, publicKey: push.publicKey, privateKey: push.privateKey },
        );
        const response = await options.fetch(subscription.endpoint, payload);
        if (response.ok) {
          delivered++;
          await touchPushSubscription(db, subscription.id, clock.now().toISOString());
        } else if (response.status === 404 || response.status === 410) {
          // RFC 8030: the subscription is gone for good.
          await deletePushSubscription(db, { id: subscription.id });
        } else {
          failures.push(`${new URL(subscription.endpoint).host} answered ${response.status}`);
        }
      }
      if (failures.length > 0 && delivered === 0) throw new Error(failures.join("; "));
      if (delivered === 0) throw new PermanentSendError("every browser subscription has expired");
    },
  };
}

async function post(
  send: typeof fetch,
  url: string,
  init: { headers: Record<string, string>; body: string },
): Promise<void> {
  const response = await send(url, { method: "POST", ...init });
  if (!response.ok)
    throw new Error(`${new URL(url).host} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
}
