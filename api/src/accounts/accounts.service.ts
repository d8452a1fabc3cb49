import { z } from "zod";
import type { Context, SignedInContext } from "../context";
import type { UserRow } from "../db/tables";
import { ConflictError, InvalidCredentialsError, validate } from "../errors";
import { clientAddress, enforceRateLimits } from "../security/rate-limits";
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

export interface SignedIn {
  token: string;
  expiresAt: string;
  user: UserRow;
}

const email = z.email("must be an email address").max(254, "must be at most 254 characters");
const givenPassword = z.string().max(MAX_PASSWORD_LENGTH);

export async function signUp(
  context: Context,
  input: { email: string; password: string; name: string },
): Promise<SignedIn> {
  const fields = validate(z.object({ email, password: newPassword(), name: userName() }), input, ["input"]);
  // "An account with this email exists" answers the same question as a sign-in attempt.
  const address = clientAddress(context.request);
  await enforceRateLimits(context.deps.env, [
    { limiter: "signUpPerAddress", key: address },
    { limiter: "signInPerAddress", key: address },
    { limiter: "signInPerAccount", key: fields.email.toLowerCase() },
  ]);
  if (await findUserByEmail(context.deps.db, fields.email)) {
    throw new ConflictError("An account with this email already exists: sign in instead");
  }
  const now = new Date().toISOString();
  const user = await insertUser(context.deps.db, {
    id: crypto.randomUUID(),
    email: fields.email,
    name: fields.name,
    role: "VIEWER",
    password_hash: await hashPassword(fields.password),
    created_at: now,
    updated_at: now,
  });
  return startSession(context, user);
}

export async function signIn(context: Context, input: { email: string; password: string }): Promise<SignedIn> {
  const fields = validate(z.object({ email: z.string().max(254), password: givenPassword }), input, ["input"]);
  await enforceRateLimits(context.deps.env, [
    { limiter: "signInPerAccount", key: fields.email.trim().toLowerCase() },
    { limiter: "signInPerAddress", key: clientAddress(context.request) },
  ]);
  const user = await findUserByEmail(context.deps.db, fields.email);
  if (!(await verifyPassword(fields.password, user?.password_hash ?? null)) || !user) {
    throw new InvalidCredentialsError();
  }
  return startSession(context, user);
}

/** Ends this session, or every session of the user. */
export async function signOut(context: SignedInContext, everywhere: boolean): Promise<void> {
  const now = new Date().toISOString();
  if (everywhere) await revokeAllSessions(context.deps.db, context.viewer.user.id, now);
  else if (context.viewer.sessionId) await revokeSession(context.deps.db, context.viewer.sessionId, now);
  context.setCookie(clearedSessionCookie(context.deps.config));
}

/** Sets a new password, ends every earlier session and starts a fresh one. */
export async function changePassword(
  context: SignedInContext,
  input: { currentPassword: string; newPassword: string },
): Promise<SignedIn> {
  const fields = validate(z.object({ currentPassword: givenPassword, newPassword: newPassword() }), input, ["input"]);
  const user = context.viewer.user;
  await enforcePasswordCheckLimits(context);
  if (!(await verifyPassword(fields.currentPassword, user.password_hash))) throw new InvalidCredentialsError();
  const now = new Date().toISOString();
  await changePasswordAndRevokeSessions(context.deps.db, {
    userId: user.id,
    passwordHash: await hashPassword(fields.newPassword),
    now,
  });
  return startSession(context, user);
}

/** Checking a signed-in user's password (to change it, to delete the account) is limited like sign-in. */
export async function enforcePasswordCheckLimits(context: SignedInContext): Promise<void> {
  await enforceRateLimits(context.deps.env, [
    { limiter: "passwordChange", key: `address:${clientAddress(context.request)}` },
    { limiter: "passwordChange", key: `user:${context.viewer.user.id}` },
  ]);
}

async function startSession(context: Context, user: UserRow): Promise<SignedIn> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + context.deps.config.auth.sessionTtlSeconds * 1000);
  const sessionId = crypto.randomUUID();
  await insertSession(context.deps.db, {
    id: sessionId,
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  const token = await issueSessionToken(context.deps.config, { userId: user.id, sessionId, expiresAt });
  context.setCookie(sessionCookie(context.deps.config, token, expiresAt));
  // The rest of this request sees the new session's user.
  context.viewer = { user, sessionId };
  return { token, expiresAt: expiresAt.toISOString(), user };
}
