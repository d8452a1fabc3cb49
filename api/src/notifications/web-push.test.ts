import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { importJWK, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { appDeps, db, insertPerformance, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk } from "../../test/graphql-client";
import { ValidationError } from "../errors";
import { register } from "../registrations/registrations.service";
import { deliverNotifications, type NotificationMessage } from "./dispatch.service";
import { alertViewers } from "./notify.service";

const RegisterPush = graphql(`
  mutation RegisterPush($input: PushSubscriptionInput!) {
    registerPushSubscription(input: $input) {
      __typename
      ... on PushSubscription {
        id
        label
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on ConflictError {
        message
      }
    }
  }
`);

const RemovePush = graphql(`
  mutation RemovePush($id: ID!) {
    removePushSubscription(id: $id) {
      __typename
      ... on RemovePushSubscriptionPayload {
        id
      }
    }
  }
`);

const MyBrowsers = graphql(`
  query MyBrowsers {
    webPushPublicKey
    me {
      notificationSettings {
        pushSubscriptions {
          id
          label
        }
      }
    }
  }
`);

const base64url = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replaceAll("=", "");
const fromBase64 = (text: string) =>
  Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (char) => char.charCodeAt(0));

/** A VAPID key pair as the site's configuration holds it. */
async function vapidKeys() {
  const pair = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const jwk = (await crypto.subtle.exportKey("jwk", pair.privateKey)) as JsonWebKey;
  return {
    publicKey: base64url((await crypto.subtle.exportKey("raw", pair.publicKey)) as ArrayBuffer),
    privateKey: jwk.d ?? "",
  };
}

/** What a browser holds when it subscribes: its ECDH key pair and auth secret. */
async function browserSubscription(path: string) {
  const pair = (await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, [
    "deriveBits",
  ])) as CryptoKeyPair;
  const publicRaw = new Uint8Array((await crypto.subtle.exportKey("raw", pair.publicKey)) as ArrayBuffer);
  const auth = crypto.getRandomValues(new Uint8Array(16));
  return {
    input: {
      endpoint: `https://push.test${path}`,
      p256dh: base64url(publicRaw),
      auth: base64url(auth),
      label: "Test browser",
    },
    privateKey: pair.privateKey,
    publicRaw,
    auth,
  };
}

type Bytes = Uint8Array<ArrayBuffer>;

async function hkdf(salt: Bytes, ikm: Bytes, info: Bytes, bytes: number) {
  const key = await crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt, info }, key, bytes * 8));
}

const concat = (...parts: Bytes[]): Bytes => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

/** RFC 8291 on the receiving side: what the browser does with an aes128gcm push. */
async function decryptPush(body: Bytes, browser: Awaited<ReturnType<typeof browserSubscription>>) {
  const salt = body.slice(0, 16);
  const idLength = body[20] ?? 0;
  const serverPublic = body.slice(21, 21 + idLength);
  const ciphertext = body.slice(21 + idLength);
  const serverKey = await crypto.subtle.importKey(
    "raw",
    serverPublic,
    { name: "ECDH", namedCurve: "P-256" },
    false,
    [],
  );
  const shared = new Uint8Array(
    await crypto.subtle.deriveBits({ name: "ECDH", public: serverKey } as EcdhKeyDeriveParams, browser.privateKey, 256),
  );
  const text = new TextEncoder();
  const ikm = await hkdf(
    browser.auth,
    shared,
    concat(text.encode("WebPush: info\0"), browser.publicRaw, serverPublic),
    32,
  );
  const cek = await hkdf(salt, ikm, text.encode("Content-Encoding: aes128gcm\0"), 16);
  const nonce = await hkdf(salt, ikm, text.encode("Content-Encoding: nonce\0"), 12);
  const key = await crypto.subtle.importKey("raw", cek, "AES-GCM", false, ["decrypt"]);
  const padded = new Uint8Array(await crypto.subtle.decrypt({ name: "AES-GCM", iv: nonce }, key, ciphertext));
  let end = padded.length - 1;
  while (end > 0 && padded[end] === 0) end--;
  expect(padded[end]).toBe(2); // the last record's delimiter
  return JSON.parse(new TextDecoder().decode(padded.slice(0, end))) as Record<string, string>;
}

/** Sends through the test push service in place of https://push.test. */
const viaTestPushService: typeof fetch = (input, init) =>
  fetch(String(input).replace("https://push.test", env.PUSH_SERVICE_BASE), init);

const received = async (path: string) =>
  (await (await fetch(`${env.PUSH_SERVICE_BASE}/received${path}`)).json()) as {
    headers: Record<string, string>;
    body: string;
  }[];

async function pushReadyFan() {
  const keys = await vapidKeys();
  const pushEnv = {
    ...env,
    WEB_PUSH_VAPID_PUBLIC_KEY: keys.publicKey,
    WEB_PUSH_VAPID_PRIVATE_KEY: keys.privateKey,
  } as Env;
  const account = await viewer();
  return { keys, pushEnv, account, deps: appDeps({ env: pushEnv }) };
}

async function liveAlertTo(deps: ReturnType<typeof appDeps>, userId: string, title: string) {
  const id = crypto.randomUUID();
  await insertPerformance({ id, title, scheduled_time: new Date(Date.now() - 60_000).toISOString() });
  await register(deps, { performanceId: id, userId, preferences: { email: false, browser: true } });
  // Planned without the queue, whose own consumer would send it first: the test drives the consumer.
  await alertViewers(
    {
      ...deps,
      env: { ...deps.env, NOTIFICATIONS: { send: async () => {}, sendBatch: async () => {} } as unknown as Queue },
    },
    "LIVE",
    [id],
  );
  const delivery = await db()
    .selectFrom("notification_deliveries")
    .selectAll()
    .where("performance_id", "=", id)
    .where("channel", "=", "PUSH")
    .executeTakeFirstOrThrow();
  return { performanceId: id, delivery };
}

const batchOf = (deliveryId: string) =>
  createMessageBatch<NotificationMessage>("firestream-notifications", [
    { id: `message-${deliveryId}`, timestamp: Date.now(), attempts: 1, body: { deliveryId } },
  ]);

describe("Web Push", () => {
  it("sends an aes128gcm push the browser can decrypt, signed with the site's VAPID key", async () => {
    const { keys, pushEnv, account, deps } = await pushReadyFan();
    const browser = await browserSubscription(`/push/${crypto.randomUUID()}`);
    const { registerPushSubscription } = await import("./push-subscriptions.service");
    await registerPushSubscription(deps, account.user.id, browser.input);
    const { performanceId, delivery } = await liveAlertTo(deps, account.user.id, "Flames Aloft");

    await deliverNotifications(appDeps({ env: pushEnv }), batchOf(delivery.id), { fetch: viaTestPushService });

    const [push] = await received(new URL(browser.input.endpoint).pathname);
    if (!push) throw new Error("the push service received nothing");
    expect(push.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    const payload = await decryptPush(fromBase64(push.body), browser);
    expect(payload).toMatchObject({
      title: "Live now: Flames Aloft",
      body: "Flames Aloft is live now.",
      url: expect.stringMatching(new RegExp(`/shows/${performanceId}/watch$`)),
      // The site's in-tab alert of the same event carries this tag: a device shows one of them.
      tag: `live-${performanceId}`,
    });
    const [, token, k] = /^vapid t=([^,]+), k=(.+)$/.exec(push.headers.authorization ?? "") ?? [];
    expect(k).toBe(keys.publicKey);
    const raw = fromBase64(k ?? "");
    const publicJwk = { kty: "EC", crv: "P-256", x: base64url(raw.slice(1, 33)), y: base64url(raw.slice(33, 65)) };
    const { payload: claims } = await jwtVerify(token ?? "", await importJWK(publicJwk, "ES256"), {
      audience: "https://push.test",
      algorithms: ["ES256"],
    });
    expect(claims.sub).toBe("mailto:shows@firestream.example.com");
    expect(
      (
        await db()
          .selectFrom("notification_deliveries")
          .select("status")
          .where("id", "=", delivery.id)
          .executeTakeFirst()
      )?.status,
    ).toBe("SENT");
  });

  it("forgets a subscription the push service says is gone (410), and retries when it is busy", async () => {
    const { pushEnv, account, deps } = await pushReadyFan();
    const { registerPushSubscription } = await import("./push-subscriptions.service");
    const gone = await browserSubscription(`/push/gone-${crypto.randomUUID()}`);
    await registerPushSubscription(deps, account.user.id, gone.input);
    const first = await liveAlertTo(deps, account.user.id, "Gone");
    const goneBatch = batchOf(first.delivery.id);

    await deliverNotifications(appDeps({ env: pushEnv }), goneBatch, { fetch: viaTestPushService });

    expect(
      await db().selectFrom("push_subscriptions").select("id").where("user_id", "=", account.user.id).execute(),
    ).toEqual([]);
    expect((await getQueueResult(goneBatch, createExecutionContext())).retryMessages).toEqual([]);
    const busy = await browserSubscription(`/push/busy-${crypto.randomUUID()}`);
    await registerPushSubscription(deps, account.user.id, busy.input);
    const second = await liveAlertTo(deps, account.user.id, "Busy");
    const busyBatch = batchOf(second.delivery.id);
    await deliverNotifications(appDeps({ env: pushEnv }), busyBatch, { fetch: viaTestPushService });
    expect((await getQueueResult(busyBatch, createExecutionContext())).retryMessages).toHaveLength(1);
  });
});

describe("registerPushSubscription and removePushSubscription", () => {
  it("asks a signed-out caller to sign in", async () => {
    const browser = await browserSubscription("/push/anon");
    const data = await executeOk(RegisterPush, { input: browser.input });
    expect(data.registerPushSubscription.__typename).toBe("UnauthenticatedError");
    expect((await executeOk(RemovePush, { id: "x" })).removePushSubscription.__typename).toBe("UnauthenticatedError");
  });

  it("answers ConflictError where no VAPID keys are configured (the test environment's)", async () => {
    const account = await viewer();
    const browser = await browserSubscription("/push/unconfigured");
    const data = await executeOk(RegisterPush, { input: browser.input }, { token: account.token });
    expect(data.registerPushSubscription.__typename).toBe("ConflictError");
    expect((await executeOk(MyBrowsers, {}, { token: account.token })).webPushPublicKey).toBeNull();
  });

  it("refuses what is not a subscription, and too much of it, storing nothing", async () => {
    const { account, deps } = await pushReadyFan();
    const { registerPushSubscription } = await import("./push-subscriptions.service");
    const browser = await browserSubscription("/push/bad");
    const attempts = [
      { ...browser.input, endpoint: "http://push.test/plain" },
      { ...browser.input, endpoint: `https://push.test/${"x".repeat(2000)}` },
      { ...browser.input, p256dh: "not base64!" },
      { ...browser.input, auth: base64url(new Uint8Array(8)) },
      { ...browser.input, label: "y".repeat(200) },
    ];
    for (const input of attempts) {
      await expect(registerPushSubscription(deps, account.user.id, input)).rejects.toBeInstanceOf(ValidationError);
    }
    expect(
      await db().selectFrom("push_subscriptions").select("id").where("user_id", "=", account.user.id).execute(),
    ).toEqual([]);
  });

  it("keeps one subscription per browser when it registers twice at once, and lets only its fan remove it", async () => {
    const { account, deps } = await pushReadyFan();
    const other = await viewer();
    const { registerPushSubscription, removePushSubscription } = await import("./push-subscriptions.service");
    const browser = await browserSubscription(`/push/${crypto.randomUUID()}`);

    await Promise.all([
      registerPushSubscription(deps, account.user.id, browser.input),
      registerPushSubscription(deps, account.user.id, browser.input),
    ]);

    const rows = await db()
      .selectFrom("push_subscriptions")
      .selectAll()
      .where("user_id", "=", account.user.id)
      .execute();
    expect(rows).toHaveLength(1);
    const id = rows[0]?.id ?? "";
    const foreign = await execute(RemovePush, { id }, { token: other.token });
    expect(foreign.data?.removePushSubscription.__typename).toBe("NotFoundError");
    await expect(removePushSubscription(deps, account.user.id, id)).resolves.toBe(id);
    const mine = await executeOk(MyBrowsers, {}, { token: account.token });
    expect(mine.me?.notificationSettings?.pushSubscriptions).toEqual([]);
  });
});

describe("notificationTag", () => {
  // The same strings as web/src/lib/notifications/browser-alerts.test.ts: a push and the site's
  // in-tab alert of one event replace each other on a device.
  const AT = "2026-12-05T02:00:00Z";
  it("is one tag per show and event, the scheduled time in it where a show can move", async () => {
    const { notificationTag } = await import("./message-templates");
    expect(notificationTag("LIVE", "perf-1", AT)).toBe("live-perf-1");
    expect(notificationTag("CANCELLED", "perf-1", AT)).toBe("cancelled-perf-1");
    expect(notificationTag("RESCHEDULED", "perf-1", AT)).toBe("moved-perf-1-2026-12-05T02:00:00.000Z");
    expect(notificationTag("REMINDER", "perf-1", AT)).toBe("reminder-perf-1-2026-12-05T02:00:00.000Z");
    expect(notificationTag("RUNNING_LATE", "perf-1", AT)).toBe("late-perf-1-2026-12-05T02:00:00.000Z");
    expect(notificationTag("REPLAY_READY", "perf-1", AT)).toBe("replay-perf-1");
  });
});
