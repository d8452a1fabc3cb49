import { sql } from "kysely";
import type { Database } from "../db/database";

/**
 * Records the scheduled shows whose time passed before `scheduledBefore` and that have not
 * ended, once per scheduled time, and touches them so subscribers see the change. Returns the
 * shows noticed now.
 */
export async function markShowsRunningLate(
  db: Database,
  window: { scheduledBefore: string; now: string },
): Promise<string[]> {
  const noticed = await db
    .insertInto("performance_running_late")
    .columns(["performance_id", "scheduled_time", "noticed_at"])
    .expression(
      db
        .selectFrom("performances")
        .select(["id", "scheduled_time", sql<string>`${window.now}`.as("noticed_at")])
        .where("status", "=", "SCHEDULED")
        .where("scheduled_time", "<=", window.scheduledBefore)
        .where("end_time", ">", window.now),
    )
    .onConflict((conflict) => conflict.doNothing())
    .returning("performance_id")
    .execute();
  const ids = noticed.map((row) => row.performance_id);
  if (ids.length > 0) {
    // Subscribers skip events older than what they read; the row's time says this is news.
    await db.executeChunked(ids, (part) =>
      db.updateTable("performances").set({ updated_at: window.now }).where("id", "in", part),
    );
  }
  return ids;
}
