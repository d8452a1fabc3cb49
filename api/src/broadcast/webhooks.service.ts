import * as z from "../zod";
import { constantTimeEqual } from "../accounts/password";
import type { AppDeps } from "../deps";
import { applyFeedEvent } from "../performances/transitions.service";
import type { Video } from "../stream/client";
import { findPerformanceByLiveInput, forgetWebhookEvent, recordWebhookEvent } from "./broadcast.repository";
import { insertLiveInputError } from "./live-input-errors.repository";
import { recordingFinished } from "./replay.service";

/** Video webhooks older (or newer) than this are refused: a captured delivery cannot be replayed later. */
const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

/**
 * POST /api/webhooks/stream: Cloudflare Stream's video webhook (a recording is ready or failed).
 * Verified by `Webhook-Signature: time=<unix>,sig1=<hex HMAC-SHA256(secret, "<time>.<body>")>`.
 */
export async function handleVideoWebhook(request: Request, deps: AppDeps): Promise<Response> {
  const body = await request.text();
  const verdict = await verifyVideoSignature(
    request.headers.get("webhook-signature"),
    body,
    deps.config.stream.webhookSecret,
    deps.clock.now(),
  );
  if (verdict !== "valid") return new Response(verdict, { status: 401 });
  const video = parseJson(body, VideoWebhookSchema);
  if (!video) return new Response("unexpected body", { status: 400 });
  const eventId = `video:${video.uid}:${video.status.state}:${video.modified ?? ""}`;
  return once(deps, eventId, async () => {
    const state = video.status.state;
    if ((state !== "ready" && state !== "error") || !video.liveInput) return;
    const performance = await findPerformanceByLiveInput(deps.db, video.liveInput);
    if (!performance) return;
    if (state === "error") console.warn(`recording ${video.uid} failed: ${video.status.errorReasonCode ?? "unknown"}`);
    await recordingFinished(deps, performance, {
      uid: video.uid,
      state,
      created: video.created,
      duration: video.duration,
      errorReasonCode: video.status.errorReasonCode,
    });
  });
}

/**
 * POST /api/webhooks/stream-live: live input events from Cloudflare Notifications
 * (connected / disconnected / errored), authenticated by the static `cf-webhook-auth` secret.
 */
export async function handleLiveInputWebhook(request: Request, deps: AppDeps): Promise<Response> {
  const secret = request.headers.get("cf-webhook-auth") ?? "";
  const encoder = new TextEncoder();
  if (!constantTimeEqual(encoder.encode(secret), encoder.encode(deps.config.stream.notificationSecret))) {
    return new Response("bad cf-webhook-auth", { status: 401 });
  }
  const notification = parseJson(await request.text(), LiveNotificationSchema);
  if (!notification) return new Response("unexpected body", { status: 400 });
  const { input_id: inputId, event_type: eventType, updated_at: updatedAt } = notification.data;
  // The event time orders events (older ones are ignored): one that is not an instant, or lies
  // beyond clock skew in the future, would freeze the show's status, so it changes nothing.
  const eventTime = eventInstant(updatedAt);
  if (!eventTime) return new Response("data.updated_at must be an ISO 8601 instant", { status: 400 });
  if (Date.parse(eventTime) > deps.clock.now().getTime() + deps.config.stream.webhookMaxSkewSeconds * 1000) {
    return new Response("data.updated_at is in the future", { status: 400 });
  }
  return once(deps, `live:${inputId}:${eventType}:${updatedAt}`, async () => {
    const performance = await findPerformanceByLiveInput(deps.db, inputId);
    if (!performance) return;
    const event = FEED_EVENTS[eventType];
    if (eventType === "live_input.errored") {
      const error = notification.data.live_input_errored?.error;
      await insertLiveInputError(deps.db, {
        performanceId: performance.id,
        liveInputId: inputId,
        code: error?.code ?? "UNKNOWN",
        message: error?.message ?? "",
        occurredAt: eventTime,
        now: deps.clock.now().toISOString(),
      });
    }
    await applyFeedEvent(deps, performance, event, eventTime);
  });
}

const FEED_EVENTS = {
  "live_input.connected": "feed-connected",
  "live_input.disconnected": "feed-disconnected",
  "live_input.errored": "feed-errored",
} as const;

/** Handles a delivery once: a repeated delivery is acknowledged and changes nothing. */
async function once(deps: AppDeps, eventId: string, handle: () => Promise<void>): Promise<Response> {
  if (!(await recordWebhookEvent(deps.db, eventId, deps.clock.now().toISOString()))) {
    return new Response("already processed", { status: 200 });
  }
  try {
    await handle();
  } catch (error) {
    // Let the sender retry: forget the delivery and answer 500.
    await forgetWebhookEvent(deps.db, eventId);
    throw error;
  }
  return new Response("ok", { status: 200 });
}

export async function verifyVideoSignature(
  header: string | null,
  body: string,
  secret: string,
  now: Date,
): Promise<"valid" | "missing signature" | "stale signature" | "bad signature"> {
  if (!header) return "missing signature";
  const parts = Object.fromEntries(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const time = Number(parts.time);
  const signature = parts.sig1;
  if (!Number.isInteger(time) || !signature || !/^[0-9a-f]+$/i.test(signature)) return "bad signature";
  if (Math.abs(now.getTime() / 1000 - time) > SIGNATURE_TOLERANCE_SECONDS) return "stale signature";
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const expected = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${time}.${body}`)));
  const given = Uint8Array.from(signature.match(/../g) ?? [], (byte) => Number.parseInt(byte, 16));
  return constantTimeEqual(expected, given) ? "valid" : "bad signature";
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The event time in stored form (milliseconds, UTC), or undefined when it is not an ISO 8601
 * instant. Cloudflare reports nanoseconds ("2022-01-13T11:43:41.855717910Z").
 */
function eventInstant(value: string): string | undefined {
  if (!ISO_INSTANT.test(value)) return undefined;
  const parsed = Date.parse(value.replace(/(\.\d{3})\d+/, "$1"));
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

function parseJson<T>(text: string, schema: z.ZodMiniType<T>): T | undefined {
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

const VideoWebhookSchema: z.ZodMiniType<
  Pick<Video, "uid" | "duration" | "liveInput" | "modified" | "created"> & {
    status: { state: string; errorReasonCode?: string };
  }
> = z.object({
  uid: z.string().check(z.minLength(1)),
  duration: z.number(),
  liveInput: z.optional(z.string()),
  created: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), "must be an instant")),
  modified: z.string(),
  status: z.object({ state: z.string(), errorReasonCode: z.optional(z.string()) }),
});

const LiveNotificationSchema = z.object({
  data: z.object({
    input_id: z.string().check(z.minLength(1)),
    event_type: z.enum(["live_input.connected", "live_input.disconnected", "live_input.errored"]),
    updated_at: z.string().check(z.minLength(1)),
    live_input_errored: z.optional(
      z.object({
        error: z.optional(
          z.object({
            code: z.optional(z.string().check(z.maxLength(100))),
            message: z.optional(z.string().check(z.maxLength(1000))),
          }),
        ),
      }),
    ),
  }),
});
