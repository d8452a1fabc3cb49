import type { Database } from "../db/database";
import type { PerformanceRow } from "../db/tables";

export async function findFeedIdOfUser(db: Database, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom("calendar_feeds").select("feed_id").where("user_id", "=", userId).executeTakeFirst();
  return row?.feed_id;
}

export async function findUserIdOfFeed(db: Database, feedId: string): Promise<string | undefined> {
  const row = await db.selectFrom("calendar_feeds").select("user_id").where("feed_id", "=", feedId).executeTakeFirst();
  return row?.user_id;
}

/** Gives the user a feed id, replacing any earlier one (whose URL then stops working). */
export async function replaceFeedId(db: Database, userId: string, feedId: string, now: string): Promise<void> {
  await db
    .insertInto("calendar_feeds")
    .values({ user_id: userId, feed_id: feedId, created_at: now })
    .onConflict((conflict) => conflict.column("user_id").doUpdateSet({ feed_id: feedId, created_at: now }))
    .execute();
}

export async function deleteFeed(db: Database, userId: string): Promise<void> {
  await db.deleteFrom("calendar_feeds").where("user_id", "=", userId).execute();
}

/** The shows a user registered for that end after `since`, in time order, at most `limit`. */
export function listRegisteredShows(
  db: Database,
  userId: string,
  filter: { since: string; limit: number },
): Promise<PerformanceRow[]> {
  return db
    .selectFrom("performance_viewers")
    .innerJoin("performances", "performances.id", "performance_viewers.performance_id")
    .selectAll("performances")
    .where("performance_viewers.user_id", "=", userId)
    .where("performances.end_time", ">", filter.since)
    .orderBy("performances.scheduled_time")
    .limit(filter.limit)
    .execute();
}
