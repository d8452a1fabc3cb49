import { describe, expect, it } from "vitest";
import { db } from "../../test/fixtures";
import {
  changePasswordAndRevokeSessions,
  findUserByEmail,
  findUserOfActiveSession,
  insertSession,
  insertUser,
  revokeAllSessions,
  revokeSession,
} from "./accounts.repository";

const NOW = "2026-06-01T12:00:00.000Z";

async function user(email = `${crypto.randomUUID()}@example.org`) {
  return insertUser(db(), {
    id: crypto.randomUUID(),
    email,
    name: "Someone",
    password_hash: "old-hash",
    created_at: NOW,
    updated_at: NOW,
  });
}

async function session(userId: string, expiresAt = "2026-06-15T12:00:00.000Z") {
  const id = crypto.randomUUID();
  await insertSession(db(), { id, userId, createdAt: NOW, expiresAt });
  return id;
}

describe("users", () => {
  it("default to the VIEWER role and are found by email regardless of case", async () => {
    const created = await user("Mixed.Case@Example.org");
    expect(created.role).toBe("VIEWER");
    expect((await findUserByEmail(db(), "mixed.case@example.org"))?.id).toBe(created.id);
  });

  it("cannot share an email, whatever its case", async () => {
    await user("twice@example.org");
    await expect(user("TWICE@example.org")).rejects.toThrow(/UNIQUE/);
  });
});

describe("sessions", () => {
  it("find their user only while neither revoked nor expired, and only for the right user", async () => {
    const owner = await user();
    const other = await user();
    const active = await session(owner.id);
    const expired = await session(owner.id, "2026-06-01T11:59:59.000Z");
    const revoked = await session(owner.id);
    await revokeSession(db(), revoked, NOW);

    const lookup = (sessionId: string, userId = owner.id) =>
      findUserOfActiveSession(db(), { sessionId, userId, now: NOW });

    expect((await lookup(active))?.id).toBe(owner.id);
    expect(await lookup(expired)).toBeUndefined();
    expect(await lookup(revoked)).toBeUndefined();
    expect(await lookup(active, other.id)).toBeUndefined();
  });

  it("all end when the password changes, together with the change itself", async () => {
    const owner = await user();
    const sessions = [await session(owner.id), await session(owner.id)];

    await changePasswordAndRevokeSessions(db(), { userId: owner.id, passwordHash: "new-hash", now: NOW });

    for (const sessionId of sessions) {
      expect(await findUserOfActiveSession(db(), { sessionId, userId: owner.id, now: NOW })).toBeUndefined();
    }
    expect((await findUserByEmail(db(), owner.email))?.password_hash).toBe("new-hash");
  });

  it("of one user can all be revoked without touching another user's", async () => {
    const owner = await user();
    const other = await user();
    await session(owner.id);
    const kept = await session(other.id);

    await revokeAllSessions(db(), owner.id, NOW);

    expect((await findUserOfActiveSession(db(), { sessionId: kept, userId: other.id, now: NOW }))?.id).toBe(other.id);
  });
});
