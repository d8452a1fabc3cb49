import { env, exports } from "cloudflare:workers";

/** Delivers a live input notification the way Cloudflare Notifications does. */
export function deliverLiveInputEvent(
  inputId: string,
  eventType: "live_input.connected" | "live_input.disconnected" | "live_input.errored",
  updatedAt: string,
  secret = env.STREAM_NOTIFICATION_SECRET,
  error?: { code: string; message: string },
) {
  return exports.default.fetch("https://firestream.example.com/api/webhooks/stream-live", {
    method: "POST",
    headers: { "content-type": "application/json", "cf-webhook-auth": secret },
    body: JSON.stringify({
      name: "FireStream live inputs",
      text: `Notification type: Stream Live Input\nInput ID: ${inputId}\nEvent type: ${eventType}\nUpdated at: ${updatedAt}`,
      data: {
        notification_name: "Stream Live Input",
        input_id: inputId,
        event_type: eventType,
        updated_at: updatedAt,
        ...(error ? { live_input_errored: { error, video_codec: "h264", audio_codec: "aac" } } : {}),
      },
      ts: Math.floor(Date.parse(updatedAt) / 1000),
    }),
  });
}

export async function videoSignature(
  body: string,
  time = Math.floor(Date.now() / 1000),
  secret = env.STREAM_WEBHOOK_SECRET,
) {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${time}.${body}`)));
  return `time=${time},sig1=${[...mac].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/** Delivers Stream's video webhook for a recording that became ready (or, with `errorReasonCode`, failed). */
export async function deliverRecordingReady(
  video: {
    uid: string;
    liveInput: string;
    duration: number;
    modified?: string;
    created?: string;
    errorReasonCode?: string;
  },
  options: { signature?: string; time?: number } = {},
) {
  const failed = video.errorReasonCode !== undefined;
  const body = JSON.stringify({
    uid: video.uid,
    readyToStream: !failed,
    status: failed
      ? { state: "error", pctComplete: "0.000000", errorReasonCode: video.errorReasonCode, errorReasonText: "failed" }
      : { state: "ready", pctComplete: "100.000000", errorReasonCode: "", errorReasonText: "" },
    liveInput: video.liveInput,
    duration: video.duration,
    meta: {},
    created: video.created ?? "2026-11-24T10:00:00.000Z",
    modified: video.modified ?? new Date().toISOString(),
    requireSignedURLs: true,
  });
  return exports.default.fetch("https://firestream.example.com/api/webhooks/stream", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "webhook-signature": options.signature ?? (await videoSignature(body, options.time)),
    },
    body,
  });
}
