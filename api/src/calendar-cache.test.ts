import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { CountingD1 } from "../test/counting-d1";
import { organizer, viewer } from "../test/fixtures";
import { SESSION_COOKIE } from "./accounts/session-cookie";
import worker from "./index";

const ORIGIN = "https://firestream.example.com";

/** Through the Worker's own fetch, as the site and integrators reach it, counting D1 round trips. */
async function send(request: Request): Promise<{ response: Response; body: string; roundTrips: number }> {
  const counting = new CountingD1(env.DB);
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, { ...env, DB: counting.asBinding() }, ctx);
  const body = await response.text();
  await waitOnExecutionContext(ctx);
  return { response, body, roundTrips: counting.roundTrips };
}

function graphqlPost(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

const CALENDAR = `query Calendar($from: DateTime!, $to: DateTime!) {
  performances(from: $from, to: $to, first: 50) { edges { node { id title viewerIsRegistered } } }
}`;

// Each test uses a month of its own (a year ahead, as shows are scheduled at most two years out),
// so the pages of one test are not another's.
const year = new Date().getUTCFullYear() + 1;
let month = 0;
function aMonth() {
  month++;
  const from = new Date(Date.UTC(year, month, 1));
  const to = new Date(Date.UTC(year, month + 1, 1));
  return { from: from.toISOString(), to: to.toISOString(), day: (d: number) => new Date(Date.UTC(year, month, d, 19)) };
}

async function createShow(token: string, title: string, scheduledTime: Date): Promise<string> {
  const response = await worker.fetch(
    new Request(`${ORIGIN}/api/performances`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ title, scheduledTime: scheduledTime.toISOString(), durationMinutes: 60 }),
    }),
    env,
    createExecutionContext(),
  );
  const body = await response.text();
  expect(response.status, body).toBe(200);
  return (JSON.parse(body) as { id: string }).id;
}

const titles = (body: string) =>
  (
    JSON.parse(body) as { data: { performances: { edges: Array<{ node: { title: string } }> } } }
  ).data.performances.edges.map((edge) => edge.node.title);

describe("the public calendar is served from the Cache API", () => {
  it("answers an anonymous month page from the cache the second time, with no D1 round trip", async () => {
    const { token } = await organizer();
    const range = aMonth();
    await createShow(token, "Cached Fire", range.day(5));

    const first = await send(graphqlPost(CALENDAR, range));
    expect(first.response.headers.get("x-firestream-cache")).toBe("miss");
    expect(titles(first.body)).toEqual(["Cached Fire"]);

    const second = await send(graphqlPost(CALENDAR, range));
    expect(second.response.headers.get("x-firestream-cache")).toBe("hit");
    expect(second.body).toBe(first.body);
    expect(second.roundTrips).toBe(0);
    expect(second.response.headers.get("content-type")).toContain("json");
    expect(second.response.headers.has("cache-control")).toBe(false);
  });

  it("shows a schedule change at once: a new show, then a new title", async () => {
    const { token } = await organizer();
    const range = aMonth();
    const id = await createShow(token, "Before", range.day(3));
    await send(graphqlPost(CALENDAR, range));
    expect((await send(graphqlPost(CALENDAR, range))).response.headers.get("x-firestream-cache")).toBe("hit");

    await createShow(token, "Added", range.day(9));
    const afterCreate = await send(graphqlPost(CALENDAR, range));
    expect(afterCreate.response.headers.get("x-firestream-cache")).toBe("miss");
    expect(titles(afterCreate.body)).toEqual(["Before", "Added"]);

    await worker.fetch(
      new Request(`${ORIGIN}/api/performances/${id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ title: "After" }),
      }),
      env,
      createExecutionContext(),
    );
    expect(titles((await send(graphqlPost(CALENDAR, range))).body)).toEqual(["After", "Added"]);
  });

  it("never caches for a signed-in viewer, whose registrations stay their own", async () => {
    const { token } = await organizer();
    const fan = await viewer();
    const range = aMonth();
    const id = await createShow(token, "Mine", range.day(12));
    const register = await worker.fetch(
      graphqlPost(
        `mutation R($id: ID!) { registerForPerformance(performanceId: $id) { __typename } }`,
        { id },
        {
          authorization: `Bearer ${fan.token}`,
        },
      ),
      env,
      createExecutionContext(),
    );
    expect(register.status).toBe(200);

    const anonymous = await send(graphqlPost(CALENDAR, range));
    const signedIn = await send(graphqlPost(CALENDAR, range, { authorization: `Bearer ${fan.token}` }));
    const withCookie = await send(
      graphqlPost(CALENDAR, range, { cookie: `zone=Europe/Paris; ${SESSION_COOKIE}=x.y.z` }),
    );

    expect(signedIn.response.headers.has("x-firestream-cache")).toBe(false);
    expect(withCookie.response.headers.has("x-firestream-cache")).toBe(false);
    expect(signedIn.body).toContain('"viewerIsRegistered":true');
    expect(anonymous.body).toContain('"viewerIsRegistered":false');
    // After a signed-in read, an anonymous one still gets the anonymous page.
    expect((await send(graphqlPost(CALENDAR, range))).body).toContain('"viewerIsRegistered":false');
  });

  it("caches GET reads too, keyed by their variables", async () => {
    const { token } = await organizer();
    const range = aMonth();
    await createShow(token, "By GET", range.day(20));
    const url = (variables: object) =>
      `${ORIGIN}/graphql?query=${encodeURIComponent(CALENDAR)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
    const get = (variables: object) =>
      new Request(url(variables), { headers: { accept: "application/graphql-response+json" } });

    await send(get(range));
    const hit = await send(get(range));
    expect(hit.response.headers.get("x-firestream-cache")).toBe("hit");
    expect(titles(hit.body)).toEqual(["By GET"]);
    const otherMonth = await send(
      get({ ...range, from: range.to, to: new Date(Date.parse(range.to) + 30 * 86_400_000).toISOString() }),
    );
    expect(otherMonth.response.headers.get("x-firestream-cache")).toBe("miss");
    expect(titles(otherMonth.body)).toEqual([]);
  });

  it("leaves every other operation alone: other root fields, mutations, several operations, errors", async () => {
    const range = aMonth();
    const mixed = `query { me { id } performances(first: 1) { edges { node { id } } } }`;
    const viaFragment = `query { ...F } fragment F on Query { me { id } }`;
    const mutation = `mutation { signOut { __typename } }`;
    for (const query of [mixed, viaFragment, mutation]) {
      await send(graphqlPost(query, {}));
      const again = await send(graphqlPost(query, {}));
      expect(again.response.headers.has("x-firestream-cache"), query).toBe(false);
    }

    const twoOperations = `${CALENDAR} query Me { me { id } }`;
    const named = (operationName: string) =>
      new Request(`${ORIGIN}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: twoOperations, variables: range, operationName }),
      });
    await send(named("Me"));
    expect((await send(named("Me"))).response.headers.has("x-firestream-cache")).toBe(false);

    const badVariables = { from: "not a date", to: range.to };
    await send(graphqlPost(CALENDAR, badVariables));
    const refused = await send(graphqlPost(CALENDAR, badVariables));
    expect(refused.response.headers.get("x-firestream-cache")).not.toBe("hit");
    expect(refused.body).toContain("errors");
  });
});
