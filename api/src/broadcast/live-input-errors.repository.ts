import type { Database } from "../db/database";
import type { LiveInputErrorRow } from "../db/tables";

export async function insertLiveInputError(
  db: Database,
  error: { performanceId: string; liveInputId: string; code: string; message: string; occurredAt: string; now: string },
): Promise<void> {
  await db
    .insertInto("live_input_errors")
    .values({
      id: crypto.randomUUID(),
      performance_id: error.performanceId,
      live_input_id: error.liveInputId,
      code: error.code,
      message: error.message,
      occurred_at: error.occurredAt,
      received_at: error.now,
    })
    .execute();
}

/** The show's newest errored event, if any. */
export function findLastLiveInputError(db: Database, performanceId: string): Promise<LiveInputErrorRow | undefined> {
  return db
    .selectFrom("live_input_errors")
    .selectAll()
    .where("performance_id", "=", performanceId)
    .orderBy("occurred_at", "desc")
    .limit(1)
    .executeTakeFirst();
}
