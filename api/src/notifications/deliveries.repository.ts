import { sql } from "kysely";
import type { Database } from "../db/database";
import type { DeliveryStatus, NotificationChannel, NotificationKind } from "../db/tables";

const CHANNELS: NotificationChannel[] = ["EMAIL", "SMS"];
/** Reminders look this far ahead at most (the longest reminder a viewer can choose is a week). */
const MAX_REMINDER_MINUTES = 10080;

/**
 * Plans one message per registered viewer and channel they chose (SMS only with a phone
 * number), for the given performances. Returns the ids of the deliveries planned now: a
 * delivery planned before (same show, viewer, kind, channel and occasion) is not planned again.
 */
export async function planAlerts(
  db: Database,
  alert: { kind: Exclude<NotificationKind, "REMINDER">; performanceIds: readonly string[]; now: string },
): Promise<string[]> {
  const planned: string[] = [];
  for (const channel of CHANNELS) {
    const rows = await db.executeChunked(alert.performanceIds, (part) =>
      insertDeliveriesQuery(db, alert.kind, channel, alert.now, { performanceIds: part }),
    );
    planned.push(...rows.map((row) => row.id));
  }
  return planned;
}

/** Plans the reminders that are due: shows starting within each viewer's reminder time. */
export async function planDueReminders(db: Database, now: string): Promise<string[]> {
  const horizon = new Date(Date.parse(now) + MAX_REMINDER_MINUTES * 60_000).toISOString();
  const planned: string[] = [];
  for (const channel of CHANNELS) {
    const rows = await insertDeliveriesQuery(db, "REMINDER", channel, now, { dueReminders: { horizon } }).execute();
    planned.push(...rows.map((row) => row.id));
  }
  return planned;
}

type Recipients = { performanceIds: readonly string[] } | { dueReminders: { horizon: string } };

function insertDeliveriesQuery(
  db: Database,
  kind: NotificationKind,
  channel: NotificationChannel,
  now: string,
  recipients: Recipients,
) {
  // Reminders and reschedules are about one scheduled time; a show moved again is told again.
  const occasion = kind === "REMINDER" || kind === "RESCHEDULED" ? sql<string>`p.scheduled_time` : sql<string>`''`;
  let query = db
    .selectFrom("performance_viewers as pv")
    .innerJoin("performances as p", "p.id", "pv.performance_id")
    .leftJoin("notification_settings as ns", "ns.user_id", "pv.user_id")
    .select([
      sql<string>`lower(hex(randomblob(16)))`.as("id"),
      "pv.performance_id",
      "pv.user_id",
      sql<NotificationKind>`${kind}`.as("kind"),
      sql<NotificationChannel>`${channel}`.as("channel"),
      occasion.as("occasion"),
      sql<string>`${now}`.as("created_at"),
    ])
    .where(sql`json_extract(pv.notification_preferences, ${`$.${channel.toLowerCase()}`})`, "=", 1);
  if (channel === "SMS") query = query.where("ns.phone_number", "is not", null);
  if ("performanceIds" in recipients) query = query.where("p.id", "in", recipients.performanceIds);
  else {
    query = query
      .where("p.status", "=", "SCHEDULED")
      .where("p.scheduled_time", ">", now)
      .where("p.scheduled_time", "<=", recipients.dueReminders.horizon)
      .where(
        "p.scheduled_time",
        "<=",
        sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${now}, '+' || coalesce(ns.reminder_minutes_before, 60) || ' minutes')`,
      );
  }
  // "Replay ready" is for the fans who missed the show: not those who watched it live.
  if (kind === "REPLAY_READY")
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("viewer_sessions as vs")
            .select("vs.id")
            .whereRef("vs.performance_id", "=", "pv.performance_id")
            .whereRef("vs.user_id", "=", "pv.user_id")
            .where("vs.mode", "=", "LIVE"),
        ),
      ),
    );
  return db
    .insertInto("notification_deliveries")
    .columns(["id", "performance_id", "user_id", "kind", "channel", "occasion", "created_at"])
    .expression(query)
    .onConflict((conflict) => conflict.doNothing())
    .returning("id");
}

/** Deliveries with what their message needs: recipient, address and show. */
export function findDeliveriesToSend(db: Database, ids: readonly string[]) {
  return db.executeChunked(ids, (part) =>
    db
      .selectFrom("notification_deliveries as d")
      .innerJoin("users as u", "u.id", "d.user_id")
      .innerJoin("performances as p", "p.id", "d.performance_id")
      .leftJoin("notification_settings as ns", "ns.user_id", "d.user_id")
      .select([
        "d.id",
        "d.kind",
        "d.channel",
        "d.status",
        "d.attempts",
        "d.performance_id",
        "u.name",
        "u.email",
        "ns.phone_number",
        "p.title",
        "p.scheduled_time",
      ])
      .where("d.id", "in", part),
  );
}

/**
 * Claims queued deliveries for sending, in one statement; returns the ids claimed now (not those
 * another consumer has, or that are done). Queues deliver at least once: the claim keeps a
 * message from going out twice.
 */
export async function claimDeliveries(db: Database, ids: readonly string[], claimedAt: string): Promise<Set<string>> {
  const claimed = await db.executeChunked(ids, (part) =>
    db
      .updateTable("notification_deliveries")
      .set({ status: "SENDING", claimed_at: claimedAt })
      .where("id", "in", part)
      .where("status", "=", "QUEUED")
      .returning("id"),
  );
  return new Set(claimed.map((row) => row.id));
}

export function markDelivery(
  db: Database,
  id: string,
  changes: { status: DeliveryStatus; attempts: number; sent_at?: string; last_error?: string },
) {
  return db.updateTable("notification_deliveries").set(changes).where("id", "=", id).execute();
}

/** Deliveries stuck in SENDING (their consumer died mid-send) go back to the queue. */
export async function requeueStuckDeliveries(db: Database, claimedBefore: string): Promise<string[]> {
  const rows = await db
    .updateTable("notification_deliveries")
    .set({ status: "QUEUED" })
    .where("status", "=", "SENDING")
    .where("claimed_at", "<", claimedBefore)
    .returning("id")
    .execute();
  return rows.map((row) => row.id);
}

/** The latest messages the outbox provider kept (local development). */
export function listOutbox(db: Database, limit: number) {
  return db.selectFrom("outbox_messages").selectAll().orderBy("created_at", "desc").limit(limit).execute();
}
