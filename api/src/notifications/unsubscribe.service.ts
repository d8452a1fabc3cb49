import { jwtVerify, SignJWT } from "jose";
import type { Config } from "../config";
import type { AppDeps } from "../deps";
import { dropPlannedReminders, replanReminders } from "./deliveries.repository";
import { setOptOut } from "./notification-settings.repository";

const AUDIENCE = "firestream:unsubscribe";

/**
 * The token of an email's unsubscribe link: who, and that it is about email. It does not
 * expire (a link in an old email still works) and does nothing but turn email off or on again.
 */
export function signUnsubscribeToken(config: Config, userId: string, issuedAt: Date): Promise<string> {
  return new SignJWT({ ch: "EMAIL" })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(config.auth.issuer)
    .setAudience(AUDIENCE)
    .setSubject(userId)
    .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
    .sign(config.auth.secret);
}

export async function verifyUnsubscribeToken(config: Config, token: string): Promise<string | undefined> {
  if (token.length > 2048) return undefined;
  try {
    const { payload } = await jwtVerify(token, config.auth.secret, {
      algorithms: ["HS256"],
      issuer: config.auth.issuer,
      audience: AUDIENCE,
      requiredClaims: ["sub"],
    });
    return payload.ch === "EMAIL" && typeof payload.sub === "string" ? payload.sub : undefined;
  } catch {
    return undefined;
  }
}

export function unsubscribeUrl(config: Config, token: string): string {
  const url = new URL("/unsubscribe", config.siteUrl);
  url.searchParams.set("token", token);
  return url.href;
}

/** The address List-Unsubscribe-Post (RFC 8058) posts to. */
export function oneClickUnsubscribeUrl(config: Config, token: string): string {
  const url = new URL("/api/notifications/unsubscribe", config.siteUrl);
  url.searchParams.set("token", token);
  return url.href;
}

export interface UnsubscribeOutcome {
  email: string;
  subscribed: boolean;
}

/** Turns all email to the token's fan off (or on again, `undo`); repeating it changes nothing more. */
export async function applyUnsubscribe(
  deps: AppDeps,
  token: string,
  undo: boolean,
): Promise<UnsubscribeOutcome | undefined> {
  const userId = await verifyUnsubscribeToken(deps.config, token);
  if (!userId) return undefined;
  const user = await deps.db.selectFrom("users").select("email").where("id", "=", userId).executeTakeFirst();
  if (!user) return undefined;
  const now = deps.clock.now().toISOString();
  const current = await deps.db
    .selectFrom("notification_settings")
    .select("email_unsubscribed_at")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (undo) {
    await setOptOut(deps.db, { userId }, "EMAIL", null);
    await replanReminders(deps.db, { userId, now });
  } else if (!current?.email_unsubscribed_at) {
    await setOptOut(deps.db, { userId }, "EMAIL", now);
    await dropPlannedReminders(deps.db, { userId, channel: "EMAIL" });
  }
  return { email: user.email, subscribed: undo };
}

/**
 * POST /api/notifications/unsubscribe?token=…: the one-click unsubscribe of RFC 8058 (a mail
 * client posts `List-Unsubscribe=One-Click`) and the site's unsubscribe page (JSON
 * `{ "undo": true }` turns email on again). No sign-in: the signed token says who.
 */
export async function handleUnsubscribe(request: Request, deps: AppDeps): Promise<Response> {
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const type = request.headers.get("content-type") ?? "";
  const text = (await request.text()).slice(0, 4096);
  let undo = false;
  if (type.startsWith("application/json")) {
    try {
      undo = (JSON.parse(text) as { undo?: unknown }).undo === true;
    } catch {
      return Response.json({ error: { type: "ValidationError", message: "The body must be JSON" } }, { status: 400 });
    }
  } else if (new URLSearchParams(text).get("List-Unsubscribe") !== "One-Click") {
    return Response.json(
      { error: { type: "ValidationError", message: "Post List-Unsubscribe=One-Click (RFC 8058)" } },
      { status: 400 },
    );
  }
  const outcome = await applyUnsubscribe(deps, token, undo);
  if (!outcome)
    return Response.json(
      { error: { type: "ValidationError", message: "This unsubscribe link is not valid" } },
      { status: 400 },
    );
  return Response.json(outcome);
}
