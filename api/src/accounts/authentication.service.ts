import type { Caller } from "../context";
import type { AppDeps } from "../deps";
import { UnauthenticatedError } from "../errors";
import {
  findUserByEmail,
  findUserByExternalIdentity,
  findUserOfActiveSession,
  linkExternalIdentity,
  setRole,
} from "./accounts.repository";
import { readSessionCookie } from "./session-cookie";
import { claimedIssuer, type ExternalClaims, verifyExternalToken, verifySessionToken } from "./tokens";
import { cleanSingleLine } from "../security/text";

export interface Authentication {
  caller: Caller | null;
  /** The request carried a session cookie that no longer works: the response should clear it. */
  staleCookie: boolean;
}

/**
 * Works out who is calling. A bearer token that does not verify is an error (the client must
 * fix it); a session cookie that no longer works just leaves the visitor signed out.
 */
export async function authenticate(deps: AppDeps, request: Request): Promise<Authentication> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer ([^\s]+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new UnauthenticatedError('Malformed Authorization header: expected "Bearer <token>"');
    return { caller: await callerFromToken(deps, match[1]), staleCookie: false };
  }
  const cookie = readSessionCookie(request);
  if (cookie === undefined) return { caller: null, staleCookie: false };
  try {
    const caller = await callerFromSessionToken(deps, cookie);
    return { caller, staleCookie: false };
  } catch (error) {
    if (error instanceof UnauthenticatedError) return { caller: null, staleCookie: true };
    throw error;
  }
}

async function callerFromToken(deps: AppDeps, token: string): Promise<Caller> {
  const { config } = deps;
  const issuer = claimedIssuer(token);
  if (issuer === config.auth.issuer) return callerFromSessionToken(deps, token);
  const external = config.auth.external;
  if (external && issuer === external.issuer) {
    const claims = await verifyExternalToken(external, token);
    return { user: await userForExternalIdentity(deps, claims, external.organizerRole), sessionId: undefined };
  }
  throw new UnauthenticatedError("Invalid token: unknown issuer");
}

async function callerFromSessionToken(deps: AppDeps, token: string): Promise<Caller> {
  const { config, db } = deps;
  if (claimedIssuer(token) !== config.auth.issuer) throw new UnauthenticatedError("Invalid token: unknown issuer");
  const claims = await verifySessionToken(config, token);
  const user = await findUserOfActiveSession(db, { ...claims, now: deps.clock.now().toISOString() });
  if (!user) throw new UnauthenticatedError("Session ended: sign in again");
  return { user, sessionId: claims.sessionId };
}

async function userForExternalIdentity(deps: AppDeps, claims: ExternalClaims, organizerRole: string | undefined) {
  const { db } = deps;
  const now = deps.clock.now().toISOString();
  const role = organizerRole && claims.roles.includes(organizerRole) ? "ORGANIZER" : "VIEWER";
  const known = await findUserByExternalIdentity(db, claims);
  if (known) {
    // The identity provider owns roles when it is configured to grant them.
    if (organizerRole && known.role !== role) {
      await setRole(db, known.id, role, now);
      return { ...known, role, updated_at: now } as const;
    }
    return known;
  }
  if (!claims.email) throw new UnauthenticatedError("Invalid token: an email claim is needed to create the account");
  // Only a verified email may claim an existing account (e.g. one created by the import command).
  const existing = await findUserByEmail(db, claims.email);
  if (existing && !claims.emailVerified) {
    throw new UnauthenticatedError("Invalid token: the email must be verified to link an existing account");
  }
  return linkExternalIdentity(db, {
    issuer: claims.issuer,
    subject: claims.subject,
    existingUserId: existing?.id,
    newUser: {
      id: crypto.randomUUID(),
      email: claims.email,
      name: cleanSingleLine(claims.name ?? "") || cleanSingleLine(claims.email.split("@")[0] ?? "") || "Fan",
      role,
      password_hash: null,
      created_at: now,
      updated_at: now,
    },
    now,
  });
}
