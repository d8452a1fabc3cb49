import type { Database } from "../db/database";
import type { PushSubscriptionRow } from "../db/tables";

/** A browser may hold one subscription; a fan this many. */
export const MAX_PUSH_SUBSCRIPTIONS_PER_USER = 10;

export function listPushSubscriptions(db: Database, userId: string): Promise<PushSubscriptionRow[]> {
  return db
    .selectFrom("push_subscriptions")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/**
 * Stores a browser's subscription for the user. The same endpoint again (the browser
 * subscribed anew, or another fan signed in on it) moves it to this user with its new keys.
 */
export function upsertPushSubscription(
  db: Database,
  subscription: Omit<PushSubscriptionRow, "last_used_at">,
): Promise<PushSubscriptionRow> {
  return db
    .insertInto("push_subscriptions")
    .values(subscription)
    .onConflict((conflict) =>
      conflict.column("endpoint").doUpdateSet((eb) => ({
        user_id: eb.ref("excluded.user_id"),
        p256dh: eb.ref("excluded.p256dh"),
        auth: eb.ref("excluded.auth"),
        label: eb.ref("excluded.label"),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deletePushSubscription(db: Database, where: { id: string; userId?: string }): Promise<boolean> {
  let query = db.deleteFrom("push_subscriptions").where("id", "=", where.id);
  if (where.userId) query = query.where("user_id", "=", where.userId);
  const rows = await query.returning("id").execute();
  return rows.length > 0;
}

export async function countPushSubscriptions(db: Database, userId: string): Promise<number> {
  const row = await db
    .selectFrom("push_subscriptions")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function touchPushSubscription(db: Database, id: string, at: string) {
  return db.updateTable("push_subscriptions").set({ last_used_at: at }).where("id", "=", id).execute();
}
