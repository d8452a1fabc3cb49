import * as z from "../zod";
import type { Caller } from "../context";
import type { UserRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { ConflictError, InvalidCredentialsError, validate } from "../errors";
import { enforceRateLimits } from "../security/rate-limits";
import { hashPassword, verifyPassword } from "./password";
import { MAX_PASSWORD_LENGTH, newPassword, userName } from "./account-rules";
import {
  changePasswordAndRevokeSessions,
  findUserByEmail,
  insertSession,
  insertUser,
  revokeAllSessions,
  revokeSession,
} from "./accounts.repository";
import { clearedSessionCookie, sessionCookie } from "./session-cookie";
import { issueSessionToken } from "./tokens";

/** The request an account use case answers, beyond the dependency object. */
export interface AccountRequest {
  /** The client's address, for rate limits */
  address: string;
  setCookie(cookie: string): void;
  /** Makes a new session's user the caller for the rest of the request */
  startedSession(caller: Caller): void;
}

export type SignedInRequest = AccountRequest & { caller: Caller };

export interface SignedIn {
  token: string;
  expiresAt: string;
  user: UserRow;
}

export const email = z.email("must be an email address").check(z.maxLength(254, "must be at most 254 characters"));
const givenPassword = z.string().check(z.maxLength(MAX_PASSWORD_LENGTH));

export async function signUp(
  deps: AppDeps,
  request: AccountRequest,
  input: { email: string; password: string; name: string },
): Promise<SignedIn> {
  const fields = validate(z.object({ email, password: newPassword(), name: userName() }), input, ["input"]);
  // "An account with this email exists" answers the same question as a sign-in attempt.
  const address = request.address;
  await enforceRateLimits(deps.env, [
    { limiter: "signUpPerAddress", key: address },
    { limiter: "signInPerAddress", key: address },
    { limiter: "signInPerAccount", key: fields.email.toLowerCase() },
  ]);
  if (await findUserByEmail(deps.db, fields.email)) {
    throw new ConflictError("An account with this email already exists: sign in instead");
  }
  const now = deps.clock.now().toISOString();
  const user = await insertUser(deps.db, {
    id: crypto.randomUUID(),
    email: fields.email,
    name: fields.name,
    role: "VIEWER",
    password_hash: await hashPassword(fields.password),
    created_at: now,
    updated_at: now,
  });
  return startSession(deps, request, user);
}

export async function signIn(
  deps: AppDeps,
  request: AccountRequest,
  input: { email: string; password: string },
): Promise<SignedIn> {
  const fields = validate(z.object({ email: z.string().check(z.maxLength(254)), password: givenPassword }), input, [
    "input",
  ]);
  await enforceRateLimits(deps.env, [
    { limiter: "signInPerAccount", key: fields.email.trim().toLowerCase() },
    { limiter: "signInPerAddress", key: request.address },
  ]);
  const user = await findUserByEmail(deps.db, fields.email);
  if (!(await verifyPassword(fields.password, user?.password_hash ?? null)) || !user) {
    throw new InvalidCredentialsError();
  }
  return startSession(deps, request, user);
}

/** Ends this session, or every session of the user. */
export async function signOut(deps: AppDeps, request: SignedInRequest, everywhere: boolean): Promise<void> {
  const now = deps.clock.now().toISOString();
  if (everywhere) await revokeAllSessions(deps.db, request.caller.user.id, now);
  else if (request.caller.sessionId) await revokeSession(deps.db, request.caller.sessionId, now);
  request.setCookie(clearedSessionCookie(deps.config));
}

/** Sets a new password, ends every earlier session and starts a fresh one. */
export async function changePassword(
  deps: AppDeps,
  request: SignedInRequest,
  input: { currentPassword: string; newPassword: string },
): Promise<SignedIn> {
  const fields = validate(z.object({ currentPassword: givenPassword, newPassword: newPassword() }), input, ["input"]);
  const user = request.caller.user;
  await enforcePasswordCheckLimits(deps, request);
  if (!(await verifyPassword(fields.currentPassword, user.password_hash))) throw new InvalidCredentialsError();
  const now = deps.clock.now().toISOString();
  await changePasswordAndRevokeSessions(deps.db, {
    userId: user.id,
    passwordHash: await hashPassword(fields.newPassword),
    now,
  });
  return startSession(deps, request, user);
}

/** Checking a signed-in user's password (to change it, to delete the account) is limited like sign-in. */
export async function enforcePasswordCheckLimits(deps: AppDeps, request: SignedInRequest): Promise<void> {
  await enforceRateLimits(deps.env, [
    { limiter: "passwordChange", key: `address:${request.address}` },
    { limiter: "passwordChange", key: `user:${request.caller.user.id}` },
  ]);
}

export async function startSession(deps: AppDeps, request: AccountRequest, user: UserRow): Promise<SignedIn> {
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.config.auth.sessionTtlSeconds * 1000);
  const sessionId = crypto.randomUUID();
  await insertSession(deps.db, {
    id: sessionId,
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  const token = await issueSessionToken(deps.config, { userId: user.id, sessionId, expiresAt });
  request.setCookie(sessionCookie(deps.config, token, expiresAt));
  // The rest of this request sees the new session's user.
  request.startedSession({ user, sessionId });
  return { token, expiresAt: expiresAt.toISOString(), user };
}
