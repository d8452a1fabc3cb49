import { z } from "zod";
import type { Context, SignedInContext } from "../context";
import type { UserRow } from "../db/tables";
import { ConflictError, InvalidCredentialsError, validate } from "../errors";
import { hashPassword, verifyPassword } from "./password";
import {
  changePasswordAndRevokeSessions,
  findUserByEmail,
  insertSession,
  insertUser,
  revokeAllSessions,
  revokeSession,
} from "./repository";
import { clearedSessionCookie, sessionCookie } from "./session-cookie";
import { issueSessionToken } from "./tokens";

export interface SignedIn {
  token: string;
  expiresAt: string;
  user: UserRow;
}

const email = z.email("must be an email address").max(254, "must be at most 254 characters");
const password = z.string().min(10, "must be at least 10 characters").max(200, "must be at most 200 characters");
const name = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");

export async function signUp(
  context: Context,
  input: { email: string; password: string; name: string },
): Promise<SignedIn> {
  const fields = validate(z.object({ email, password, name }), input, ["input"]);
  if (await findUserByEmail(context.db, fields.email)) {
    throw new ConflictError("An account with this email already exists: sign in instead");
  }
  const now = new Date().toISOString();
  const user = await insertUser(context.db, {
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
  const fields = validate(z.object({ email: z.string().max(254), password: z.string().max(200) }), input, ["input"]);
  const user = await findUserByEmail(context.db, fields.email);
  if (!(await verifyPassword(fields.password, user?.password_hash ?? null)) || !user) {
    throw new InvalidCredentialsError();
  }
  return startSession(context, user);
}

/** Ends this session, or every session of the user. */
export async function signOut(context: SignedInContext, everywhere: boolean): Promise<void> {
  const now = new Date().toISOString();
  if (everywhere) await revokeAllSessions(context.db, context.viewer.user.id, now);
  else if (context.viewer.sessionId) await revokeSession(context.db, context.viewer.sessionId, now);
  context.setCookie(clearedSessionCookie(context.config));
}

/** Sets a new password, ends every earlier session and starts a fresh one. */
export async function changePassword(
  context: SignedInContext,
  input: { currentPassword: string; newPassword: string },
): Promise<SignedIn> {
  const fields = validate(z.object({ currentPassword: z.string().max(200), newPassword: password }), input, ["input"]);
  const user = context.viewer.user;
  if (!(await verifyPassword(fields.currentPassword, user.password_hash))) throw new InvalidCredentialsError();
  const now = new Date().toISOString();
  await changePasswordAndRevokeSessions(context.db, {
    userId: user.id,
    passwordHash: await hashPassword(fields.newPassword),
    now,
  });
  return startSession(context, user);
}

async function startSession(context: Context, user: UserRow): Promise<SignedIn> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + context.config.auth.sessionTtlSeconds * 1000);
  const sessionId = crypto.randomUUID();
  await insertSession(context.db, {
    id: sessionId,
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  const token = await issueSessionToken(context.config, { userId: user.id, sessionId, expiresAt });
  context.setCookie(sessionCookie(context.config, token, expiresAt));
  // The rest of this request sees the new session's user.
  context.viewer = { user, sessionId };
  return { token, expiresAt: expiresAt.toISOString(), user };
}
