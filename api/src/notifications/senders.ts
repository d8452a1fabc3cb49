import type { AppDeps } from "../deps";
import type { OutgoingMessage } from "./message-templates";

/** Sends one message, or throws (the queue retries); deliveryId is null for messages with no delivery row (to organizers, account emails). */
export type Sender = (message: OutgoingMessage, deliveryId: string | null) => Promise<void>;

/** The senders chosen by configuration, one per channel. */
export function createSenders(deps: AppDeps): Record<OutgoingMessage["channel"], Sender> {
  const { db, clock } = deps;
  const config = deps.config.notify;
  const outbox: Sender = async (message, deliveryId) => {
    await db
      .insertInto("outbox_messages")
      .values({
        id: crypto.randomUUID(),
        delivery_id: deliveryId,
        channel: message.channel,
        recipient: message.to,
        subject: message.subject,
        body: message.body,
        created_at: clock.now().toISOString(),
      })
      .execute();
  };
  const email = config.email;
  const sms = config.sms;
  return {
    EMAIL:
      email.provider === "resend"
        ? (message) =>
            post(`${email.apiBase}/emails`, {
              headers: { authorization: `Bearer ${email.apiKey}`, "content-type": "application/json" },
              body: JSON.stringify({
                from: email.from,
                to: [message.to],
                subject: message.subject,
                text: message.body,
              }),
            })
        : outbox,
    SMS:
      sms.provider === "twilio"
        ? (message) =>
            post(`${sms.apiBase}/2010-04-01/Accounts/${encodeURIComponent(sms.accountSid)}/Messages.json`, {
              headers: {
                authorization: `Basic ${btoa(`${sms.accountSid}:${sms.authToken}`)}`,
                "content-type": "application/x-www-form-urlencoded",
              },
              body: new URLSearchParams({ To: message.to, From: sms.from, Body: message.body }).toString(),
            })
        : outbox,
  };
}

async function post(url: string, init: { headers: Record<string, string>; body: string }): Promise<void> {
  const response = await fetch(url, { method: "POST", ...init });
  if (!response.ok)
    throw new Error(`${new URL(url).host} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
}
