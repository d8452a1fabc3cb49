import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import type { Config } from "../config";
import type { ViewingMode } from "../db/tables";
import { rateLimitedResponse } from "../security/rate-limits";
import { forwardHeartbeat } from "./hub-client";
import type { HeartbeatVerdict } from "./messages";

// Heartbeat tokens are signed with the session secret under their own audience, so a player's
// heartbeats need no database lookup: 2,000 viewers cost the API no D1 reads.
const AUDIENCE = "firestream-heartbeat";

interface HeartbeatGrant {
  userId: string;
  performanceId: string;
  mode: ViewingMode;
  durationSeconds: number | null;
}

export async function signHeartbeatToken(config: Config, grant: HeartbeatGrant, expiresAt: string): Promise<string> {
  return new SignJWT({ pid: grant.performanceId, mode: grant.mode, dur: grant.durationSeconds })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(config.auth.issuer)
    .setAudience(AUDIENCE)
    .setSubject(grant.userId)
    .setExpirationTime(Math.floor(Date.parse(expiresAt) / 1000))
    .sign(config.auth.secret);
}

const HeartbeatBody = z.object({
  token: z.string().min(1).max(4096),
  sessionId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "must be 8 to 64 letters, digits or dashes"),
  positionSeconds: z.number().finite(),
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
export async function handleHeartbeat(request: Request, env: Env, config: Config): Promise<Response> {
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
    });
    grant = {
      userId: String(payload.sub),
      performanceId: String(payload.pid),
      mode: payload.mode === "REPLAY" ? "REPLAY" : "LIVE",
      durationSeconds: typeof payload.dur === "number" ? payload.dur : null,
    };
  } catch {
    return problem(401, "Invalid or expired heartbeat token: ask Performance.playback for a new one");
  }
  const limited = await rateLimitedResponse(env, [{ limiter: "heartbeat", key: grant.userId }]);
  if (limited) return limited;
  const country = (request as Request & { cf?: { country?: string } }).cf?.country ?? null;
  const verdict = await forwardHeartbeat(env, {
    ...grant,
    sessionId: body.sessionId,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    positionSeconds: body.positionSeconds,
    playing: body.playing,
  });
  return verdict === "accepted" ? new Response(null, { status: 204 }) : problem(STATUS_OF_VERDICT[verdict], verdict);
}

function problem(status: number, message: string): Response {
  return Response.json({ error: { message } }, { status });
}
