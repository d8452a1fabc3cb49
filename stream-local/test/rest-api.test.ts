import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStreamLocal, type TestStreamLocal } from "./support/test-stream-local";

describe("REST API details beyond the Worker's client", () => {
  let local: TestStreamLocal;

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const { apiBase, accountId, apiToken } = local.streamLocal;
    const response = await fetch(`${apiBase}/accounts/${accountId}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${apiToken}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as any };
  };

  beforeAll(async () => {
    local = await startTestStreamLocal();
  });
  afterAll(async () => {
    await local?.close();
  });

  it("answers 401 with Cloudflare's exact envelope when the token is missing", async () => {
    const response = await fetch(
      `${local.streamLocal.apiBase}/accounts/${local.streamLocal.accountId}/stream/live_inputs`,
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      success: false,
      errors: [{ code: 10000, message: "Authentication error" }],
      messages: [],
      result: null,
    });
  });

  it("refuses another account's path and unknown routes", async () => {
    const { apiBase, apiToken } = local.streamLocal;
    const otherAccount = await fetch(`${apiBase}/accounts/someone-else/stream/live_inputs`, {
      headers: { authorization: `Bearer ${apiToken}` },
    });
    expect(otherAccount.status).toBe(403);
    const unknown = await call("GET", "/stream/live_inputs/abc/outputs/def/ghi");
    expect(unknown.status).toBe(404);
    expect(unknown.json.success).toBe(false);
  });

  it("lists live inputs the short way Cloudflare does", async () => {
    const created = (await call("POST", "/stream/live_inputs", { meta: { name: "listed" } })).json.result;
    const listed = await call("GET", "/stream/live_inputs");
    expect(listed.json.result).toMatchObject({ range: 1000, total: expect.any(Number) });
    expect(listed.json.result.liveInputs).toContainEqual({
      uid: created.uid,
      created: created.created,
      modified: created.modified,
      meta: { name: "listed" },
      deleteRecordingAfterDays: null,
    });
  });

  it("answers a bad body with 400 and changes nothing", async () => {
    const before = (await call("GET", "/stream/live_inputs")).json.result.total;
    for (const body of ['{"recording":{"mode":"sometimes"}}', "{not json", '{"meta":"not an object"}']) {
      const response = await call("POST", "/stream/live_inputs", body);
      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({
        success: false,
        result: null,
        errors: [{ code: expect.any(Number), message: expect.any(String) }],
      });
    }
    expect((await call("GET", "/stream/live_inputs")).json.result.total).toBe(before);

    const input = (await call("POST", "/stream/live_inputs", { deleteRecordingAfterDays: 45 })).json.result;
    expect(
      (
        await call("PUT", `/stream/live_inputs/${input.uid}`, {
          deleteRecordingAfterDays: 5,
          meta: { name: "changed" },
        })
      ).status,
    ).toBe(400);
    expect((await call("GET", `/stream/live_inputs/${input.uid}`)).json.result).toMatchObject({
      deleteRecordingAfterDays: 45,
      meta: {},
    });
  });

  it("keeps the video webhook secret when the URL changes, and deletes the subscription", async () => {
    const first = (await call("PUT", "/stream/webhook", { notificationUrl: "http://127.0.0.1:9/one" })).json.result;
    const second = (await call("PUT", "/stream/webhook", { notificationUrl: "http://127.0.0.1:9/two" })).json.result;
    expect(second).toMatchObject({ notificationUrl: "http://127.0.0.1:9/two", secret: first.secret });
    expect((await call("GET", "/stream/webhook")).json.result).toEqual(second);
    expect((await call("DELETE", "/stream/webhook")).status).toBe(200);
    expect((await call("GET", "/stream/webhook")).status).toBe(404);
    expect((await call("PUT", "/stream/webhook", { notificationUrl: "not a url" })).status).toBe(400);
  });

  it("lists signing keys without their private halves", async () => {
    const created = (await call("POST", "/stream/keys")).json.result;
    expect((await call("GET", "/stream/keys")).json.result).toContainEqual({
      id: created.id,
      created: created.created,
    });
  });

  it("refuses a policy naming an unknown destination", async () => {
    const response = await call("POST", "/alerting/v3/policies", {
      name: "broken",
      alert_type: "stream_live_notifications",
      enabled: true,
      mechanisms: { webhooks: [{ id: "0123456789abcdef0123456789abcdef" }] },
      filters: {},
    });
    expect(response.status).toBe(400);
    expect((await call("GET", "/alerting/v3/policies")).json.result).toEqual([]);
  });
});
