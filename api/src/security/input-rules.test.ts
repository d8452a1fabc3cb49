import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { parseUserImport } from "../accounts/user-import";
import { cleanSingleLine } from "./text";
import { db, organizer, viewer } from "../../test/fixtures";
import { randomAddress } from "../../test/graphql-client";

async function graphqlRequest(query: string, variables: Record<string, unknown>, token?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", "cf-connecting-ip": randomAddress() };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await exports.default.fetch("https://firestream.example.com/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, { __typename: string; issues?: { path: string[]; message: string }[] }>;
  };
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { __typename ... on ValidationError { issues { path message } } } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on ValidationError { issues { path message } } } }`;
const CREATE = `mutation($input: CreatePerformanceInput!) { createPerformance(input: $input) { __typename ... on ValidationError { issues { path message } } } }`;

const emailCount = async (email: string) =>
  Number(
    (
      await db()
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("email", "=", email)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("passwords", () => {
  it.each([
    ["short1234", /at least 10 characters/],
    ["1234567890", /most common passwords/],
    ["passwordpassword", /most common passwords/],
    ["QWERTYUIOP", /most common passwords/],
    ["aaaaaaaaaaaa", /one or two characters repeated/],
    ["abababababab", /one or two characters repeated/],
  ])("signUp refuses %s with the reason in words, and makes no account", async (password, reason) => {
    const email = `${crypto.randomUUID()}@firestream.test`;
    const answer = await graphqlRequest(SIGN_UP, { input: { email, password, name: "Weak" } });
    expect(answer.data?.signUp?.__typename).toBe("ValidationError");
    expect(answer.data?.signUp?.issues).toEqual([
      { path: ["input", "password"], message: expect.stringMatching(reason) },
    ]);
    expect(await emailCount(email)).toBe(0);
  });

  it("changePassword refuses a common new password and keeps the old one", async () => {
    const fan = await viewer();
    const answer = await graphqlRequest(
      CHANGE_PASSWORD,
      { input: { currentPassword: fan.password, newPassword: "1234567890" } },
      fan.token,
    );
    expect(answer.data?.changePassword?.issues?.[0]).toMatchObject({ path: ["input", "newPassword"] });
    const row = await db().selectFrom("users").select("password_hash").where("id", "=", fan.user.id).executeTakeFirst();
    expect(row?.password_hash).toBe(fan.user.password_hash);
  });

  it("the demo passwords are accepted", async () => {
    for (const password of ["firestream-organizer", "firestream-viewer"]) {
      const answer = await graphqlRequest(SIGN_UP, {
        input: { email: `${crypto.randomUUID()}@firestream.test`, password, name: "Demo" },
      });
      expect(answer.data?.signUp?.__typename).toBe("SignInPayload");
    }
  });
});

describe("names, titles and descriptions", () => {
  const bad = [
    ["NUL", "Sam\u0000Spark"],
    ["a bidi override", "Sam\u202Ekrap"],
    ["a bidi isolate", "Sam\u2066Spark"],
    ["a zero-width space", "Sam\u200BSpark"],
    ["a byte-order mark", "\uFEFFSam"],
    ["a bare carriage return", "Sam\rSpark"],
    ["a line break", "Sam\nSpark"],
  ];

  it.each(bad)("signUp refuses a name with %s and stores nothing", async (_what, name) => {
    const email = `${crypto.randomUUID()}@firestream.test`;
    const answer = await graphqlRequest(SIGN_UP, { input: { email, password: "a-long-and-unusual-pass", name } });
    expect(answer.data?.signUp?.__typename).toBe("ValidationError");
    expect(answer.data?.signUp?.issues).toEqual([
      { path: ["input", "name"], message: expect.stringMatching(/must not contain/) },
    ]);
    expect(await emailCount(email)).toBe(0);
  });

  it.each(bad)("createPerformance refuses a title with %s and stores nothing", async (_what, text) => {
    const boss = await organizer();
    const title = `Show ${crypto.randomUUID()} ${text}`;
    const answer = await graphqlRequest(
      CREATE,
      { input: { title, scheduledTime: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 60 } },
      boss.token,
    );
    expect(answer.data?.createPerformance?.issues).toEqual([
      { path: ["input", "title"], message: expect.stringMatching(/must not contain/) },
    ]);
    const stored = await db().selectFrom("performances").select("id").where("title", "=", title).execute();
    expect(stored).toEqual([]);
  });

  it("descriptions keep their line breaks but refuse a bare CR and invisible characters", async () => {
    const boss = await organizer();
    const create = (description: string) =>
      graphqlRequest(
        CREATE,
        {
          input: {
            title: "Fire night",
            description,
            scheduledTime: new Date(Date.now() + 86_400_000).toISOString(),
            durationMinutes: 60,
          },
        },
        boss.token,
      );
    expect((await create("Line one\nLine two\r\nLine three")).data?.createPerformance?.__typename).toBe("Performance");
    for (const description of ["a\rBEGIN:VEVENT", "zero\u200Dwidth", "over\u202Dride", "nul\u0000"]) {
      const answer = await create(description);
      expect(answer.data?.createPerformance?.issues?.[0]?.path).toEqual(["input", "description"]);
    }
  });

  it("a name from the identity provider, which cannot be refused, loses those characters", () => {
    expect(cleanSingleLine("Sam\u202E \u200BSpark\u0000\r\n")).toBe("Sam Spark");
    expect(cleanSingleLine("x".repeat(300))).toHaveLength(100);
  });

  it("user import refuses the same characters in names", () => {
    const file = "email,name,role\nok@firestream.test,Fine Name,VIEWER\nbad@firestream.test,Bad\u202EName,VIEWER\n";
    expect(() => parseUserImport(file, "csv")).toThrow(/must not contain a bidirectional override/);
  });
});
