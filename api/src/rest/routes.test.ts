import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { daysFromNow, organizer, viewer } from "../../test/fixtures";
import { isHandler, ROUTES } from "./routes";

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

describe("the REST routes", () => {
  it("each map onto one GraphQL operation that validates against the schema", async () => {
    const { schema } = await import("../root.graphql");
    const { parse, validate } = await import("graphql");
    for (const route of ROUTES) {
      if (isHandler(route)) continue;
      for (const document of [route.document, route.fallback ?? route.document])
        expect(validate(schema, parse(document)), `${route.method} ${route.pattern.pathname}`).toEqual([]);
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

  it("answer refusals on query fields with 401 and 403, like the mutations", async () => {
    const fan = await viewer();
    const { token } = await organizer();
    const show = (await (await call("POST", "/api/performances", { token, body: newShow() })).json()) as { id: string };

    const anonymousList = await call("GET", `/api/performances/${show.id}/registrations`);
    const viewerList = await call("GET", `/api/performances/${show.id}/registrations`, { token: fan.token });
    const anonymousMe = await call("GET", "/api/me");
    const badToken = await call("GET", "/api/me", { token: "not-a-token" });

    expect(anonymousList.status).toBe(401);
    expect(await anonymousList.json()).toMatchObject({ error: { type: "UnauthenticatedError" } });
    expect(viewerList.status).toBe(403);
    expect(await viewerList.json()).toMatchObject({ error: { type: "ForbiddenError" } });
    expect(anonymousMe.status).toBe(401);
    expect(await anonymousMe.json()).toMatchObject({ error: { type: "UnauthenticatedError" } });
    expect(badToken.status).toBe(401);
    expect(await badToken.json()).toMatchObject({ error: { type: "UnauthenticatedError" } });
  });

  it("answer a move the show's status does not allow with 409 and change nothing", async () => {
    const { token } = await organizer();
    const show = (await (await call("POST", "/api/performances", { token, body: newShow() })).json()) as { id: string };
    expect((await call("DELETE", `/api/performances/${show.id}`, { token })).status).toBe(200);

    const start = await call("POST", `/api/performances/${show.id}/start`, { token });

    expect(start.status).toBe(409);
    expect(await start.json()).toMatchObject({
      error: { type: "IllegalTransitionError", status: "CANCELLED", action: "start" },
    });
    expect(await (await call("GET", `/api/performances/${show.id}`)).json()).toMatchObject({ status: "CANCELLED" });
  });

  it("give a registered viewer the show's playback without the stream key, and the organizer both", async () => {
    const fan = await viewer();
    const { token } = await organizer();
    const show = (await (await call("POST", "/api/performances", { token, body: newShow() })).json()) as { id: string };
    await call("POST", `/api/performances/${show.id}/register`, { token: fan.token, body: {} });

    const forOrganizer = await call("GET", `/api/performances/${show.id}/stream`, { token });
    const forFan = await call("GET", `/api/performances/${show.id}/stream`, { token: fan.token });
    const forStranger = await call("GET", `/api/performances/${show.id}/stream`, { token: (await viewer()).token });

    expect(forOrganizer.status).toBe(200);
    expect(await forOrganizer.json()).toMatchObject({ ingest: { streamKey: expect.any(String) } });
    expect(forFan.status).toBe(200);
    const fanBody = (await forFan.json()) as Record<string, unknown>;
    expect(fanBody).toMatchObject({ id: show.id, status: "SCHEDULED", playback: { __typename: "NotAvailableError" } });
    expect(fanBody).not.toHaveProperty("ingest");
    expect(forStranger.status).toBe(200);
    expect(await forStranger.json()).toMatchObject({ playback: { __typename: "ForbiddenError" } });
  });

  it("take enum query parameters in any case", async () => {
    const { token } = await organizer();
    const series = (await (
      await call("POST", "/api/performances", { token, body: { ...newShow(), repeatWeekly: { occurrences: 3 } } })
    ).json()) as { id: string };

    const moved = await call("PATCH", `/api/performances/${series.id}?scope=this_and_following`, {
      token,
      body: { title: "REST Series Renamed" },
    });
    const bogus = await call("PATCH", `/api/performances/${series.id}?scope=sometimes`, {
      token,
      body: { title: "x" },
    });

    expect(moved.status).toBe(200);
    expect(bogus.status).toBe(400);
    expect(await bogus.json()).toMatchObject({ error: { type: "ValidationError" } });
    expect(await (await call("GET", `/api/performances/${series.id}`)).json()).toMatchObject({
      title: "REST Series Renamed",
    });
  });
});

describe("the notification routes", () => {
  it("POST /api/notifications/settings changes the caller's settings, 400 for bad or too much input, 401 signed out", async () => {
    const fan = await viewer();

    const changed = await call("POST", "/api/notifications/settings", {
      token: fan.token,
      body: { reminderLeadTimes: ["ONE_WEEK", "FIFTEEN_MINUTES"], timeZone: "Europe/Berlin", runningLate: false },
    });
    const again = await call("POST", "/api/notifications/settings", {
      token: fan.token,
      body: { reminderLeadTimes: ["ONE_WEEK", "FIFTEEN_MINUTES"], timeZone: "Europe/Berlin", runningLate: false },
    });
    const unknownZone = await call("POST", "/api/notifications/settings", {
      token: fan.token,
      body: { timeZone: "Mars/Olympus_Mons" },
    });
    const unknownLead = await call("POST", "/api/notifications/settings", {
      token: fan.token,
      body: { reminderLeadTimes: ["TEN_YEARS"] },
    });
    const tooMuch = await call("POST", "/api/notifications/settings", {
      token: fan.token,
      body: { timeZone: "A".repeat(10_000) },
    });
    const signedOut = await call("POST", "/api/notifications/settings", { body: { email: false } });

    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      reminderLeadTimes: ["ONE_WEEK", "FIFTEEN_MINUTES"],
      timeZone: "Europe/Berlin",
      runningLate: false,
      email: true,
    });
    expect(await again.json()).toMatchObject({ reminderLeadTimes: ["ONE_WEEK", "FIFTEEN_MINUTES"] });
    expect(unknownZone.status).toBe(400);
    expect(unknownLead.status).toBe(400);
    expect(tooMuch.status).toBe(400);
    expect(signedOut.status).toBe(401);
    const me = (await (await call("GET", "/api/me", { token: fan.token })).json()) as {
      notificationSettings: { timeZone: string };
    };
    expect(me.notificationSettings.timeZone).toBe("Europe/Berlin");
  });

  it("GET /api/performances/:id/notifications lists a fan's own and an organizer's all, with counts; 401 signed out, 404 unknown", async () => {
    const { token } = await organizer();
    const show = (await (
      await call("POST", "/api/performances", { token, body: { ...newShow(), scheduledTime: daysFromNow(3) } })
    ).json()) as { id: string };
    const fans = [await viewer(), await viewer()];
    await Promise.all(fans.map((fan) => call("POST", `/api/performances/${show.id}/register`, { token: fan.token })));

    const own = await call("GET", `/api/performances/${show.id}/notifications`, { token: fans[0]?.token });
    const all = await call("GET", `/api/performances/${show.id}/notifications`, { token });
    const signedOut = await call("GET", `/api/performances/${show.id}/notifications`);
    const unknown = await call("GET", `/api/performances/${crypto.randomUUID()}/notifications`, { token });

    expect(own.status).toBe(200);
    const mine = (await own.json()) as { notifications: { edges: { node: Record<string, unknown> }[] } };
    expect(
      mine.notifications.edges.map((edge) => [edge.node.kind, edge.node.channel, edge.node.leadTime, edge.node.status]),
    ).toEqual([
      ["REMINDER", "EMAIL", "ONE_DAY", "PLANNED"],
      ["REMINDER", "EMAIL", "ONE_HOUR", "PLANNED"],
    ]);
    expect(await all.json()).toMatchObject({ notifications: { countsByStatus: [{ status: "PLANNED", count: 4 }] } });
    expect(signedOut.status).toBe(401);
    expect(unknown.status).toBe(404);
  });
});
