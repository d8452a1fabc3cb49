import { jwtVerify, SignJWT } from "jose";
import * as z from "../zod";
import { findHeartbeatContext } from "../analytics/analytics.repository";
import type { Config } from "../config";
import type { Database } from "../db/database";
import type { ViewingMode } from "../db/tables";
import type { AppDeps } from "../deps";
import { rateLimitedResponse } from "../security/rate-limits";
import { forwardHeartbeat } from "./hub-client";
import type { HeartbeatVerdict } from "./hub-messages";

// Heartbeat tokens are signed with the session secret under their own audience and name the
// viewer's sign-in session. Each heartbeat costs one D1 read by primary key (the session and the
// show together), as any signed-in request does: so signing out stops the counting at once, and
// so does the show ending, without the hub having to learn about either.
const AUDIENCE = "firestream-heartbeat";

/** A live position can run past the scheduled length (a late start, an encore), by this much. */
const LIVE_POSITION_SLACK_SECONDS = 3600;
/** A replay position can overshoot the recording's length by this much (rounding, the last segment). */
const REPLAY_POSITION_SLACK_SECONDS = 5;

interface HeartbeatGrant {
  userId: string;
  /** The FireStream sign-in session the playback was granted to; null for an external identity */
  authSessionId: string | null;
  performanceId: string;
  mode: ViewingMode;
  durationSeconds: number | null;
}

export async function signHeartbeatToken(config: Config, grant: HeartbeatGrant, expiresAt: string): Promise<string> {
  return new SignJWT({
    pid: grant.performanceId,
    mode: grant.mode,
    dur: grant.durationSeconds,
    ...(grant.authSessionId ? { sid: grant.authSessionId } : {}),
  })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(config.auth.issuer)
    .setAudience(AUDIENCE)
    .setSubject(grant.userId)
    .setExpirationTime(Math.floor(Date.parse(expiresAt) / 1000))
    .sign(config.auth.secret);
}

const HeartbeatBody = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(4096)),
  sessionId: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/, "must be 8 to 64 letters, digits or dashes")),
  // z.number() refuses Infinity and NaN (classic zod's .finite() is a no-op)
  positionSeconds: z.number(),
  playing: z.boolean(),
});

const STATUS_OF_VERDICT: Record<HeartbeatVerdict, number> = {
  accepted: 204,
  "too-frequent": 429,
  "too-many-sessions": 429,
  "session-of-another-viewer": 403,
  "impossible-position": 422,
};

/**
 * POST /api/heartbeat: a player reports that it is playing, every ~15 s, with the heartbeat
 * token from Performance.playback and its own session id. The performance's hub keeps count.
 */
export async function handleHeartbeat(deps: AppDeps, request: Request): Promise<Response> {
  const { config, env } = deps;
  const now = deps.clock.now();
  let body: z.infer<typeof HeartbeatBody>;
  try {
    const parsed = HeartbeatBody.safeParse(await request.json());
    if (!parsed.success)
      return problem(400, parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
    body = parsed.data;
  } catch {
    return problem(400, "The body must be JSON");
  }
  let grant: HeartbeatGrant;
  try {
    const { payload } = await jwtVerify(body.token, config.auth.secret, {
      algorithms: ["HS256"],
      issuer: config.auth.issuer,
      audience: AUDIENCE,
      requiredClaims: ["sub", "pid", "mode", "exp"],
      currentDate: now,
    });
    grant = {
      userId: String(payload.sub),
      authSessionId: typeof payload.sid === "string" ? payload.sid : null,
      performanceId: String(payload.pid),
      mode: payload.mode === "REPLAY" ? "REPLAY" : "LIVE",
      durationSeconds: typeof payload.dur === "number" ? payload.dur : null,
    };
  } catch {
    return problem(401, "Invalid or expired heartbeat token: ask Performance.playback for a new one");
  }
  const limited = await rateLimitedResponse(env, [{ limiter: "heartbeat", key: grant.userId }]);
  if (limited) return limited;
  const refusal = await refusalOf(deps.db, grant, body.positionSeconds, now);
  if (refusal) return refusal;
  const verdict = await forwardHeartbeat(env, {
    ...grant,
    sessionId: body.sessionId,
    country: countryOf(request),
    positionSeconds: body.positionSeconds,
    playing: body.playing,
  });
  return verdict === "accepted" ? new Response(null, { status: 204 }) : problem(STATUS_OF_VERDICT[verdict], verdict);
}

/**
 * Why this heartbeat must not count, if it must not: the viewer signed out, the show is over
 * (live) or cancelled, or the position is beyond anything the show could have played.
 */
async function refusalOf(
  db: Database,
  grant: HeartbeatGrant,
  positionSeconds: number,
  now: Date,
): Promise<Response | undefined> {
  const show = await findHeartbeatContext(db, grant.performanceId, grant.authSessionId);
  if (!show) return problem(404, "No such performance");
  if (grant.authSessionId) {
    const signedIn =
      show.session_user_id === grant.userId &&
      !show.session_revoked_at &&
      show.session_expires_at !== null &&
      show.session_expires_at > now.toISOString();
    if (!signedIn) return problem(401, "signed-out: sign in again and ask Performance.playback for a new token");
  }
  const live = show.status === "LIVE" || show.status === "INTERRUPTED";
  if (grant.mode === "LIVE" ? !live : show.status === "CANCELLED") {
    return problem(409, `show-not-on: this show is ${show.status.toLowerCase()}`);
  }
  const longest =
    grant.mode === "REPLAY"
      ? (show.recording_duration_seconds ?? grant.durationSeconds ?? 0) + REPLAY_POSITION_SLACK_SECONDS
      : Math.max(
          show.duration_minutes * 60,
          show.started_at ? (now.getTime() - Date.parse(show.started_at)) / 1000 : 0,
        ) + LIVE_POSITION_SLACK_SECONDS;
  if (positionSeconds < 0 || positionSeconds > longest) return problem(422, "impossible-position");
  return undefined;
}

/**
 * The viewer's country: Cloudflare's `request.cf` when the player reached the API directly, else
 * the `cf-ipcountry` header (which Cloudflare sets on every request it receives, and which the
 * site passes on, because a service binding's request carries no `cf` of the browser). Cloudflare's
 * "XX" (unknown) and "T1" (Tor) are no country.
 */
export function countryOf(request: Request): string | null {
  const country =
    (request as Request & { cf?: { country?: string } }).cf?.country ?? request.headers.get("cf-ipcountry");
  const code = country?.toUpperCase() ?? null;
  return code && /^[A-Z]{2}$/.test(code) && code !== "XX" && code !== "T1" ? code : null;
}

function problem(status: number, message: string): Response {
  return Response.json({ error: { message } }, { status });
}
