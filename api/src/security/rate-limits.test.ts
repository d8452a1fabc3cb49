import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { hashPassword } from "../accounts/password";
import { insertUser } from "../accounts/accounts.repository";
import { readConfig } from "../config";
import { signHeartbeatToken } from "../realtime/heartbeat.service";
import { LIMITERS } from "./rate-limits";
import { db, insertPerformance, daysFromNow, viewer } from "../../test/fixtures";
import { randomAddress } from "../../test/graphql-client";

// The test limits (vitest.config.ts): sign-in 5 per account and 30 per address, sign-up 10 per
// address, password checks 5, registrations 10 per viewer, per 60 s; heartbeats 20 per 10 s.
// Windows are aligned to the clock, so a burst may straddle two of them: at most twice a limit
// gets through, which is what these tests allow.

interface GraphqlAnswer {
  data?: Record<string, { __typename: string; retryAfterSeconds?: number; message?: string } | null> | null;
  errors?: unknown[];
}

async function graphqlRequest(
  query: string,
  variables: Record<string, unknown>,
  options: { address: string; token?: string },
): Promise<GraphqlAnswer> {
  const headers: Record<string, string> = { "content-type": "application/json", "cf-connecting-ip": options.address };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await exports.default.fetch("https://firestream.example.com/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer;
}

const typenames = (answer: GraphqlAnswer) => Object.values(answer.data ?? {}).map((value) => value?.__typename);
const countOf = (names: (string | undefined)[], name: string) => names.filter((each) => each === name).length;

const RESULT = `__typename ... on RateLimitedError { retryAfterSeconds message }`;

async function accountWithPassword(password: string) {
  const now = new Date().toISOString();
  return insertUser(db(), {
    id: crypto.randomUUID(),
    email: `${crypto.randomUUID()}@firestream.test`,
    name: "Target",
    role: "VIEWER",
    password_hash: await hashPassword(password),
    created_at: now,
    updated_at: now,
  });
}

function aliases(count: number, field: (i: number) => string, from = 0): string {
  return Array.from({ length: count }, (_, i) => `a${from + i}: ${field(from + i)}`).join("\n");
}

/**
 * `count` aliased mutations, packed as tightly as the operation limits allow (a document with
 * more aliases is refused before anything runs: operation-limits.test.ts), so that every alias
 * reaches its resolver and counts as an attempt. The result names of all of them, in order.
 */
async function aliasedMutations(
  count: number,
  field: (i: number) => string,
  options: { address: string; token?: string },
): Promise<string[]> {
  const perRequest = readConfig(env).graphqlLimits.aliases;
  const names: string[] = [];
  for (let from = 0; from < count; from += perRequest) {
    const answer = await graphqlRequest(
      `mutation { ${aliases(Math.min(perRequest, count - from), field, from)} }`,
      {},
      options,
    );
    names.push(...(typenames(answer) as string[]));
  }
  return names;
}

// Hundreds of requests each: generous timeouts for a busy machine (no test measures time).
const SLOW = { timeout: 120_000 };

it("tells throttled clients the periods that wrangler.jsonc configures", () => {
  const configured = JSON.parse(env.WRANGLER_RATELIMITS) as { name: string; simple: { period: number } }[];
  expect(Object.fromEntries(configured.map((binding) => [binding.name, binding.simple.period]))).toEqual(
    Object.fromEntries(Object.values(LIMITERS).map((limiter) => [limiter.binding, limiter.periodSeconds])),
  );
});

describe("sign-in rate limits", () => {
  it(
    "300 wrong passwords in a row for one account are not all tried, and the right one is refused too",
    SLOW,
    async () => {
      const user = await accountWithPassword("the-right-password-42");
      const names: string[] = [];
      for (let i = 0; i < 300; i++) {
        // A new address every time: the per-account limit holds on its own.
        const answer = await graphqlRequest(
          `mutation($input: SignInInput!) { signIn(input: $input) { ${RESULT} } }`,
          { input: { email: user.email, password: `wrong-password-${i}` } },
          { address: randomAddress() },
        );
        names.push(...(typenames(answer) as string[]));
      }
      expect(countOf(names, "InvalidCredentialsError")).toBeLessThanOrEqual(10);
      expect(countOf(names, "RateLimitedError")).toBeGreaterThanOrEqual(290);
      const right = await graphqlRequest(
        `mutation($input: SignInInput!) { signIn(input: $input) { ${RESULT} } }`,
        { input: { email: user.email.toUpperCase(), password: "the-right-password-42" } },
        { address: randomAddress() },
      );
      expect(right.data?.signIn).toMatchObject({ __typename: "RateLimitedError", retryAfterSeconds: 60 });
      expect(right.data?.signIn?.message).toMatch(/try again in 60 seconds/);
    },
  );

  it(
    "1,000 aliases of signIn in one request try no password at all: the operation is refused whole",
    SLOW,
    async () => {
      const user = await accountWithPassword("the-right-password-43");
      const answer = await graphqlRequest(
        `mutation { ${aliases(1000, (i) => `signIn(input: { email: "${user.email}", password: "guess-number-${i}" }) { ${RESULT} }`)} }`,
        {},
        { address: randomAddress() },
      );
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors).toMatchObject([{ extensions: { code: "QUERY_TOO_COMPLEX" } }]);
      const right = await graphqlRequest(
        `mutation($input: SignInInput!) { signIn(input: $input) { ${RESULT} } }`,
        { input: { email: user.email, password: "the-right-password-43" } },
        { address: randomAddress() },
      );
      expect(right.data?.signIn?.__typename).toBe("SignInPayload");
    },
  );

  it("every alias of signIn counts as an attempt: 100 aliased guesses try at most twice the limit", SLOW, async () => {
    const user = await accountWithPassword("the-right-password-46");
    const names = await aliasedMutations(
      100,
      (i) => `signIn(input: { email: "${user.email}", password: "guess-number-${i}" }) { ${RESULT} }`,
      { address: randomAddress() },
    );
    expect(names).toHaveLength(100);
    expect(countOf(names, "InvalidCredentialsError")).toBeLessThanOrEqual(10);
    expect(countOf(names, "RateLimitedError")).toBeGreaterThanOrEqual(90);
  });

  it("one address trying many accounts is limited per address", SLOW, async () => {
    const names = await aliasedMutations(
      100,
      (i) =>
        `signIn(input: { email: "nobody-${i}-${crypto.randomUUID()}@firestream.test", password: "some-password-1" }) { ${RESULT} }`,
      { address: randomAddress() },
    );
    expect(countOf(names, "InvalidCredentialsError")).toBeLessThanOrEqual(60);
    expect(countOf(names, "RateLimitedError")).toBeGreaterThanOrEqual(40);
  });

  it("REST login is the same signIn: throttled with 429 and Retry-After", SLOW, async () => {
    const user = await accountWithPassword("the-right-password-44");
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 20; i++) {
      last = await exports.default.fetch("https://firestream.example.com/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json", "cf-connecting-ip": randomAddress() },
        body: JSON.stringify({ email: user.email, password: `wrong-${i}-password` }),
      });
      statuses.push(last.status);
    }
    expect(countOf(statuses.map(String), "401")).toBeLessThanOrEqual(10);
    expect(last?.status).toBe(429);
    expect(last?.headers.get("retry-after")).toBe("60");
    expect(await last?.json()).toMatchObject({ error: { type: "RateLimitedError", retryAfterSeconds: 60 } });
  });

  it("IPv6 clients are counted by their /64, so rotating the interface id does not help", SLOW, async () => {
    const prefix = randomAddress().replace(/::1$/, "");
    const answers: string[] = [];
    for (let i = 0; i < 70; i++) {
      const answer = await graphqlRequest(
        `mutation($input: SignInInput!) { signIn(input: $input) { ${RESULT} } }`,
        { input: { email: `nobody-${crypto.randomUUID()}@firestream.test`, password: "some-password-2" } },
        { address: `${prefix}:0:0:${i.toString(16)}:${(i * 7).toString(16)}` },
      );
      answers.push(...(typenames(answer) as string[]));
    }
    expect(countOf(answers, "RateLimitedError")).toBeGreaterThanOrEqual(10);
  });
});

describe("sign-up rate limits", () => {
  it("50 aliases of signUp from one address do not make 50 accounts", SLOW, async () => {
    const tag = crypto.randomUUID();
    const names = await aliasedMutations(
      50,
      (i) =>
        `signUp(input: { email: "${tag}-fan-${i}@firestream.test", password: "a-long-and-unusual-pass-${i}", name: "Fan ${i}" }) { ${RESULT} }`,
      { address: randomAddress() },
    );
    const created = await db()
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("email", "like", `${tag}-fan-%`)
      .executeTakeFirstOrThrow();
    expect(Number(created.n)).toBe(countOf(names, "SignInPayload"));
    expect(Number(created.n)).toBeLessThanOrEqual(20);
    expect(countOf(names, "RateLimitedError")).toBeGreaterThanOrEqual(30);
  });

  it("probing which emails have accounts through signUp is limited like sign-in", SLOW, async () => {
    const user = await accountWithPassword("the-right-password-45");
    const names: string[] = [];
    for (let i = 0; i < 20; i++) {
      const answer = await graphqlRequest(
        `mutation($input: SignUpInput!) { signUp(input: $input) { ${RESULT} } }`,
        { input: { email: user.email, password: "a-long-and-unusual-pass", name: "Prober" } },
        { address: randomAddress() },
      );
      names.push(...(typenames(answer) as string[]));
    }
    expect(countOf(names, "ConflictError")).toBeLessThanOrEqual(10);
    expect(countOf(names, "RateLimitedError")).toBeGreaterThanOrEqual(10);
  });
});

describe("signed-in rate limits", () => {
  it("changePassword with wrong current passwords is limited per account", SLOW, async () => {
    const fan = await viewer();
    const names = await aliasedMutations(
      30,
      (i) =>
        `changePassword(input: { currentPassword: "wrong-${i}", newPassword: "a-long-and-unusual-pass" }) { ${RESULT} }`,
      { address: randomAddress(), token: fan.token },
    );
    expect(countOf(names, "InvalidCredentialsError")).toBeLessThanOrEqual(10);
    expect(countOf(names, "RateLimitedError")).toBeGreaterThanOrEqual(20);
  });

  it("registerForPerformance is limited per viewer", SLOW, async () => {
    const fan = await viewer();
    const performanceId = await insertPerformance({ scheduled_time: daysFromNow(3) });
    const names = await aliasedMutations(
      40,
      () => `registerForPerformance(performanceId: "${performanceId}") { ${RESULT} }`,
      { address: randomAddress(), token: fan.token },
    );
    expect(countOf(names, "Registration")).toBeLessThanOrEqual(20);
    expect(countOf(names, "RateLimitedError")).toBeGreaterThanOrEqual(20);
  });
});

describe("heartbeat rate limits", () => {
  it(
    "a flood of heartbeats from one viewer is refused with 429, RateLimitedError and Retry-After 10",
    SLOW,
    async () => {
      const fan = await viewer();
      const performanceId = await insertPerformance({ scheduled_time: daysFromNow(0, -0.25), status: "LIVE" });
      const token = await signHeartbeatToken(
        readConfig(env),
        { userId: fan.user.id, authSessionId: null, performanceId, mode: "LIVE", durationSeconds: null },
        new Date(Date.now() + 3_600_000).toISOString(),
      );
      const limited: Response[] = [];
      for (let i = 0; i < 60; i++) {
        const response = await exports.default.fetch("https://firestream.example.com/api/heartbeat", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ token, sessionId: `flood-session-${i % 3}`, positionSeconds: 0, playing: true }),
        });
        const body = (await response.json().catch(() => null)) as { error?: { type?: string } } | null;
        if (body?.error?.type === "RateLimitedError") limited.push(response);
      }
      expect(limited.length).toBeGreaterThanOrEqual(20);
      expect(limited.every((response) => response.status === 429 && response.headers.get("retry-after") === "10")).toBe(
        true,
      );
    },
  );
});
