import { sql } from "kysely";
import type { Database } from "../db/database";
import type { PerformanceRow } from "../db/tables";

export function findPerformanceByLiveInput(db: Database, liveInputId: string): Promise<PerformanceRow | undefined> {
  return db.selectFrom("performances").selectAll().where("live_input_id", "=", liveInputId).executeTakeFirst();
}

/**
 * Records the live input of a performance unless one is already there. Returns false when
 * another request got there first (the caller then removes the input it created).
 */
export async function claimLiveInput(
  db: Database,
  performanceId: string,
  liveInputId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("performances")
    .set({ live_input_id: liveInputId, updated_at: now })
    .where("id", "=", performanceId)
    .where("live_input_id", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Notes that a live input is being asked for, so a lost answer leaves a trace to look for. */
export async function noteLiveInputRequested(db: Database, performanceId: string, now: string): Promise<void> {
  await db
    .updateTable("performances")
    .set({ live_input_requested_at: now })
    .where("id", "=", performanceId)
    .where("live_input_id", "is", null)
    .execute();
}

/** Remembers a webhook delivery; false when it was seen before (a retry or a replay). */
export async function recordWebhookEvent(db: Database, id: string, now: string): Promise<boolean> {
  const row = await db
    .insertInto("processed_webhook_events")
    .values({ id, received_at: now })
    .onConflict((conflict) => conflict.column("id").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Forgets a delivery whose handling failed, so the sender's retry is processed. */
export async function forgetWebhookEvent(db: Database, id: string): Promise<void> {
  await db.deleteFrom("processed_webhook_events").where("id", "=", id).execute();
}

/** Shows whose feed dropped before `before` and never came back. */
export function listInterruptedSince(db: Database, before: string): Promise<PerformanceRow[]> {
  return db
    .selectFrom("performances")
    .selectAll()
    .where("status", "=", "INTERRUPTED")
    .where("interrupted_at", "<", before)
    .execute();
}

/** Shows still GOING_LIVE, their feed never having connected, whose slot ended before `before`. */
export function listGoingLiveEndedBefore(db: Database, before: string): Promise<PerformanceRow[]> {
  return db
    .selectFrom("performances")
    .selectAll()
    .where("status", "=", "GOING_LIVE")
    .where("end_time", "<", before)
    .execute();
}

/**
 * How many registered fans the LIVE alert reaches: those who chose email, or SMS with a phone
 * number (as notifications/deliveries.repository.ts plans it).
 */
export async function countLiveAlertRecipients(db: Database, performanceId: string): Promise<number> {
  const row = await db
    .selectFrom("performance_viewers as pv")
    .leftJoin("notification_settings as ns", "ns.user_id", "pv.user_id")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("pv.performance_id", "=", performanceId)
    .where((eb) =>
      eb.or([
        eb(sql`json_extract(pv.notification_preferences, '$.email')`, "=", 1),
        eb.and([
          eb(sql`json_extract(pv.notification_preferences, '$.sms')`, "=", 1),
          eb("ns.phone_number", "is not", null),
        ]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
