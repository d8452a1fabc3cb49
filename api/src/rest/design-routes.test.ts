import { env, exports } from "cloudflare:workers";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { daysFromNow, db, insertPerformance, organizer, viewer } from "../../test/fixtures";

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

const newShow = (days = 4) => ({ title: "Design Fire", scheduledTime: daysFromNow(days), durationMinutes: 45 });

async function created(token: string, body: Record<string, unknown> = newShow()) {
  const response = await call("POST", "/api/performances", { token, body });
  expect(response.status).toBe(200);
  return (await response.json()) as { id: string; durationMinutes: number; scheduledTime: string };
}

describe("PUT /api/performances/:id", () => {
  it("changes a show like PATCH: the fields given, the others kept", async () => {
    const { token } = await organizer();
    const show = await created(token);

    const response = await call("PUT", `/api/performances/${show.id}`, { token, body: { title: "Design Ice" } });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: show.id, title: "Design Ice", durationMinutes: 45 });
  });

  it("refuses the signed out, viewers and bad input, changing nothing", async () => {
    const { token } = await organizer();
    const fan = await viewer();
    const show = await created(token);

    expect((await call("PUT", `/api/performances/${show.id}`, { body: { title: "x" } })).status).toBe(401);
    expect((await call("PUT", `/api/performances/${show.id}`, { token: fan.token, body: { title: "x" } })).status).toBe(
      403,
    );
    const bad = await call("PUT", `/api/performances/${show.id}`, { token, body: { title: "" } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { type: "ValidationError", issues: [{ path: ["input", "title"] }] },
    });
    expect((await call("PUT", `/api/performances/${show.id}`, { token, body: [1, 2] })).status).toBe(400);
    expect((await call("PUT", "/api/performances/nope", { token, body: { title: "x" } })).status).toBe(404);
    expect(await (await call("GET", `/api/performances/${show.id}`)).json()).toMatchObject({ title: "Design Fire" });
  });
});

describe("GET /api/performances?startDate&endDate", () => {
  it("lists only the shows in the range, with either spelling, instants or dates", async () => {
    const { token } = await organizer();
    const near = await created(token, { ...newShow(30), title: "Near" });
    const far = await created(token, { ...newShow(40), title: "Far" });
    const ids = async (query: string) => {
      const response = await call("GET", `/api/performances?${query}&first=100`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { edges: Array<{ node: { id: string } }> };
      return body.edges.map((edge) => edge.node.id).filter((id) => id === near.id || id === far.id);
    };
    const day = (days: number) => daysFromNow(days).slice(0, 10);

    expect(await ids(`startDate=${daysFromNow(29)}&endDate=${daysFromNow(31)}`)).toEqual([near.id]);
    expect(await ids(`from=${daysFromNow(29)}&to=${daysFromNow(31)}`)).toEqual([near.id]);
    expect(await ids(`startDate=${day(29)}&endDate=${day(41)}`)).toEqual([near.id, far.id]);
    expect(await ids(`startDate=${day(35)}&endDate=${day(41)}`)).toEqual([far.id]);
  });

  it("refuses a range that is not one", async () => {
    const response = await call("GET", "/api/performances?startDate=next-friday");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { type: "ValidationError", issues: [{ path: ["from"] }] } });
  });
});

describe("GET /api/performances/analytics", () => {
  it("answers organizers the stored summaries of a range (not a show called 'analytics')", async () => {
    const { token } = await organizer();
    const response = await call(
      "GET",
      `/api/performances/analytics?startDate=${daysFromNow(-5)}&endDate=${daysFromNow(1)}`,
      {
        token,
      },
    );

    expect(response.status).toBe(200);
    expect(Array.isArray(await response.json())).toBe(true);
  });

  it("refuses the signed out, viewers, and a backwards range", async () => {
    const { token } = await organizer();
    const fan = await viewer();

    expect((await call("GET", "/api/performances/analytics")).status).toBe(401);
    expect((await call("GET", "/api/performances/analytics", { token: fan.token })).status).toBe(403);
    const backwards = await call("GET", `/api/performances/analytics?from=${daysFromNow(1)}&to=${daysFromNow(-1)}`, {
      token,
    });
    expect(backwards.status).toBe(400);
    expect(await backwards.json()).toMatchObject({ error: { type: "ValidationError" } });
  });
});

describe("POST /api/performances", () => {
  it("makes a show of 60 minutes when durationMinutes is left out, as the design's table does", async () => {
    const { token } = await organizer();
    const { durationMinutes, ...show } = newShow();

    expect((await created(token, show)).durationMinutes).toBe(60);
    expect(durationMinutes).toBe(45);
  });

  it("answers a value of the wrong type with the same ValidationError and issues as any bad input", async () => {
    const { token } = await organizer();

    const wrongType = await call("POST", "/api/performances", {
      token,
      body: { ...newShow(), durationMinutes: "long" },
    });
    const missing = await call("POST", "/api/performances", {
      token,
      body: { scheduledTime: daysFromNow(3), colour: 1 },
    });

    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toEqual({
      error: {
        type: "ValidationError",
        message: 'input.durationMinutes: Int cannot represent non-integer value: "long"',
        issues: [{ path: ["input", "durationMinutes"], message: 'Int cannot represent non-integer value: "long"' }],
      },
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      error: {
        type: "ValidationError",
        issues: [
          { path: ["input", "title"], message: "is required" },
          { path: ["input", "colour"], message: "is not a field of this input" },
        ],
      },
    });
  });
});

describe("GET /api/performances/:id/stream", () => {
  it("keeps the design's `url` and `live` at the top, beside playback", async () => {
    const { token } = await organizer();
    const fan = await viewer();
    const show = await created(token);
    await call("POST", `/api/performances/${show.id}/register`, { token: fan.token, body: {} });

    const response = await call("GET", `/api/performances/${show.id}/stream`, { token: fan.token });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      url: null,
      live: false,
      playback: { __typename: "NotAvailableError" },
    });
  });
});

describe("GET /api/performances/:id/thumbnail", () => {
  it("answers the show's picture, and 404 when there is none or no such show", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const key = `thumbnails/${crypto.randomUUID()}.png`;
    await env.MEDIA.put(key, png, { httpMetadata: { contentType: "image/png" } });
    const pictured = await insertPerformance({ thumbnail_key: key });
    const plain = await insertPerformance();

    const image = await call("GET", `/api/performances/${pictured}/thumbnail`);
    const none = await call("GET", `/api/performances/${plain}/thumbnail`);
    const missing = await call("GET", "/api/performances/nope/thumbnail");

    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(png);
    expect(none.status).toBe(404);
    expect(await none.json()).toEqual({ error: { type: "NotFoundError", message: "This show has no picture" } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { type: "NotFoundError" } });
  });
});

describe("CSV exports", () => {
  it("give organizers a show's registrations, formulas escaped", async () => {
    const { token } = await organizer();
    const show = await created(token);
    const fans = [await viewer(), await viewer()];
    await db()
      .updateTable("users")
      .set({ name: '=HYPERLINK("https://evil.test")' })
      .where("id", "=", fans[0]!.user.id)
      .execute();
    await db().updateTable("users").set({ name: "@SUM(A1)" }).where("id", "=", fans[1]!.user.id).execute();
    for (const fan of fans) await call("POST", `/api/performances/${show.id}/register`, { token: fan.token, body: {} });

    const response = await call("GET", `/api/performances/${show.id}/registrations.csv`, { token });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="design-fire-registrations.csv"');
    const rows = parse(await response.text()) as string[][];
    expect(rows[0]).toEqual([
      "Name",
      "Email",
      "Registered at (UTC)",
      "Email reminders",
      "Text reminders",
      "Browser reminders",
      "Watched live",
      "Seconds watched live",
      "Watched the replay",
      "Seconds of the replay watched",
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[6], row[7]])).toEqual([
      ['\'=HYPERLINK("https://evil.test")', fans[0]!.user.email, "no", "0"],
      ["'@SUM(A1)", fans[1]!.user.email, "no", "0"],
    ]);
  });

  it("give organizers a show's analytics", async () => {
    const { token } = await organizer();
    const show = await created(token);

    const response = await call("GET", `/api/performances/${show.id}/analytics.csv`, { token });

    expect(response.status).toBe(200);
    const rows = parse(await response.text()) as string[][];
    expect(rows[0]).toEqual(["Section", "Label", "Viewers", "Live", "Replay"]);
    expect(rows).toContainEqual(["Figures", "Unique viewers", "0", "", ""]);
    expect(rows).toContainEqual(["Funnel", "No-show", "0", "", ""]);
  });

  it("are refused to the signed out and to viewers, and 404 for no such show", async () => {
    const { token } = await organizer();
    const fan = await viewer();
    const show = await created(token);

    for (const file of ["registrations.csv", "analytics.csv"]) {
      const anonymous = await call("GET", `/api/performances/${show.id}/${file}`);
      const forbidden = await call("GET", `/api/performances/${show.id}/${file}`, { token: fan.token });
      const missing = await call("GET", `/api/performances/nope/${file}`, { token });
      expect([anonymous.status, forbidden.status, missing.status], file).toEqual([401, 403, 404]);
      expect(await forbidden.json()).toMatchObject({ error: { type: "ForbiddenError" } });
      expect(forbidden.headers.get("content-type")).toMatch(/json/);
    }
  });
});
