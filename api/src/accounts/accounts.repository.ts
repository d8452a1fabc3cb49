import type { Database } from "../db/database";
import type { NewUserRow, Role, UserRow } from "../db/tables";
import { retireLinksQuery } from "./account-links.repository";

export function findUserById(db: Database, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  // users.email is COLLATE NOCASE, so this matches regardless of case
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

export async function findUsersByIds(db: Database, ids: readonly string[]): Promise<UserRow[]> {
  return db.executeChunked(ids, (part) => db.selectFrom("users").selectAll().where("id", "in", part));
}

export async function insertUser(db: Database, user: NewUserRow): Promise<UserRow> {
  return db.insertInto("users").values(user).returningAll().executeTakeFirstOrThrow();
}

/** Creates a session row and returns its id. */
export async function insertSession(
  db: Database,
  session: { id: string; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id: session.id,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The user behind a session that is neither revoked nor expired: one round trip per request. */
export function findUserOfActiveSession(
  db: Database,
  session: { sessionId: string; userId: string; now: string },
): Promise<UserRow | undefined> {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .where("sessions.id", "=", session.sessionId)
    .where("sessions.user_id", "=", session.userId)
    .where("sessions.revoked_at", "is", null)
    .where("sessions.expires_at", ">", session.now)
    .executeTakeFirst();
}

export async function revokeSession(db: Database, sessionId: string, now: string): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("id", "=", sessionId)
    .where("revoked_at", "is", null)
    .execute();
}

export async function revokeAllSessions(db: Database, userId: string, now: string): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .execute();
}

/**
 * Sets a new password and revokes every earlier session in one atomic batch; password reset and
 * sign-in links sent before stop working too.
 */
export async function changePasswordAndRevokeSessions(
  db: Database,
  change: { userId: string; passwordHash: string; now: string },
): Promise<void> {
  await db.batch([
    db
      .updateTable("users")
      .set({ password_hash: change.passwordHash, updated_at: change.now })
      .where("id", "=", change.userId),
    db
      .updateTable("sessions")
      .set({ revoked_at: change.now })
      .where("user_id", "=", change.userId)
      .where("revoked_at", "is", null),
    retireLinksQuery(db, change.userId, ["PASSWORD_RESET", "SIGN_IN"], change.now),
  ]);
}

/** Moves the account to a confirmed address; reset and sign-in links sent to the old one stop working. */
export async function changeEmailAndRetireLinks(
  db: Database,
  change: { userId: string; email: string; now: string },
): Promise<void> {
  await db.batch([
    db.updateTable("users").set({ email: change.email, updated_at: change.now }).where("id", "=", change.userId),
    retireLinksQuery(db, change.userId, ["PASSWORD_RESET", "SIGN_IN"], change.now),
  ]);
}

export function findUserByExternalIdentity(
  db: Database,
  identity: { issuer: string; subject: string },
): Promise<UserRow | undefined> {
  return db
    .selectFrom("external_identities")
    .innerJoin("users", "users.id", "external_identities.user_id")
    .selectAll("users")
    .where("external_identities.issuer", "=", identity.issuer)
    .where("external_identities.subject", "=", identity.subject)
    .executeTakeFirst();
}

/**
 * Links an identity provider's account to a FireStream user: to an existing user with the same
 * verified email (e.g. one brought in by the import command), or to a new one.
 */
export async function linkExternalIdentity(
  db: Database,
  link: {
    issuer: string;
    subject: string;
    existingUserId: string | undefined;
    newUser: NewUserRow;
    now: string;
  },
): Promise<UserRow> {
  const userId = link.existingUserId ?? link.newUser.id;
  const identity = db
    .insertInto("external_identities")
    .values({ issuer: link.issuer, subject: link.subject, user_id: userId, created_at: link.now })
    .onConflict((conflict) => conflict.columns(["issuer", "subject"]).doNothing());
  await db.batch(link.existingUserId ? [identity] : [db.insertInto("users").values(link.newUser), identity]);
  const user = await findUserByExternalIdentity(db, link);
  if (!user) throw new Error("external identity was not linked");
  return user;
}

export async function setRole(db: Database, userId: string, role: Role, now: string): Promise<void> {
  await db.updateTable("users").set({ role, updated_at: now }).where("id", "=", userId).execute();
}
