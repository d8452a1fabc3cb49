import { createRemoteJWKSet, decodeJwt, errors, type JWTPayload, jwtVerify, SignJWT } from "jose";
import type { Config, ExternalIdentityProvider } from "../config";
import { UnauthenticatedError } from "../errors";

// FireStream's own session tokens are HS256 with a server secret; an external identity provider
// signs with its own keys. Anything else (including "none") is refused.
const SESSION_ALGORITHMS = ["HS256"];
const EXTERNAL_ALGORITHMS = ["RS256", "PS256", "ES256", "EdDSA"];

export interface SessionClaims {
  userId: string;
  sessionId: string;
}

export async function issueSessionToken(
  config: Config,
  session: { userId: string; sessionId: string; expiresAt: Date },
): Promise<string> {
  return new SignJWT({ sid: session.sessionId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(config.auth.issuer)
    .setAudience(config.auth.audience)
    .setSubject(session.userId)
    .setIssuedAt()
    .setNotBefore("0s")
    .setExpirationTime(Math.floor(session.expiresAt.getTime() / 1000))
    .sign(config.auth.secret);
}

export async function verifySessionToken(config: Config, token: string): Promise<SessionClaims> {
  const { payload } = await verifyOrExplain(() =>
    jwtVerify(token, config.auth.secret, {
      algorithms: SESSION_ALGORITHMS,
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      requiredClaims: ["sub", "sid", "exp", "nbf"],
    }),
  );
  if (typeof payload.sid !== "string" || typeof payload.sub !== "string") {
    throw new UnauthenticatedError("Invalid token: missing session");
  }
  return { userId: payload.sub, sessionId: payload.sid };
}

export interface ExternalClaims {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
  roles: string[];
}

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

export async function verifyExternalToken(provider: ExternalIdentityProvider, token: string): Promise<ExternalClaims> {
  let keySet = keySets.get(provider.jwksUrl.href);
  if (!keySet) {
    keySet = createRemoteJWKSet(provider.jwksUrl, { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000 });
    keySets.set(provider.jwksUrl.href, keySet);
  }
  const { payload } = await verifyOrExplain(() =>
    jwtVerify(token, keySet, {
      algorithms: EXTERNAL_ALGORITHMS,
      issuer: provider.issuer,
      audience: provider.audience,
      requiredClaims: ["sub", "exp"],
    }),
  );
  return {
    issuer: provider.issuer,
    subject: String(payload.sub),
    email: typeof payload.email === "string" ? payload.email : undefined,
    emailVerified: payload.email_verified === true,
    name: typeof payload.name === "string" ? payload.name : undefined,
    roles: rolesOf(payload),
  };
}

function rolesOf(payload: JWTPayload): string[] {
  const claim = payload.roles ?? payload.role;
  if (typeof claim === "string") return [claim];
  return Array.isArray(claim) ? claim.filter((role): role is string => typeof role === "string") : [];
}

/** The issuer a token claims, read before verification to pick the right verifier. */
export function claimedIssuer(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    throw new UnauthenticatedError("Malformed token: expected a JWT");
  }
}

async function verifyOrExplain<T>(verify: () => Promise<T>): Promise<T> {
  try {
    return await verify();
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new UnauthenticatedError("Token expired: sign in again");
    if (error instanceof errors.JWTClaimValidationFailed) {
      throw new UnauthenticatedError(`Invalid token: ${error.claim} claim check failed`);
    }
    if (error instanceof errors.JOSEAlgNotAllowed)
      throw new UnauthenticatedError("Invalid token: algorithm not allowed");
    if (error instanceof errors.JOSEError) throw new UnauthenticatedError("Invalid token");
    throw error;
  }
}
