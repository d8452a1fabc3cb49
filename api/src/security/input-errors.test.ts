import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { CountingD1 } from "../../test/counting-d1";
import { yoga } from "../yoga";

interface Answer {
  status: number;
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  roundTrips: number;
}

async function post(query: string, variables: Record<string, unknown>): Promise<Answer> {
  const counting = new CountingD1(env.DB);
  const ctx = createExecutionContext();
  const response = await yoga.fetch(
    new Request("https://firestream.example.com/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    }),
    { env: { ...env, DB: counting.asBinding() }, ctx },
  );
  await waitOnExecutionContext(ctx);
  return {
    ...((await response.json()) as Omit<Answer, "status">),
    status: response.status,
    roundTrips: counting.roundTrips,
  };
}

function expectBadUserInput(answer: Answer, message: RegExp) {
  expect(answer.status).toBe(400);
  expect(answer.data).toBeUndefined();
  expect(answer.errors?.length).toBeGreaterThan(0);
  for (const error of answer.errors ?? []) expect(error.extensions?.code, error.message).toBe("BAD_USER_INPUT");
  expect(answer.errors?.map((error) => error.message).join("\n")).toMatch(message);
  expect(answer.errors?.[0]?.extensions).not.toHaveProperty("http");
  // Refused before any resolver: nothing was read or written.
  expect(answer.roundTrips).toBe(0);
}

const Shows = `query ($first: Int, $status: [PerformanceStatus!]) {
  performances(first: $first, status: $status) { edges { node { id } } }
}`;
const SignUp = `mutation ($input: SignUpInput!) { signUp(input: $input) { __typename } }`;

describe("a malformed variable is refused with BAD_USER_INPUT", () => {
  it("a string where an Int is expected", async () => {
    expectBadUserInput(await post(Shows, { first: "ten" }), /Int cannot represent non-integer value: "ten"/);
  });

  it("a number too large for an Int", async () => {
    expectBadUserInput(await post(Shows, { first: 2 ** 40 }), /Int cannot represent non 32-bit signed integer/);
  });

  it("an unknown enum value", async () => {
    expectBadUserInput(await post(Shows, { status: ["PARTY"] }), /Value "PARTY" does not exist in "PerformanceStatus"/);
  });

  it("null inside a list of non-null values", async () => {
    expectBadUserInput(await post(Shows, { status: [null] }), /non-null/i);
  });

  it("a missing required input field, and every other problem of the same input at once", async () => {
    const answer = await post(SignUp, { input: { email: "fan@firestream.test", extra: 1 } });

    expectBadUserInput(answer, /to include required field "name"/);
    expect(answer.errors).toHaveLength(3);
    expect(answer.errors?.[1]?.message).toMatch(/to include required field "password"/);
    expect(answer.errors?.[2]?.message).toMatch(/not to include unknown field "extra"/);
  });

  it("a required variable that was not sent", async () => {
    expectBadUserInput(
      await post(SignUp, {}),
      /Variable "\$input" has invalid value: Expected a value of non-null type "SignUpInput!" to be provided/,
    );
  });

  it("an object where a scalar is expected", async () => {
    expectBadUserInput(
      await post(`query ($id: ID!) { performance(id: $id) { id } }`, { id: { id: 1 } }),
      /ID cannot represent value/,
    );
  });

  it("a malformed custom scalar keeps its own message", async () => {
    expectBadUserInput(
      await post(`query ($from: DateTime) { performances(from: $from) { edges { node { id } } } }`, {
        from: "next friday",
      }),
      /Expected a date and time with a time zone offset/,
    );
  });

  it("in a subscription too", async () => {
    const query = `subscription ($id: ID!) { performanceStatus(id: $id) { change } }`;
    const response = await exports.default.fetch("https://firestream.example.com/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query, variables: { id: true } }),
    });

    const text = await response.text();
    expect(text).toMatch(/ID cannot represent value: true/);
    expect(text).toContain('"code":"BAD_USER_INPUT"');
  });

  it("a well-formed request is untouched", async () => {
    const answer = await post(Shows, { first: 1, status: ["SCHEDULED"] });

    expect(answer.errors).toBeUndefined();
    expect(answer.data).toHaveProperty("performances.edges");
  });
});

describe("a malformed variable's error", () => {
  it("carries the issues a ValidationError has: the field's path and what is wrong", async () => {
    const answer = await post(SignUp, { input: { email: "fan@firestream.test", password: 5, extra: 1 } });

    expect(answer.errors?.map((error) => error.extensions?.issues)).toEqual([
      [{ path: ["input", "name"], message: "is required" }],
      [{ path: ["input", "password"], message: "String cannot represent a non string value: 5" }],
      [{ path: ["input", "extra"], message: "is not a field of this input" }],
    ]);
  });
});
