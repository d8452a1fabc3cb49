import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { daysFromNow, organizer, viewer } from "../../test/fixtures";
import { ROUTES } from "./routes";

function call(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  return exports.default.fetch(`https://firestream.example.com${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

const newShow = () => ({ title: "REST Fire", scheduledTime: daysFromNow(4), durationMinutes: 45 });

describe("the seed's REST routes", () => {
  it("each map onto one GraphQL operation that validates against the schema", async () => {
    const { schema } = await import("../schema");
    const { parse, validate } = await import("graphql");
    for (const route of ROUTES) {
      expect(validate(schema, parse(route.document)), `${route.method} ${route.pattern.pathname}`).toEqual([]);
    }
  });

  it("let an organizer create, read, update and cancel a show", async () => {
    const { token } = await organizer();

    const created = await call("POST", "/api/performances", { token, body: newShow() });
    expect(created.status).toBe(200);
    const show = (await created.json()) as { id: string; title: string };
    expect(show.title).toBe("REST Fire");

    expect(await (await call("GET", `/api/performances/${show.id}`)).json()).toMatchObject({
      id: show.id,
      status: "SCHEDULED",
    });
    expect(
      await (await call("PATCH", `/api/performances/${show.id}`, { token, body: { title: "REST Ice" } })).json(),
    ).toMatchObject({
      title: "REST Ice",
    });
    expect(await (await call("DELETE", `/api/performances/${show.id}`, { token })).json()).toMatchObject({
      status: "CANCELLED",
    });
  });

  it("let a viewer register and unregister, and list their registrations", async () => {
    const { token } = await organizer();
    const show = (await (await call("POST", "/api/performances", { token, body: newShow() })).json()) as { id: string };
    const fan = await viewer();

    const registered = await call("POST", `/api/performances/${show.id}/register`, {
      token: fan.token,
      body: { notificationPreferences: { sms: false } },
    });
    expect(registered.status).toBe(200);
    expect(await (await call("GET", "/api/me/registrations", { token: fan.token })).json()).toMatchObject({
      registrations: [{ performance: { id: show.id, viewerIsRegistered: true } }],
    });
    expect(
      await (await call("DELETE", `/api/performances/${show.id}/register`, { token: fan.token })).json(),
    ).toMatchObject({
      registrationCount: 0,
    });
  });

  it("answer typed errors with the matching HTTP status and change nothing", async () => {
    const fan = await viewer();
    const { token } = await organizer();

    const anonymous = await call("POST", "/api/performances", { body: newShow() });
    const forbidden = await call("POST", "/api/performances", { token: fan.token, body: newShow() });
    const invalid = await call("POST", "/api/performances", { token, body: { ...newShow(), title: "" } });
    const missing = await call("PATCH", "/api/performances/nope", { token, body: { title: "x" } });
    const notJson = await exports.default.fetch("https://firestream.example.com/api/performances", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{",
    });

    expect(anonymous.status).toBe(401);
    expect(forbidden.status).toBe(403);
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({
      error: {
        type: "ValidationError",
        message: "input.title: must not be empty",
        issues: [{ path: ["input", "title"], message: "must not be empty" }],
      },
    });
    expect(missing.status).toBe(404);
    expect(notJson.status).toBe(400);
  });

  it("sign in with a session cookie, like the site", async () => {
    const fan = await viewer();
    const response = await call("POST", "/api/auth/login", { body: { email: fan.user.email, password: fan.password } });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/firestream_session=.+HttpOnly/);
  });
});
