import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { appDeps, db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk } from "../../test/graphql-client";
import { deliverLiveInputEvent } from "../../test/webhooks";
import { register, unregister } from "../registrations/registrations.service";
import { planReminders } from "./deliveries.repository";
import { deliverNotifications, type NotificationMessage } from "./dispatch.service";
import { updateNotificationSettings } from "./notification-settings.service";
import { sendDueReminders } from "./notify.service";
import { noticeLateShows } from "./running-late.service";
import { twilioSignature } from "./sms-webhook.service";
import { signUnsubscribeToken } from "./unsubscribe.service";

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

const RegisterWithLeadTimes = graphql(`
  mutation RegisterWithLeadTimes($id: ID!, $prefs: NotificationPreferencesInput) {
    registerForPerformance(performanceId: $id, notificationPreferences: $prefs) {
      __typename
      ... on Registration {
        notificationPreferences {
          email
          reminderLeadTimes
        }
      }
    }
  }
`);

const ShowNotifications = graphql(`
  query ShowNotifications($id: ID!) {
    performance(id: $id) {
      runningLate
      notifications(first: 50) {
        countsByStatus {
          status
          count
        }
        edges {
          node {
            kind
            channel
            leadTime
            plannedFor
            status
            recipient
          }
        }
      }
    }
  }
`);

const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const inMinutes = (minutes: number) => plus(new Date().toISOString(), minutes);

function show(scheduledTime: string, title = "Reminder Show") {
  const id = crypto.randomUUID();
  return insertPerformance({ id, title, scheduled_time: scheduledTime, live_input_id: `input-${id}` });
}

/** A fan registered through the service at `now`, with the given channels (and phone). */
async function fan(
  performanceId: string,
  now: string,
  options: {
    email?: boolean;
    sms?: boolean;
    phone?: string;
    leadTimes?: ("ONE_DAY" | "ONE_HOUR" | "ONE_WEEK" | "THREE_HOURS" | "FIFTEEN_MINUTES")[];
  } = {},
) {
  const account = await viewer();
  const deps = appDeps({ now });
  if (options.phone) await updateNotificationSettings(deps, account.user.id, { phoneNumber: options.phone });
  await register(deps, {
    performanceId,
    userId: account.user.id,
    preferences: { email: options.email ?? true, sms: options.sms ?? false, reminderLeadTimes: options.leadTimes },
  });
  return account;
}

const deliveriesOf = (performanceId: string) =>
  db()
    .selectFrom("notification_deliveries")
    .selectAll()
    .where("performance_id", "=", performanceId)
    .orderBy("send_at")
    .orderBy("channel")
    .execute();

const reminders = async (performanceId: string) =>
  (await deliveriesOf(performanceId))
    .filter((delivery) => delivery.kind === "REMINDER")
    .map((delivery) => [delivery.channel, delivery.lead_minutes, delivery.send_at, delivery.status]);

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

describe("planning reminders", () => {
  it("plans 24 hours and 1 hour before by default, once per lead time and channel, when a fan registers", async () => {
    const now = "2026-06-10T12:00:00.000Z";
    const id = await show("2026-06-14T01:00:00.000Z");
    const account = await fan(id, now, { sms: true, phone: "+15551230001" });

    await planReminders(db(), { performanceIds: [id], now });
    await sendDueReminders(appDeps({ now: plus(now, 1) }));

    expect(await reminders(id)).toEqual([
      ["EMAIL", 1440, "2026-06-13T01:00:00.000Z", "PLANNED"],
      ["SMS", 1440, "2026-06-13T01:00:00.000Z", "PLANNED"],
      ["EMAIL", 60, "2026-06-14T00:00:00.000Z", "PLANNED"],
      ["SMS", 60, "2026-06-14T00:00:00.000Z", "PLANNED"],
    ]);
    expect(new Set((await deliveriesOf(id)).map((delivery) => delivery.user_id))).toEqual(new Set([account.user.id]));
  });

  it("counts lead times in real hours across a daylight-saving change and a month's end", async () => {
    // US clocks go back on 2026-11-01: "a day before" is 24 real hours, so the reminder's wall time moves by one hour.
    const now = "2026-10-20T12:00:00.000Z";
    const afterDst = await show("2026-11-02T02:00:00.000Z");
    const monthStart = await show("2026-11-01T00:30:00.000Z");
    await fan(afterDst, now, { leadTimes: ["ONE_WEEK", "ONE_DAY"] });
    await fan(monthStart, now, { leadTimes: ["ONE_DAY", "FIFTEEN_MINUTES"] });

    expect(await reminders(afterDst)).toEqual([
      ["EMAIL", 10080, "2026-10-26T02:00:00.000Z", "PLANNED"],
      ["EMAIL", 1440, "2026-11-01T02:00:00.000Z", "PLANNED"],
    ]);
    expect(await reminders(monthStart)).toEqual([
      ["EMAIL", 1440, "2026-10-31T00:30:00.000Z", "PLANNED"],
      ["EMAIL", 15, "2026-11-01T00:15:00.000Z", "PLANNED"],
    ]);
  });

  it("does not plan a reminder whose time has passed when the fan registers", async () => {
    const now = "2026-07-01T18:00:00.000Z";
    const inThreeHours = await show("2026-07-01T21:00:00.000Z");
    const inHalfAnHour = await show("2026-07-01T18:30:00.000Z");
    await fan(inThreeHours, now);
    await fan(inHalfAnHour, now);

    await sendDueReminders(appDeps({ now }));

    expect(await reminders(inThreeHours)).toEqual([["EMAIL", 60, "2026-07-01T20:00:00.000Z", "PLANNED"]]);
    expect(await reminders(inHalfAnHour)).toEqual([]);
  });

  it("takes the lead times chosen when registering, and lists them on the registration", async () => {
    const id = await show(inMinutes(3 * 24 * 60));
    const account = await viewer();

    const data = await executeOk(
      RegisterWithLeadTimes,
      { id, prefs: { reminderLeadTimes: ["THREE_HOURS", "FIFTEEN_MINUTES", "THREE_HOURS"] } },
      { token: account.token },
    );

    expect(data.registerForPerformance).toMatchObject({
      notificationPreferences: { email: true, reminderLeadTimes: ["THREE_HOURS", "FIFTEEN_MINUTES"] },
    });
    expect((await reminders(id)).map(([, lead]) => lead)).toEqual([180, 15]);
  });

  it("re-plans a moved show's reminders for its new time, drops a cancelled show's and an unregistered fan's", async () => {
    const { token } = await organizer();
    const moved = await show(inMinutes(3 * 24 * 60));
    const cancelled = await show(inMinutes(3 * 24 * 60));
    const left = await show(inMinutes(3 * 24 * 60));
    const now = new Date().toISOString();
    await fan(moved, now);
    await fan(cancelled, now);
    const leaving = await fan(left, now);
    const newTime = inMinutes(5 * 24 * 60);

    await executeOk(MoveShow, { id: moved, input: { scheduledTime: newTime } }, { token });
    await executeOk(CancelShow, { id: cancelled }, { token });
    await unregister(appDeps(), left, leaving.user.id);

    expect((await reminders(moved)).map(([, , sendAt]) => sendAt)).toEqual([plus(newTime, -1440), plus(newTime, -60)]);
    expect(await reminders(cancelled)).toEqual([]);
    expect(await reminders(left)).toEqual([]);
    expect((await deliveriesOf(moved)).map((delivery) => delivery.kind)).toContain("RESCHEDULED");
    expect((await deliveriesOf(cancelled)).map((delivery) => delivery.kind)).toEqual(["CANCELLED"]);
  });

  it("releases due reminders to the queue at their time, and skips those whose show started first", async () => {
    const now = "2026-08-01T10:00:00.000Z";
    const id = await show("2026-08-02T12:00:00.000Z");
    await fan(id, now);

    await sendDueReminders(appDeps({ now: "2026-08-01T12:00:00.000Z" }));
    const afterFirst = (await reminders(id)).map(([, lead, , status]) => [lead, status]);
    await sendDueReminders(appDeps({ now: "2026-08-02T12:05:00.000Z" }));

    expect(afterFirst).toEqual([
      [1440, "QUEUED"],
      [60, "PLANNED"],
    ]);
    expect((await reminders(id)).map(([, lead, , status]) => [lead, status])).toEqual([
      [1440, expect.stringMatching(/QUEUED|SENDING|SENT/)],
      [60, "SKIPPED"],
    ]);
  });

  it("follows new settings for registrations that did not choose lead times (the deprecated minutes too)", async () => {
    const now = "2026-09-01T10:00:00.000Z";
    const id = await show("2026-09-05T10:00:00.000Z");
    const account = await viewer();
    const deps = appDeps({ now });
    await register(deps, { performanceId: id, userId: account.user.id, preferences: null });

    const settings = await updateNotificationSettings(deps, account.user.id, { reminderMinutesBefore: 30 });

    expect(settings.reminderLeadMinutes).toEqual([30]);
    // The registration copied the settings' lead times when it was made.
    expect((await reminders(id)).map(([, lead]) => lead)).toEqual([1440, 60]);
  });
});

describe("sending", () => {
  it("emails HTML with a plain-text part, the show's time in both zones, Watch, Manage reminders and one-click unsubscribe", async () => {
    const now = new Date().toISOString();
    const id = await show(inMinutes(90), "Fire <on> the Water");
    const account = await viewer();
    const deps = appDeps({ now });
    await updateNotificationSettings(deps, account.user.id, { timeZone: "Europe/Berlin" });
    await register(deps, { performanceId: id, userId: account.user.id, preferences: { email: true } });
    const [reminder] = await deliveriesOf(id);
    if (!reminder) throw new Error("no reminder was planned");
    await db().updateTable("notification_deliveries").set({ status: "QUEUED" }).where("id", "=", reminder.id).execute();
    await env.NOTIFICATIONS.send({ deliveryId: reminder.id } satisfies NotificationMessage);

    const message = await outboxFor(reminder.id);

    expect(message).toMatchObject({
      channel: "EMAIL",
      recipient: account.user.email,
      subject: "In 1 hour: Fire <on> the Water",
    });
    expect(message.body).toContain("Fire <on> the Water starts in 1 hour");
    expect(message.body).toMatch(/C[SD]T \(.*GMT\+[12] your time\)/);
    expect(message.body).toContain(`/shows/${id}/watch`);
    expect(message.body).toContain("/me#reminders");
    expect(message.html).toContain("Fire &lt;on&gt; the Water");
    expect(message.html).toMatch(/>Watch<\/a\s*>/);
    expect(message.html).toMatch(/>Manage reminders<\/a\s*>/);
    expect(message.html).toContain("/unsubscribe?token=");
    const headers = JSON.parse(message.headers ?? "{}") as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["List-Unsubscribe"]).toMatch(/^<https:\/\/.*\/api\/notifications\/unsubscribe\?token=.+>$/);
  });

  it("texts a short SMS that says how to stop", async () => {
    const id = await show(inMinutes(-5), "Sparks");
    await fan(id, new Date().toISOString(), { email: false, sms: true, phone: "+15551230002" });

    await deliverLiveInputEvent(`input-${id}`, "live_input.connected", new Date().toISOString());
    const [live] = (await deliveriesOf(id)).filter((delivery) => delivery.kind === "LIVE");
    const message = await outboxFor(live?.id ?? "");

    expect(message).toMatchObject({ channel: "SMS", recipient: "+15551230002" });
    expect(message.body).toMatch(
      /^Medicine Fire Circus: Sparks is live now\. https:\/\/\S+\/watch Reply STOP to stop\.$/,
    );
    expect(message.body.length).toBeLessThanOrEqual(160);
  });

  it("tells registered viewers a show went live, once, even across an intermission", async () => {
    const id = await show(inMinutes(-5));
    await fan(id, new Date().toISOString());
    const at = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

    await deliverLiveInputEvent(`input-${id}`, "live_input.connected", at(0));
    await deliverLiveInputEvent(`input-${id}`, "live_input.disconnected", at(1));
    await deliverLiveInputEvent(`input-${id}`, "live_input.connected", at(2));

    expect((await deliveriesOf(id)).map((delivery) => delivery.kind)).toEqual(["LIVE"]);
  });

  it("records a provider's failure, sends the delivery id as the idempotency key, and lets the queue retry", async () => {
    const now = new Date().toISOString();
    const id = await show(inMinutes(30));
    await fan(id, plus(now, -120));
    const [delivery] = await deliveriesOf(id);
    await db()
      .updateTable("notification_deliveries")
      .set({ status: "QUEUED" })
      .where("id", "=", delivery?.id ?? "")
      .execute();
    const resend = {
      ...env,
      NOTIFY_EMAIL_PROVIDER: "resend",
      RESEND_API_BASE: "https://resend.test",
      RESEND_API_KEY: "key",
    } as Env;
    const seen: Request[] = [];
    const batch = createMessageBatch<NotificationMessage>("firestream-notifications", [
      { id: "message-1", timestamp: Date.now(), attempts: 1, body: { deliveryId: delivery?.id ?? "" } },
    ]);

    await deliverNotifications(appDeps({ env: resend }), batch, {
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        return new Response("busy", { status: 503 });
      },
    });

    const result = await getQueueResult(batch, createExecutionContext());
    expect(result.retryMessages.map((message) => message.msgId)).toEqual(["message-1"]);
    expect(seen[0]?.headers.get("idempotency-key")).toBe(delivery?.id);
    expect(await seen[0]?.json()).toMatchObject({
      html: expect.stringContaining("<!doctype html>"),
      text: expect.any(String),
    });
    expect((await deliveriesOf(id))[0]).toMatchObject({
      status: "QUEUED",
      attempts: 1,
      last_error: expect.stringContaining("503"),
    });
  });

  it("sends a message once when the queue delivers it twice", async () => {
    const id = await show(inMinutes(-5));
    await fan(id, new Date().toISOString());
    await deliverLiveInputEvent(`input-${id}`, "live_input.connected", new Date().toISOString());
    const [delivery] = await deliveriesOf(id);
    await outboxFor(delivery?.id ?? "");
    await db()
      .updateTable("notification_deliveries")
      .set({ status: "QUEUED" })
      .where("id", "=", delivery?.id ?? "")
      .execute();
    await db()
      .deleteFrom("outbox_messages")
      .where("delivery_id", "=", delivery?.id ?? "")
      .execute();
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

function unsubscribe(token: string, init: { body: string; type: string }) {
  return exports.default.fetch(
    `https://firestream.example.com/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
    { method: "POST", headers: { "content-type": init.type }, body: init.body },
  );
}

describe("unsubscribing", () => {
  it("by one click (RFC 8058 POST) turns all email off without signing in, drops planned emails, and can be undone", async () => {
    const now = new Date().toISOString();
    const id = await show(inMinutes(3 * 24 * 60));
    const account = await fan(id, now);
    const token = await signUnsubscribeToken(appDeps().config, account.user.id, new Date());
    const oneClick = { body: "List-Unsubscribe=One-Click", type: "application/x-www-form-urlencoded" };

    const first = await unsubscribe(token, oneClick);
    const again = await unsubscribe(token, oneClick);

    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ email: account.user.email, subscribed: false });
    expect(again.status).toBe(200);
    expect(await reminders(id)).toEqual([]);
    const undone = await unsubscribe(token, { body: JSON.stringify({ undo: true }), type: "application/json" });
    expect(await undone.json()).toEqual({ email: account.user.email, subscribed: true });
    expect((await reminders(id)).map(([channel]) => channel)).toEqual(["EMAIL", "EMAIL"]);
  });

  it("refuses a forged or missing token and a POST that is not one-click, changing nothing", async () => {
    const account = await viewer();
    const forged = await signUnsubscribeToken(
      { ...appDeps().config, auth: { ...appDeps().config.auth, secret: new Uint8Array(32) } },
      account.user.id,
      new Date(),
    );
    const oneClick = { body: "List-Unsubscribe=One-Click", type: "application/x-www-form-urlencoded" };
    const token = await signUnsubscribeToken(appDeps().config, account.user.id, new Date());

    expect((await unsubscribe(forged, oneClick)).status).toBe(400);
    expect((await unsubscribe("", oneClick)).status).toBe(400);
    expect((await unsubscribe("x".repeat(5000), oneClick)).status).toBe(400);
    expect((await unsubscribe(token, { body: "hello", type: "text/plain" })).status).toBe(400);
    expect((await unsubscribe(token, { body: "{", type: "application/json" })).status).toBe(400);
    const settings = await db()
      .selectFrom("notification_settings")
      .selectAll()
      .where("user_id", "=", account.user.id)
      .executeTakeFirst();
    expect(settings?.email_unsubscribed_at ?? null).toBeNull();
  });

  it("by replying STOP (a Twilio-signed webhook) turns SMS off for that number; START turns it on again", async () => {
    const now = new Date().toISOString();
    const id = await show(inMinutes(3 * 24 * 60));
    const phone = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
    await fan(id, now, { email: false, sms: true, phone });
    const twilio = {
      ...env,
      NOTIFY_SMS_PROVIDER: "twilio",
      TWILIO_ACCOUNT_SID: "AC1",
      TWILIO_AUTH_TOKEN: "twilio-token",
      TWILIO_FROM: "+15550000000",
    } as Env;
    const { handleInboundSms } = await import("./sms-webhook.service");
    const url = "https://firestream.example.com/api/webhooks/sms";
    const inbound = async (body: string, signature?: string) => {
      const params = new URLSearchParams({ From: phone, To: "+15550000000", Body: body, MessageSid: "SM1" });
      return handleInboundSms(
        new Request(url, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "x-twilio-signature": signature ?? (await twilioSignature("twilio-token", url, params)),
          },
          body: params.toString(),
        }),
        appDeps({ env: twilio }),
      );
    };

    expect((await inbound("STOP", "forged")).status).toBe(403);
    expect(await reminders(id)).toHaveLength(2);
    expect((await inbound(" stop ")).status).toBe(200);
    expect(await reminders(id)).toEqual([]);
    const stopped = await db()
      .selectFrom("notification_settings")
      .select("sms_stopped_at")
      .where("phone_number", "=", phone)
      .executeTakeFirst();
    expect(stopped?.sms_stopped_at).toBeTruthy();
    expect((await inbound("START")).status).toBe(200);
    expect(await reminders(id)).toHaveLength(2);
  });

  it("answers 404 to SMS webhooks when no SMS provider signs them", async () => {
    const response = await exports.default.fetch("https://firestream.example.com/api/webhooks/sms", {
      method: "POST",
      body: "From=%2B15551230000&Body=STOP",
    });
    expect(response.status).toBe(404);
  });
});

describe("running late", () => {
  it("is noticed once, 10 minutes after the time, on the show and by a notice to fans who want it", async () => {
    const scheduled = "2026-05-01T19:00:00.000Z";
    const id = await show(scheduled);
    const wants = await fan(id, "2026-04-30T10:00:00.000Z");
    const doesNot = await fan(id, "2026-04-30T10:00:00.000Z");
    await updateNotificationSettings(appDeps({ now: "2026-04-30T10:00:00.000Z" }), doesNot.user.id, {
      runningLate: false,
    });

    const early = await noticeLateShows(appDeps({ now: "2026-05-01T19:09:00.000Z" }));
    const late = await noticeLateShows(appDeps({ now: "2026-05-01T19:10:00.000Z" }));
    const again = await noticeLateShows(appDeps({ now: "2026-05-01T19:11:00.000Z" }));

    expect(early).not.toContain(id);
    expect(late).toContain(id);
    expect(again).not.toContain(id);
    const notices = (await deliveriesOf(id)).filter((delivery) => delivery.kind === "RUNNING_LATE");
    expect(notices.map((delivery) => delivery.user_id)).toEqual([wants.user.id]);
  });
});

describe("Performance.notifications", () => {
  it("shows a fan their own notifications and an organizer everyone's, with counts by status", async () => {
    const id = await show(inMinutes(3 * 24 * 60));
    const now = new Date().toISOString();
    const first = await fan(id, now);
    await fan(id, now, { leadTimes: ["ONE_DAY"] });
    const { token } = await organizer();

    const mine = await executeOk(ShowNotifications, { id }, { token: first.token });
    const all = await executeOk(ShowNotifications, { id }, { token });
    const signedOut = await execute(ShowNotifications, { id });

    expect(
      mine.performance?.notifications?.edges.map((edge) => [
        edge.node.kind,
        edge.node.channel,
        edge.node.leadTime,
        edge.node.status,
        edge.node.recipient,
      ]),
    ).toEqual([
      ["REMINDER", "EMAIL", "ONE_DAY", "PLANNED", first.user.id],
      ["REMINDER", "EMAIL", "ONE_HOUR", "PLANNED", first.user.id],
    ]);
    expect(all.performance?.notifications?.edges).toHaveLength(3);
    expect(all.performance?.notifications?.countsByStatus).toEqual([{ status: "PLANNED", count: 3 }]);
    expect(mine.performance?.runningLate).toBe(false);
    expect(signedOut.data?.performance?.notifications).toBeNull();
    expect(signedOut.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
