import type { AppDeps } from "../deps";
import { constantTimeEqual } from "../accounts/password";
import { dropPlannedReminders, replanReminders } from "./deliveries.repository";
import { setOptOut } from "./notification-settings.repository";

// The opt-out and opt-in words carriers and Twilio recognise.
const STOP_WORDS = new Set(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"]);
const START_WORDS = new Set(["START", "UNSTOP", "YES"]);

/**
 * Twilio's request signature: HMAC-SHA1 with the auth token over the full URL followed by each
 * POST parameter's name and value, sorted by name, base64.
 * https://www.twilio.com/docs/usage/webhooks/webhooks-security
 */
export async function twilioSignature(authToken: string, url: string, params: URLSearchParams): Promise<string> {
  const names = [...new Set(params.keys())].sort();
  let data = url;
  for (const name of names) for (const value of params.getAll(name)) data += name + value;
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(authToken),
    { name: "HMAC", hash: "SHA-1" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(data)));
  return btoa(String.fromCharCode(...mac));
}

const twiml = (status = 200) =>
  new Response('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', {
    status,
    headers: { "content-type": "text/xml" },
  });

/**
 * POST /api/webhooks/sms: a text message to our number (Twilio's inbound webhook). STOP (and
 * the other opt-out words) turns SMS off for every fan with that number; START turns it back on.
 * Twilio itself answers the fan's STOP, so the reply is empty.
 */
export async function handleInboundSms(request: Request, deps: AppDeps): Promise<Response> {
  const sms = deps.config.notify.sms;
  // Without Twilio there is no one to sign the webhook.
  if (sms.provider !== "twilio") return new Response("Not found", { status: 404 });
  const { authToken } = sms;
  const body = await request.text();
  if (body.length > 16_384) return new Response("too large", { status: 413 });
  const params = new URLSearchParams(body);
  const expected = await twilioSignature(authToken, request.url, params);
  const given = request.headers.get("x-twilio-signature") ?? "";
  const encoder = new TextEncoder();
  if (!constantTimeEqual(encoder.encode(given), encoder.encode(expected)))
    return new Response("bad signature", { status: 403 });
  const from = params.get("From") ?? "";
  const word = (params.get("Body") ?? "").trim().toUpperCase();
  if (!/^\+[1-9]\d{6,14}$/.test(from)) return twiml();
  if (STOP_WORDS.has(word)) {
    const users = await setOptOut(deps.db, { phoneNumber: from }, "SMS", deps.clock.now().toISOString());
    for (const userId of users) await dropPlannedReminders(deps.db, { userId, channel: "SMS" });
  } else if (START_WORDS.has(word)) {
    const users = await setOptOut(deps.db, { phoneNumber: from }, "SMS", null);
    for (const userId of users) await replanReminders(deps.db, { userId, now: deps.clock.now().toISOString() });
  }
  return twiml();
}
