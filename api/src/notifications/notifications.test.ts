import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { appDeps, db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { executeOk } from "../../test/graphql-client";
import { deliverLiveInputEvent } from "../../test/webhooks";
import { upsertRegistration } from "../registrations/registrations.repository";
import { planDueReminders } from "./deliveries.repository";
import { deliverNotifications, type NotificationMessage } from "./dispatch.service";
import { saveNotificationSettings } from "./notification-settings.repository";

const CancelShow = graphql(`
  mutation CancelShowForAlerts($id: ID!) {
    cancelPerformance(id: $id) {
      __typename
    }
  }
`);

const MoveShow = graphql(`
  mutation MoveShowForAlerts($id: ID!, $input: UpdatePerformanceInput!) {
    updatePerformance(id: $id, input: $input) {
      __typename
    }
  }
`);

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

function show(startsInMinutes: number, title = "Reminder Show") {
  const id = crypto.randomUUID();
  return insertPerformance({ id, title, scheduled_time: inMinutes(startsInMinutes), live_input_id: `input-${id}` });
}

async function fan(
  performanceId: string,
  preferences = { email: true, sms: false, browser: false },
  settings?: { phone?: string; reminderMinutes?: number },
) {
  const account = await viewer();
  if (settings) {
    await saveNotificationSettings(
      db(),
      account.user.id,
      {
        email: true,
        sms: Boolean(settings.phone),
        browser: false,
        phoneNumber: settings.phone ?? null,
        reminderMinutesBefore: settings.reminderMinutes ?? 60,
      },
      new Date().toISOString(),
    );
  }
  await upsertRegistration(db(), {
    performanceId,
    userId: account.user.id,
    preferences,
    now: new Date().toISOString(),
  });
  return account;
}

const deliveriesOf = (performanceId: string) =>
  db()
    .selectFrom("notification_deliveries")
    .selectAll()
    .where("performance_id", "=", performanceId)
    .orderBy("created_at")
    .execute();

/** Waits for the local queue's consumer to put a delivery's message in the outbox. */
async function outboxFor(deliveryId: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const message = await db()
      .selectFrom("outbox_messages")
      .selectAll()
      .where("delivery_id", "=", deliveryId)
      .executeTakeFirst();
    if (message) return message;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`delivery ${deliveryId} never reached the outbox`);
}

describe("reminders", () => {
  it("are planned when a show enters each viewer's reminder time, once, by the channels they chose", async () => {
    const id = await show(45);
    const byEmail = await fan(id);
    const bySms = await fan(id, { email: false, sms: true, browser: false }, { phone: "+15551230000" });
    const early = await fan(id, { email: true, sms: false, browser: false }, { reminderMinutes: 30 });

    const first = await planDueReminders(db(), new Date().toISOString());
    const again = await planDueReminders(db(), new Date().toISOString());

    const planned = (await deliveriesOf(id)).map((delivery) => [delivery.user_id, delivery.kind, delivery.channel]);
    expect(planned).toEqual(
      expect.arrayContaining([
        [byEmail.user.id, "REMINDER", "EMAIL"],
        [bySms.user.id, "REMINDER", "SMS"],
      ]),
    );
    expect(planned.find(([user]) => user === early.user.id)).toBeUndefined(); // 45 min away, wants 30
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(again.filter((deliveryId) => first.includes(deliveryId))).toEqual([]);
    expect((await deliveriesOf(id)).length).toBe(2);
  });

  it("go out through the queue to the outbox, with the show's time and the watch link", async () => {
    const id = await show(20, "Fire on the Water");
    const account = await fan(id);
    const [deliveryId] = await planDueReminders(db(), new Date().toISOString()).then(async () =>
      (await deliveriesOf(id)).map((delivery) => delivery.id),
    );
    if (!deliveryId) throw new Error("no reminder was planned");
    await env.NOTIFICATIONS.send({ deliveryId } satisfies NotificationMessage);

    const message = await outboxFor(deliveryId);

    expect(message).toMatchObject({
      channel: "EMAIL",
      recipient: account.user.email,
      subject: "Starting soon: Fire on the Water",
    });
    expect(message.body).toContain("starts in 20 minutes");
    expect(message.body).toContain(`/shows/${id}/watch`);
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("skip shows that are not coming up any more, and viewers who want neither email nor SMS", async () => {
    const cancelled = await show(10);
    await db().updateTable("performances").set({ status: "CANCELLED" }).where("id", "=", cancelled).execute();
    await fan(cancelled);
    const quiet = await show(10);
    await fan(quiet, { email: false, sms: false, browser: true });

    await planDueReminders(db(), new Date().toISOString());

    expect(await deliveriesOf(cancelled)).toEqual([]);
    expect(await deliveriesOf(quiet)).toEqual([]);
  });
});

describe("alerts", () => {
  it("tell registered viewers a show went live, once, even across an intermission", async () => {
    const id = await show(-5);
    await fan(id);
    const at = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

    await deliverLiveInputEvent(`input-${id}`, "live_input.connected", at(0));
    await deliverLiveInputEvent(`input-${id}`, "live_input.disconnected", at(1));
    await deliverLiveInputEvent(`input-${id}`, "live_input.connected", at(2));

    expect((await deliveriesOf(id)).map((delivery) => delivery.kind)).toEqual(["LIVE"]);
  });

  it("tell registered viewers a show was cancelled or moved, and a moved show is reminded of again", async () => {
    const { token } = await organizer();
    const cancelled = await show(24 * 60);
    const moved = await show(30);
    await fan(cancelled);
    await fan(moved);
    await planDueReminders(db(), new Date().toISOString());

    await executeOk(CancelShow, { id: cancelled }, { token });
    await executeOk(MoveShow, { id: moved, input: { scheduledTime: inMinutes(40) } }, { token });
    await planDueReminders(db(), new Date().toISOString());

    expect((await deliveriesOf(cancelled)).map((delivery) => delivery.kind)).toEqual(["CANCELLED"]);
    expect((await deliveriesOf(moved)).map((delivery) => delivery.kind)).toEqual([
      "REMINDER",
      "RESCHEDULED",
      "REMINDER",
    ]);
  });
});

describe("the queue consumer", () => {
  it("records a provider's failure and lets the queue retry it", async () => {
    const id = await show(15);
    await fan(id);
    await planDueReminders(db(), new Date().toISOString());
    const [delivery] = await deliveriesOf(id);
    // A real email provider that cannot be reached: the port refuses connections.
    const unreachable = {
      ...env,
      NOTIFY_EMAIL_PROVIDER: "resend",
      RESEND_API_BASE: "http://127.0.0.1:9",
      RESEND_API_KEY: "key",
    } as Env;
    const batch = createMessageBatch<NotificationMessage>("firestream-notifications", [
      { id: "message-1", timestamp: Date.now(), attempts: 1, body: { deliveryId: delivery?.id ?? "" } },
    ]);
    const ctx = createExecutionContext();

    await deliverNotifications(appDeps({ env: unreachable }), batch);

    const result = await getQueueResult(batch, ctx);
    expect(result.retryMessages.map((message) => message.msgId)).toEqual(["message-1"]);
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect((await deliveriesOf(id))[0]?.last_error).toBeTruthy();
  });
  it("sends a message once when the queue delivers it twice", async () => {
    const id = await show(15);
    await fan(id);
    await planDueReminders(db(), new Date().toISOString());
    const [delivery] = await deliveriesOf(id);
    const twice = (messageId: string) =>
      createMessageBatch<NotificationMessage>("firestream-notifications", [
        { id: messageId, timestamp: Date.now(), attempts: 1, body: { deliveryId: delivery?.id ?? "" } },
      ]);
    const first = twice("message-a");
    const second = twice("message-b");

    await Promise.all([deliverNotifications(appDeps(), first), deliverNotifications(appDeps(), second)]);

    const ctx = createExecutionContext();
    const acked = [
      ...(await getQueueResult(first, ctx)).explicitAcks,
      ...(await getQueueResult(second, ctx)).explicitAcks,
    ];
    expect(acked.sort()).toEqual(["message-a", "message-b"]);
    const sent = await db()
      .selectFrom("outbox_messages")
      .select("id")
      .where("delivery_id", "=", delivery?.id ?? "")
      .execute();
    expect(sent).toHaveLength(1);
  });
});
