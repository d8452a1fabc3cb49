import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { daysFromNow, db, insertPerformance, viewer, type TestAccount } from "../../test/fixtures";
import { randomAddress } from "../../test/graphql-client";
import { upsertRegistration } from "../registrations/registrations.repository";

// exportMyData and deleteAccount cover the browsers a fan allowed to notify them and what they
// wrote in chats: the messages in D1 and those a live show's hub has not written there yet.

type Answer = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };

async function graphqlRequest(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const headers: Record<string, string> = { "content-type": "application/json", "cf-connecting-ip": randomAddress() };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await exports.default.fetch("https://firestream.example.com/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

interface Exported {
  pushSubscriptions: { id: string; label: string; endpoint: string; createdAt: string; lastUsedAt: string | null }[];
  chatMessages: { id: string; performanceId: string; title: string | null; body: string; removedAt: string | null }[];
}

async function exportOf(account: TestAccount): Promise<Exported & Record<string, unknown>> {
  const answer = await graphqlRequest(`query { exportMyData }`, {}, account.token);
  return JSON.parse(answer.data?.exportMyData as string) as Exported & Record<string, unknown>;
}

async function post(performanceId: string, account: TestAccount, body: string): Promise<string> {
  const answer = await graphqlRequest(
    `mutation ($performanceId: ID!, $body: String!) { sendChatMessage(performanceId: $performanceId, body: $body) { __typename ... on ChatMessage { id } } }`,
    { performanceId, body },
    account.token,
  );
  const message = answer.data?.sendChatMessage as { __typename: string; id: string };
  expect(message.__typename).toBe("ChatMessage");
  return message.id;
}

/** A show on air with these fans registered. */
async function liveShowWith(...fans: TestAccount[]): Promise<string> {
  const id = await insertPerformance({
    title: "Fire on Ice",
    status: "LIVE",
    scheduled_time: daysFromNow(0),
    started_at: new Date(Date.now() - 60_000).toISOString(),
  });
  for (const fan of fans) {
    await upsertRegistration(db(), {
      performanceId: id,
      userId: fan.user.id,
      preferences: { email: false, sms: false, browser: true },
      now: new Date().toISOString(),
    });
  }
  return id;
}

async function subscribeBrowser(fan: TestAccount, label: string): Promise<string> {
  const id = crypto.randomUUID();
  await db()
    .insertInto("push_subscriptions")
    .values({
      id,
      user_id: fan.user.id,
      endpoint: `https://push.example.test/send/${id}`,
      p256dh: "BPublicKeyOfTheBrowser",
      auth: "secret-of-the-browser",
      label,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

const flushHub = (performanceId: string) => env.PERFORMANCE_HUB.getByName(performanceId).flush();

describe("exportMyData: push subscriptions and chat", { timeout: 30_000 }, () => {
  it("lists each browser the fan subscribed, without the browser's keys", async () => {
    const fan = await viewer();
    const phone = await subscribeBrowser(fan, "Chrome on Android");
    const laptop = await subscribeBrowser(fan, "Firefox on Linux");
    const data = await exportOf(fan);
    expect(data.pushSubscriptions.map((subscription) => subscription.id).sort()).toEqual([phone, laptop].sort());
    expect(data.pushSubscriptions.map((subscription) => subscription.label).sort()).toEqual([
      "Chrome on Android",
      "Firefox on Linux",
    ]);
    expect(data.pushSubscriptions[0]).toMatchObject({
      endpoint: expect.stringMatching(/^https:\/\/push\.example\.test\//),
    });
    expect(JSON.stringify(data)).not.toMatch(/secret-of-the-browser|BPublicKeyOfTheBrowser/);
  });

  it("holds the fan's chat messages, those written to D1 and those still in the live show's hub", async () => {
    const fan = await viewer();
    const other = await viewer();
    const show = await liveShowWith(fan, other);
    const written = await post(show, fan, "first from me");
    await post(show, other, "someone else's words");
    await flushHub(show);
    const waiting = await post(show, fan, "second from me, not in D1 yet");
    const inD1 = await db().selectFrom("chat_messages").select("id").where("id", "=", waiting).execute();
    expect(inD1).toEqual([]);

    const data = await exportOf(fan);
    expect(data.chatMessages.map((message) => [message.id, message.body, message.title])).toEqual([
      [written, "first from me", "Fire on Ice"],
      [waiting, "second from me, not in D1 yet", "Fire on Ice"],
    ]);
    expect(data.chatMessages.every((message) => message.performanceId === show)).toBe(true);
  });

  it("holds only the caller's own subscriptions and messages", async () => {
    const fan = await viewer();
    const other = await viewer();
    const show = await liveShowWith(fan, other);
    await subscribeBrowser(fan, "Safari on iPhone");
    await post(show, fan, "mine alone");
    const data = await exportOf(other);
    expect(data.pushSubscriptions).toEqual([]);
    expect(data.chatMessages).toEqual([]);
  });

  it("is refused when signed out", async () => {
    const answer = await graphqlRequest(`query { exportMyData }`, {});
    expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("deleteAccount: push subscriptions and chat", { timeout: 30_000 }, () => {
  it("removes the fan's browsers and every chat message, also one the live show's hub had not written yet", async () => {
    const fan = await viewer();
    const other = await viewer();
    const show = await liveShowWith(fan, other);
    await subscribeBrowser(fan, "Chrome on Android");
    await post(show, fan, "written already");
    await flushHub(show);
    await post(show, fan, "still in the hub");
    const kept = await post(show, other, "the other fan stays");

    const answer = await graphqlRequest(
      `mutation ($input: DeleteAccountInput!) { deleteAccount(input: $input) { __typename } }`,
      { input: { password: fan.password } },
      fan.token,
    );
    expect(answer.data?.deleteAccount).toEqual({ __typename: "DeleteAccountPayload" });
    // The hub's next batch must not bring the deleted fan's words back to D1.
    await flushHub(show);

    const subscriptions = await db()
      .selectFrom("push_subscriptions")
      .select("id")
      .where("user_id", "=", fan.user.id)
      .execute();
    const messages = await db().selectFrom("chat_messages").select("id").where("user_id", "=", fan.user.id).execute();
    expect({ subscriptions, messages }).toEqual({ subscriptions: [], messages: [] });
    const others = await db().selectFrom("chat_messages").select("id").where("performance_id", "=", show).execute();
    expect(others).toEqual([{ id: kept }]);
  });
});
