import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { daysFromNow, db, organizer, viewer } from "../../test/fixtures";
import { SESSION_COOKIE } from "../accounts/session-cookie";
import { CSRF_HEADER } from "./csrf";

// The API on an origin of its own, as behind the site's service binding: the site is SITE_URL.
const API = "https://api.firestream.internal";
const SITE = new URL(env.SITE_URL).origin;
const EVIL = "https://evil.example";

function request(path: string, init: RequestInit = {}) {
  return exports.default.fetch(`${API}${path}`, init);
}

function graphqlPost(query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) {
  return request("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

const cookieOf = (token: string) => `${SESSION_COOKIE}=${token}`;
const Me = "{ me { id } }";
const CreateShow = `mutation ($input: CreatePerformanceInput!) {
  createPerformance(input: $input) { __typename ... on Performance { id } }
}`;
const newShow = (title: string) => ({ input: { title, scheduledTime: daysFromNow(3), durationMinutes: 30 } });
const showsTitled = async (title: string) =>
  (await db().selectFrom("performances").select("id").where("title", "=", title).execute()).length;

describe("CORS on /graphql and /api/*", () => {
  it("gives the site's origin credentialed CORS", async () => {
    const response = await graphqlPost(Me, { origin: SITE });

    expect(response.headers.get("access-control-allow-origin")).toBe(SITE);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("gives any other origin CORS without credentials", async () => {
    for (const path of ["/graphql", "/api/performances"]) {
      const response = await request(path, { headers: { origin: EVIL, accept: "application/json" } });

      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(response.headers.get("access-control-allow-credentials"), path).toBeNull();
    }
  });

  it("answers preflights: credentials for the site only, the headers clients send for everyone", async () => {
    const preflight = (origin: string, path: string) =>
      request(path, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type",
        },
      });

    const site = await preflight(SITE, "/graphql");
    expect(site.status).toBe(204);
    expect(site.headers.get("access-control-allow-origin")).toBe(SITE);
    expect(site.headers.get("access-control-allow-credentials")).toBe("true");

    const elsewhere = await preflight(EVIL, "/api/performances");
    expect(elsewhere.status).toBe(204);
    expect(elsewhere.headers.get("access-control-allow-origin")).toBe("*");
    expect(elsewhere.headers.get("access-control-allow-credentials")).toBeNull();
    expect(elsewhere.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(elsewhere.headers.get("access-control-allow-headers")).toMatch(/content-type/);
    expect(elsewhere.headers.get("access-control-allow-methods")).toMatch(/POST/);
  });

  it("treats an origin that only resembles the site's as foreign", async () => {
    for (const origin of [`${SITE}.evil.example`, SITE.replace("https:", "http:"), "null"]) {
      const response = await graphqlPost(Me, { origin });
      expect(response.headers.get("access-control-allow-credentials"), origin).toBeNull();
    }
  });
});

describe("the session cookie from another origin", () => {
  it("does not make a mutation run as that user, and nothing is written", async () => {
    const { token } = await organizer();

    const response = await graphqlPost(CreateShow, { origin: EVIL, cookie: cookieOf(token) }, newShow("Evil Fire"));

    const body = (await response.json()) as { data: { createPerformance: { __typename: string } } };
    expect(body.data.createPerformance.__typename).toBe("UnauthenticatedError");
    expect(await showsTitled("Evil Fire")).toBe(0);
  });

  it("does not make a REST route run as that user", async () => {
    const { token } = await organizer();

    const response = await request("/api/performances", {
      method: "POST",
      headers: { origin: EVIL, cookie: cookieOf(token), "content-type": "application/json" },
      body: JSON.stringify(newShow("Evil REST Fire").input),
    });

    expect(response.status).toBe(401);
    expect(await showsTitled("Evil REST Fire")).toBe(0);
  });

  it("is ignored when the browser says the request is cross-site, even without an Origin", async () => {
    const { token, user } = await viewer();
    const asked = (headers: Record<string, string>) =>
      request(`/graphql?query=${encodeURIComponent(Me)}`, {
        headers: { accept: "application/json", cookie: cookieOf(token), ...headers },
      }).then((response) => response.json());

    expect(await asked({ "sec-fetch-site": "cross-site" })).toEqual({ data: { me: null } });
    expect(await asked({ "sec-fetch-site": "same-site" })).toEqual({ data: { me: null } });
    expect(await asked({ "sec-fetch-site": "same-origin" })).toEqual({ data: { me: { id: user.id } } });
  });

  it("cannot be set by another origin: signing in from there gives the token only", async () => {
    const { user, password } = await viewer();

    const response = await graphqlPost(
      `mutation ($input: SignInInput!) { signIn(input: $input) { __typename ... on SignInPayload { token } } }`,
      { origin: EVIL },
      { input: { email: user.email, password } },
    );

    expect(response.headers.get("set-cookie")).toBeNull();
    const body = (await response.json()) as { data: { signIn: { token?: string } } };
    expect(body.data.signIn.token).toMatch(/^ey/);
  });
});

describe("the site and integrators keep working", () => {
  it("a mutation from the site's origin runs as the signed-in organizer", async () => {
    const { token } = await organizer();

    const response = await graphqlPost(CreateShow, { origin: SITE, cookie: cookieOf(token) }, newShow("Site Fire"));

    const body = (await response.json()) as { data: { createPerformance: { __typename: string } } };
    expect(body.data.createPerformance.__typename).toBe("Performance");
    expect(await showsTitled("Site Fire")).toBe(1);
  });

  it("the site's server, which sends no Origin, and curl keep the cookie", async () => {
    const { token, user } = await viewer();

    const response = await graphqlPost(Me, { cookie: cookieOf(token) });

    expect(await response.json()).toEqual({ data: { me: { id: user.id } } });
  });

  it("a bearer token works from any origin", async () => {
    const { token } = await organizer();

    const response = await graphqlPost(
      CreateShow,
      { origin: EVIL, authorization: `Bearer ${token}` },
      newShow("Integrator Fire"),
    );

    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as { data: { createPerformance: { __typename: string } } };
    expect(body.data.createPerformance.__typename).toBe("Performance");
    expect(await showsTitled("Integrator Fire")).toBe(1);
  });

  it("origins listed in CORS_ALLOWED_ORIGINS get credentialed CORS and keep the cookie", async () => {
    const { token, user } = await viewer();
    const partner = "https://tickets.partner.example";
    const configured = { ...env, CORS_ALLOWED_ORIGINS: `${partner}, https://other.partner.example` };
    const ctx = { waitUntil() {}, passThroughOnException() {} } as unknown as ExecutionContext;
    const { default: worker } = await import("../index");

    const response = await worker.fetch(
      new Request(`${API}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: partner, cookie: cookieOf(token) },
        body: JSON.stringify({ query: Me }),
      }),
      configured,
      ctx,
    );

    expect(response.headers.get("access-control-allow-origin")).toBe(partner);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(await response.json()).toEqual({ data: { me: { id: user.id } } });
  });
});

describe("cross-site request forgery", () => {
  it("a form-encoded POST cannot run a mutation, even with the session cookie and no Origin", async () => {
    const { token } = await organizer();
    const form = new URLSearchParams({
      query: `mutation { createPerformance(input: { title: "Forged Fire", scheduledTime: "${daysFromNow(3)}", durationMinutes: 30 }) { __typename } }`,
    });

    const response = await request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieOf(token) },
      body: form,
    });

    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions.code).toBe("CSRF_HEADER_REQUIRED");
    expect(await showsTitled("Forged Fire")).toBe(0);
  });

  it("a multipart POST needs the header too, and works with it", async () => {
    const { token } = await organizer();
    const multipart = (title: string) => {
      const form = new FormData();
      form.set("operations", JSON.stringify({ query: CreateShow, variables: newShow(title) }));
      form.set("map", "{}");
      return form;
    };

    const forged = await request("/graphql", {
      method: "POST",
      headers: { cookie: cookieOf(token) },
      body: multipart("Forged Upload"),
    });
    expect(forged.status).toBe(403);
    expect(await showsTitled("Forged Upload")).toBe(0);

    const sent = await request("/graphql", {
      method: "POST",
      headers: { cookie: cookieOf(token), origin: SITE, [CSRF_HEADER]: "1" },
      body: multipart("Uploaded Fire"),
    });
    expect(sent.status).toBe(200);
    expect(await showsTitled("Uploaded Fire")).toBe(1);
  });

  it("a mutation over GET is refused and changes nothing", async () => {
    const email = `${crypto.randomUUID()}@firestream.test`;
    const query = `mutation { signUp(input: { email: "${email}", name: "Get Fan", password: "a long enough password" }) { __typename } }`;

    const response = await request(`/graphql?query=${encodeURIComponent(query)}`, {
      headers: { accept: "application/json" },
    });

    expect(response.status).toBe(405);
    expect(await db().selectFrom("users").select("id").where("email", "=", email).execute()).toEqual([]);
  });

  it("queries over GET keep working, with no header, for links and EventSource", async () => {
    const { token, user } = await viewer();

    const response = await request(`/graphql?query=${encodeURIComponent(Me)}`, {
      headers: { accept: "application/json", cookie: cookieOf(token) },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: { id: user.id } } });
  });

  it("subscriptions over GET keep working, as `curl -N` and EventSource send them", async () => {
    const query = "subscription { scheduleChanged { change } }";
    const controller = new AbortController();

    const response = await request(`/graphql?query=${encodeURIComponent(query)}`, {
      headers: { accept: "text/event-stream" },
      signal: controller.signal,
    });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    await response.body?.cancel();
    controller.abort();
  });
});
