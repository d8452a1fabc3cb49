import { type Expression, type SqlBool, sql } from "kysely";
import type { Database } from "../db/database";
import type { ChatMessageRow, ChatMessagesTable, ReactionSecondRow } from "../db/tables";

export type ChatMessageWrite = ChatMessagesTable;

/** Messages from a hub's flush: new ones inserted, removals applied to those already written. */
export async function upsertChatMessages(db: Database, rows: readonly ChatMessageWrite[]): Promise<void> {
  await db.batch(
    db.chunked(rows, (part) =>
      db
        .insertInto("chat_messages")
        .values(part)
        .onConflict((conflict) =>
          conflict.column("id").doUpdateSet((eb) => ({
            removed_at: eb.ref("excluded.removed_at"),
            removed_by: eb.ref("excluded.removed_by"),
          })),
        ),
    ),
  );
}

/** The hub holds each second's full sums, so they replace what D1 has. */
export async function upsertReactionSeconds(db: Database, rows: readonly ReactionSecondRow[]): Promise<void> {
  await db.batch(
    db.chunked(rows, (part) =>
      db
        .insertInto("reaction_seconds")
        .values(part)
        .onConflict((conflict) =>
          conflict.columns(["performance_id", "offset_second"]).doUpdateSet((eb) => ({
            applause: eb.ref("excluded.applause"),
            fire: eb.ref("excluded.fire"),
            heart: eb.ref("excluded.heart"),
            wow: eb.ref("excluded.wow"),
          })),
        ),
    ),
  );
}

/** A show's messages that were not removed, in the hub's order, after `afterSeq`. */
export function listChatMessages(
  db: Database,
  performanceId: string,
  page: { afterSeq: number; limit: number },
): Promise<ChatMessageRow[]> {
  return db
    .selectFrom("chat_messages")
    .selectAll()
    .where("performance_id", "=", performanceId)
    .where("seq", ">", page.afterSeq)
    .where("removed_at", "is", null)
    .orderBy("seq")
    .limit(page.limit)
    .execute();
}

/** Marks a written message removed; false when the show has no such message in D1. */
export async function markChatMessageRemoved(
  db: Database,
  removal: { performanceId: string; messageId: string; removedBy: string; at: string },
): Promise<ChatMessageRow | undefined> {
  await db
    .updateTable("chat_messages")
    .set({ removed_at: removal.at, removed_by: removal.removedBy })
    .where("performance_id", "=", removal.performanceId)
    .where("id", "=", removal.messageId)
    .where("removed_at", "is", null)
    .execute();
  return db
    .selectFrom("chat_messages")
    .selectAll()
    .where("performance_id", "=", removal.performanceId)
    .where("id", "=", removal.messageId)
    .executeTakeFirst();
}

/** Everything deciding what one person may do in one show's chat, in one query. */
export interface ChatAccessRow {
  status: string;
  started_at: string | null;
  slow_mode_seconds: number;
  closed: number;
  muted: number;
  banned: number;
  moderator: number;
  registered: number;
}

export function findChatAccess(
  db: Database,
  performanceId: string,
  userId: string | null,
): Promise<ChatAccessRow | undefined> {
  const who = userId ?? "";
  return db
    .selectFrom("performances as p")
    .leftJoin("chat_settings as s", "s.performance_id", "p.id")
    .select((eb) => [
      "p.status",
      "p.started_at",
      eb.fn.coalesce("s.slow_mode_seconds", sql.lit(0)).as("slow_mode_seconds"),
      sql<number>`s.closed_at IS NOT NULL`.as("closed"),
      sql<number>`EXISTS (SELECT 1 FROM chat_mutes m WHERE m.performance_id = p.id AND m.user_id = ${who})`.as("muted"),
      sql<number>`EXISTS (SELECT 1 FROM chat_bans b WHERE b.user_id = ${who})`.as("banned"),
      sql<number>`EXISTS (SELECT 1 FROM chat_moderators c WHERE c.performance_id = p.id AND c.user_id = ${who})`.as(
        "moderator",
      ),
      sql<number>`EXISTS (SELECT 1 FROM performance_viewers v WHERE v.performance_id = p.id AND v.user_id = ${who})`.as(
        "registered",
      ),
    ])
    .where("p.id", "=", performanceId)
    .executeTakeFirst();
}

export async function saveChatSettings(
  db: Database,
  settings: { performanceId: string; slowModeSeconds?: number; closed?: boolean; now: string },
): Promise<void> {
  const changes = {
    ...(settings.slowModeSeconds === undefined ? {} : { slow_mode_seconds: settings.slowModeSeconds }),
    ...(settings.closed === undefined ? {} : { closed_at: settings.closed ? settings.now : null }),
  };
  await db
    .insertInto("chat_settings")
    .values({
      performance_id: settings.performanceId,
      slow_mode_seconds: 0,
      closed_at: null,
      ...changes,
      updated_at: settings.now,
    })
    .onConflict((conflict) => conflict.column("performance_id").doUpdateSet({ ...changes, updated_at: settings.now }))
    .execute();
}

export async function setMuted(
  db: Database,
  mute: { performanceId: string; userId: string; by: string; now: string },
  muted: boolean,
): Promise<void> {
  if (muted) {
    await db
      .insertInto("chat_mutes")
      .values({ performance_id: mute.performanceId, user_id: mute.userId, muted_by: mute.by, muted_at: mute.now })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  } else {
    await db
      .deleteFrom("chat_mutes")
      .where("performance_id", "=", mute.performanceId)
      .where("user_id", "=", mute.userId)
      .execute();
  }
}

export async function setBanned(db: Database, ban: { userId: string; by: string; now: string }, banned: boolean) {
  if (banned) {
    await db
      .insertInto("chat_bans")
      .values({ user_id: ban.userId, banned_by: ban.by, banned_at: ban.now })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  } else {
    await db.deleteFrom("chat_bans").where("user_id", "=", ban.userId).execute();
  }
}

export async function setModerator(
  db: Database,
  moderator: { performanceId: string; userId: string; by: string; now: string },
  isModerator: boolean,
): Promise<void> {
  if (isModerator) {
    await db
      .insertInto("chat_moderators")
      .values({
        performance_id: moderator.performanceId,
        user_id: moderator.userId,
        added_by: moderator.by,
        added_at: moderator.now,
      })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  } else {
    await db
      .deleteFrom("chat_moderators")
      .where("performance_id", "=", moderator.performanceId)
      .where("user_id", "=", moderator.userId)
      .execute();
  }
}

export function listModerators(db: Database, performanceId: string) {
  return db
    .selectFrom("chat_moderators as c")
    .innerJoin("users as u", "u.id", "c.user_id")
    .select(["u.id", "u.name", "c.added_at"])
    .where("c.performance_id", "=", performanceId)
    .orderBy("c.added_at")
    .execute();
}

/** Shows whose chat is open now: a ban is told to their subscribers. */
export async function listShowsOnAir(db: Database): Promise<string[]> {
  const rows = await db
    .selectFrom("performances")
    .select("id")
    .where("status", "in", ["LIVE", "INTERRUPTED"])
    .execute();
  return rows.map((row) => row.id);
}

export interface ReactionBucket {
  offset_second: number;
  applause: number;
  fire: number;
  heart: number;
  wow: number;
}

/** Reaction sums per `bucketSeconds` of the show, in show order; empty buckets left out. */
export function reactionTimeline(
  db: Database,
  performanceId: string,
  bucketSeconds: number,
): Promise<ReactionBucket[]> {
  const bucket = sql<number>`CAST(offset_second / ${bucketSeconds} AS INTEGER) * ${bucketSeconds}`;
  return db
    .selectFrom("reaction_seconds")
    .select((eb) => [
      bucket.as("offset_second"),
      eb.fn.sum<number>("applause").as("applause"),
      eb.fn.sum<number>("fire").as("fire"),
      eb.fn.sum<number>("heart").as("heart"),
      eb.fn.sum<number>("wow").as("wow"),
    ])
    .where("performance_id", "=", performanceId)
    .groupBy(bucket)
    .orderBy(bucket)
    .execute();
}

/** The retention job: messages older than `before` go (reaction sums are anonymous and stay). */
export async function purgeChatMessages(db: Database, before: string): Promise<number> {
  const result = await db.deleteFrom("chat_messages").where("posted_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Account deletion: the person's messages and chat standing, as statements for its atomic batch,
 * each run only if `onlyIf` selects a row.
 */
export function deleteChatDataOf(db: Database, userId: string, onlyIf: Expression<unknown>) {
  const guard = sql<SqlBool>`EXISTS ${onlyIf}`;
  return [
    db.deleteFrom("chat_messages").where("user_id", "=", userId).where(guard),
    db.deleteFrom("chat_mutes").where("user_id", "=", userId).where(guard),
    db.deleteFrom("chat_bans").where("user_id", "=", userId).where(guard),
    db.deleteFrom("chat_moderators").where("user_id", "=", userId).where(guard),
  ];
}
