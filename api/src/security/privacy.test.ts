import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { anonymisedEmail } from "../accounts/privacy.repository";
import { db, daysFromNow, insertPerformance, organizer, viewer, type TestAccount } from "../../test/fixtures";
import { randomAddress } from "../../test/graphql-client";

type Answer = {
  data?: Record<string, ({ __typename?: string } & Record<string, unknown>) | string | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

async function graphqlRequest(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const headers: Record<string, string> = { "content-type": "application/json", "cf-connecting-ip": randomAddress() };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await exports.default.fetch("https://firestream.example.com/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

const DELETE = `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) { __typename ... on DeleteAccountPayload { deleted } ... on Error { message } } }`;
const EXPORT = `query { exportMyData }`;
const typename = (answer: Answer, field: string) =>
  (answer.data?.[field] as { __typename?: string } | null)?.__typename;

/** A fan with a registration, notification settings, a delivery, an outbox message and a viewing session. */
async function fanWithHistory(): Promise<{ fan: TestAccount; performanceId: string }> {
  const fan = await viewer();
  const performanceId = await insertPerformance({ scheduled_time: daysFromNow(-2), status: "ENDED" });
  const now = new Date().toISOString();
  const deliveryId = crypto.randomUUID();
  await db().batch([
    db()
      .insertInto("performance_viewers")
      .values({ performance_id: performanceId, user_id: fan.user.id, registered_at: now }),
    db().insertInto("notification_settings").values({
      user_id: fan.user.id,
      email: 1,
      sms: 1,
      browser: 0,
      phone_number: "+15555550100",
      reminder_minutes_before: 30,
      updated_at: now,
    }),
    db().insertInto("notification_deliveries").values({
      id: deliveryId,
      performance_id: performanceId,
      user_id: fan.user.id,
      kind: "REMINDER",
      channel: "EMAIL",
      status: "SENT",
      send_at: now,
      created_at: now,
      sent_at: now,
      claimed_at: null,
      last_error: null,
    }),
    db().insertInto("outbox_messages").values({
      id: crypto.randomUUID(),
      delivery_id: deliveryId,
      channel: "EMAIL",
      recipient: fan.user.email,
      subject: "Starting soon",
      body: "Your show starts in 30 minutes",
      created_at: now,
    }),
    db().insertInto("viewer_sessions").values({
      id: crypto.randomUUID(),
      performance_id: performanceId,
      user_id: fan.user.id,
      mode: "LIVE",
      country: "US",
      started_at: now,
      last_seen_at: now,
      watched_seconds: 600,
      max_position_seconds: 600,
    }),
  ]);
  return { fan, performanceId };
}

describe("exportMyData", () => {
  it("gives the signed-in user everything FireStream holds about them", async () => {
    const { fan, performanceId } = await fanWithHistory();
    const answer = await graphqlRequest(EXPORT, {}, fan.token);
    const data = JSON.parse(answer.data?.exportMyData as string);
    expect(data.profile).toMatchObject({ id: fan.user.id, email: fan.user.email, hasPassword: true });
    expect(data.sessions).toHaveLength(1);
    expect(data.registrations).toEqual([expect.objectContaining({ performanceId })]);
    expect(data.notificationSettings).toMatchObject({ sms: true, phoneNumber: "+15555550100" });
    expect(data.notificationDeliveries).toEqual([expect.objectContaining({ kind: "REMINDER", status: "SENT" })]);
    expect(data.messagesSent).toEqual([
      expect.objectContaining({ recipient: fan.user.email, subject: "Starting soon" }),
    ]);
    expect(data.viewingSessions).toEqual([expect.objectContaining({ performanceId, watchedSeconds: 600 })]);
    expect(JSON.stringify(data)).not.toMatch(/password_hash|pbkdf2/);
  });

  it("is refused when signed out", async () => {
    const answer = await graphqlRequest(EXPORT);
    expect(answer.data?.exportMyData ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("holds only the caller's own data", async () => {
    const { fan } = await fanWithHistory();
    const other = await viewer();
    const data = JSON.parse((await graphqlRequest(EXPORT, {}, other.token)).data?.exportMyData as string);
    expect(JSON.stringify(data)).not.toContain(fan.user.email);
    expect(data.registrations).toEqual([]);
  });
});

describe("deleteAccount", () => {
  it("removes sessions, registrations, settings and deliveries, anonymises the account and keeps the viewing figures", async () => {
    const { fan, performanceId } = await fanWithHistory();
    const answer = await graphqlRequest(DELETE, { input: { password: fan.password } }, fan.token);
    expect(answer.data?.deleteAccount).toEqual({ __typename: "DeleteAccountPayload", deleted: true });
    const user = await db().selectFrom("users").selectAll().where("id", "=", fan.user.id).executeTakeFirstOrThrow();
    expect(user).toMatchObject({ email: anonymisedEmail(fan.user.id), name: "Deleted account", password_hash: null });
    for (const table of [
      "sessions",
      "performance_viewers",
      "notification_settings",
      "notification_deliveries",
    ] as const) {
      const rows = await db().selectFrom(table).select("user_id").where("user_id", "=", fan.user.id).execute();
      expect(rows, table).toEqual([]);
    }
    const messages = await db()
      .selectFrom("outbox_messages")
      .select("id")
      .where("recipient", "=", fan.user.email)
      .execute();
    expect(messages).toEqual([]);
    const viewing = await db()
      .selectFrom("viewer_sessions")
      .select("country")
      .where("performance_id", "=", performanceId)
      .execute();
    expect(viewing).toEqual([{ country: "US" }]);
    // The old token no longer works, and the email is free for a new account.
    expect((await graphqlRequest(EXPORT, {}, fan.token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const again = await graphqlRequest(`mutation($input: SignUpInput!) { signUp(input: $input) { __typename } }`, {
      input: { email: fan.user.email, password: "a-long-and-unusual-pass", name: "Back again" },
    });
    expect(typename(again, "signUp")).toBe("SignInPayload");
  });

  it("is refused when signed out", async () => {
    const answer = await graphqlRequest(DELETE, { input: { password: "whatever-it-is" } });
    expect(answer.errors?.[0]?.extensions?.code ?? typename(answer, "deleteAccount")).toMatch(
      /UNAUTHENTICATED|UnauthenticatedError/,
    );
  });

  it("with a wrong or missing password changes nothing", async () => {
    const fan = await viewer();
    for (const input of [{ password: "not-the-password" }, {}]) {
      const answer = await graphqlRequest(DELETE, { input }, fan.token);
      expect(typename(answer, "deleteAccount")).toBe("InvalidCredentialsError");
    }
    const user = await db().selectFrom("users").select("email").where("id", "=", fan.user.id).executeTakeFirstOrThrow();
    expect(user.email).toBe(fan.user.email);
  });

  it("refuses the last organizer, in words", async () => {
    const boss = await organizer();
    await db()
      .updateTable("users")
      .set({ role: "VIEWER" })
      .where("role", "=", "ORGANIZER")
      .where("id", "!=", boss.user.id)
      .execute();
    const answer = await graphqlRequest(DELETE, { input: { password: boss.password } }, boss.token);
    expect(answer.data?.deleteAccount).toMatchObject({
      __typename: "ConflictError",
      message: expect.stringMatching(/only organizer/),
    });
    const user = await db().selectFrom("users").select("role").where("id", "=", boss.user.id).executeTakeFirstOrThrow();
    expect(user.role).toBe("ORGANIZER");
  });

  it("two organizers deleting themselves at once leave one organizer", async () => {
    const [first, second] = [await organizer(), await organizer()];
    await db()
      .updateTable("users")
      .set({ role: "VIEWER" })
      .where("role", "=", "ORGANIZER")
      .where("id", "not in", [first.user.id, second.user.id])
      .execute();
    const answers = await Promise.all(
      [first, second].map((account) =>
        graphqlRequest(DELETE, { input: { password: account.password } }, account.token),
      ),
    );
    expect(answers.map((answer) => typename(answer, "deleteAccount")).sort()).toEqual([
      "ConflictError",
      "DeleteAccountPayload",
    ]);
    const organizers = await db().selectFrom("users").select("id").where("role", "=", "ORGANIZER").execute();
    expect(organizers).toHaveLength(1);
  });

  it("repeated in one request deletes once and then says the account is gone", async () => {
    const fan = await viewer();
    const answer = await graphqlRequest(
      `mutation($input: DeleteAccountInput!) { a: deleteAccount(input: $input) { __typename } b: deleteAccount(input: $input) { __typename } }`,
      { input: { password: fan.password } },
      fan.token,
    );
    expect(typename(answer, "a")).toBe("DeleteAccountPayload");
    expect(typename(answer, "b")).toBe("UnauthenticatedError");
  });
});

describe("DELETE /api/me", () => {
  it("is deleteAccount over REST: 401 for a wrong password, then 200", async () => {
    const fan = await viewer();
    const call = (password: string) =>
      exports.default.fetch("https://firestream.example.com/api/me", {
        method: "DELETE",
        headers: {
          authorization: `Bearer ${fan.token}`,
          "content-type": "application/json",
          "cf-connecting-ip": randomAddress(),
        },
        body: JSON.stringify({ password }),
      });
    const wrong = await call("not-the-password");
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { type: "InvalidCredentialsError" } });
    const right = await call(fan.password);
    expect(right.status).toBe(200);
    expect(await right.json()).toEqual({ deleted: true });
  });
});
