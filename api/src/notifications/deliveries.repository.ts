import { type Expression, type SqlBool, sql } from "kysely";
import type { Database } from "../db/database";
import type { DeliveryStatus, NotificationChannel, NotificationKind } from "../db/tables";
import { DEFAULT_LEAD_MINUTES, MAX_LEAD_MINUTES } from "./lead-times";

const CHANNELS: NotificationChannel[] = ["EMAIL", "SMS", "PUSH"];
const DEFAULT_LEADS_JSON = JSON.stringify(DEFAULT_LEAD_MINUTES);
/** The cron plans the reminders due within this window (registering and moving a show plan theirs at once). */
const CRON_PLANNING_WINDOW_MINUTES = 60;

export type AlertKind = Exclude<NotificationKind, "REMINDER">;

/**
 * Whether a registration (`pv`, with its fan's settings `ns`) wants messages on a channel: the
 * registration chose it, and the fan has an address there and has not opted out.
 */
function wantsChannel(channel: Expression<string>): Expression<SqlBool> {
  return sql<SqlBool>`(
    json_extract(pv.notification_preferences, '$.' || CASE ${channel} WHEN 'PUSH' THEN 'browser' ELSE lower(${channel}) END) = 1
    AND CASE ${channel}
      WHEN 'EMAIL' THEN ns.email_unsubscribed_at IS NULL
      WHEN 'SMS' THEN ns.phone_number IS NOT NULL AND ns.sms_stopped_at IS NULL
      ELSE EXISTS (SELECT 1 FROM push_subscriptions AS ps WHERE ps.user_id = pv.user_id)
    END)`;
}

/**
 * Plans one message per registered viewer and channel they chose, for the given performances,
 * to go out now. Returns the ids of the deliveries planned now: a delivery planned before (same
 * show, viewer, kind, channel and occasion) is not planned again.
 */
export async function planAlerts(
  db: Database,
  alert: { kind: AlertKind; performanceIds: readonly string[]; now: string },
): Promise<string[]> {
  const { kind, now } = alert;
  // Reschedules and running-late notices are about one scheduled time; a show moved again is told again.
  const occasion = kind === "RESCHEDULED" || kind === "RUNNING_LATE" ? sql<string>`p.scheduled_time` : sql<string>`''`;
  const rows = await db.executeChunked(alert.performanceIds, (part) => {
    let query = db
      .selectFrom("performance_viewers as pv")
      .innerJoin("performances as p", "p.id", "pv.performance_id")
      .leftJoin("notification_settings as ns", "ns.user_id", "pv.user_id")
      .innerJoin(channelsTable().as("c"), (join) => join.onTrue())
      .select([
        sql<string>`lower(hex(randomblob(16)))`.as("id"),
        "pv.performance_id",
        "pv.user_id",
        sql<NotificationKind>`${kind}`.as("kind"),
        sql<NotificationChannel>`c.channel`.as("channel"),
        occasion.as("occasion"),
        sql<string>`${now}`.as("send_at"),
        sql<string>`${now}`.as("created_at"),
      ])
      .where(wantsChannel(sql.ref("c.channel")))
      .where("p.id", "in", part);
    if (kind === "RUNNING_LATE") query = query.where(sql<SqlBool>`coalesce(ns.running_late, 1) = 1`);
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
      .columns(["id", "performance_id", "user_id", "kind", "channel", "occasion", "send_at", "created_at"])
      .expression(query)
      .onConflict((conflict) => conflict.doNothing())
      .returning("id");
  });
  return rows.map((row) => row.id);
}

function channelsTable() {
  return sql<{ channel: NotificationChannel }>`(${sql.join(
    CHANNELS.map((channel) => sql`SELECT ${sql.lit(channel)} AS channel`),
    sql` UNION ALL `,
  )})`;
}

/** Which registrations a planning run looks at. */
export type ReminderScope =
  /** the cron: every upcoming show, reminders due within the next hour */
  | { upcoming: true }
  /** shows that were just registered for or moved; all their reminders to come */
  | { performanceIds: readonly string[]; userId?: string }
  /** one fan's registrations, after their settings changed */
  | { userId: string };

/**
 * Plans reminders in one statement per part: one per registration, lead time (the
 * registration's own, else the fan's settings, else 24 h and 1 h) and channel, at the show's
 * time minus the lead time, as PLANNED. A reminder whose time has passed, or came before the
 * fan registered, is not planned; one planned before (same show, fan, channel, lead time and
 * scheduled time) is not planned again. Returns what was planned now.
 */
export async function planReminders(
  db: Database,
  scope: ReminderScope & { now: string },
): Promise<{ id: string; send_at: string }[]> {
  const { now } = scope;
  const build = (performanceIds?: readonly string[]) => {
    const sendAt = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', p.scheduled_time, '-' || lt.value || ' minutes')`;
    let query = db
      .selectFrom("performance_viewers as pv")
      .innerJoin("performances as p", "p.id", "pv.performance_id")
      .leftJoin("notification_settings as ns", "ns.user_id", "pv.user_id")
      .innerJoin(
        sql<{
          value: number;
        }>`json_each(coalesce(json_extract(pv.notification_preferences, '$.leadMinutes'), ns.reminder_lead_minutes, ${DEFAULT_LEADS_JSON}))`.as(
          "lt",
        ),
        (join) => join.onTrue(),
      )
      .innerJoin(channelsTable().as("c"), (join) => join.onTrue())
      .select([
        sql<string>`lower(hex(randomblob(16)))`.as("id"),
        "pv.performance_id",
        "pv.user_id",
        sql<NotificationKind>`'REMINDER'`.as("kind"),
        sql<NotificationChannel>`c.channel`.as("channel"),
        "p.scheduled_time as occasion",
        sql<number>`lt.value`.as("lead_minutes"),
        sendAt.as("send_at"),
        sql<DeliveryStatus>`'PLANNED'`.as("status"),
        sql<string>`${now}`.as("created_at"),
      ])
      .where("p.status", "=", "SCHEDULED")
      .where("p.scheduled_time", ">", now)
      .where(sendAt, ">", now)
      .where(sendAt, ">", sql<string>`pv.registered_at`)
      .where(wantsChannel(sql.ref("c.channel")));
    if ("upcoming" in scope) {
      const soon = new Date(Date.parse(now) + CRON_PLANNING_WINDOW_MINUTES * 60_000).toISOString();
      const horizon = new Date(Date.parse(soon) + MAX_LEAD_MINUTES * 60_000).toISOString();
      query = query.where("p.scheduled_time", "<=", horizon).where(sendAt, "<=", soon);
    }
    if (performanceIds) query = query.where("p.id", "in", performanceIds);
    if ("userId" in scope && scope.userId) query = query.where("pv.user_id", "=", scope.userId);
    return db
      .insertInto("notification_deliveries")
      .columns([
        "id",
        "performance_id",
        "user_id",
        "kind",
        "channel",
        "occasion",
        "lead_minutes",
        "send_at",
        "status",
        "created_at",
      ])
      .expression(query)
      .onConflict((conflict) => conflict.doNothing())
      .returning(["id", "send_at"]);
  };
  if ("performanceIds" in scope) return db.executeChunked(scope.performanceIds, (part) => build(part));
  return build().execute();
}

/**
 * Reminders planned and not sent yet are dropped: for shows cancelled (all), shows moved (those
 * planned for an earlier time), or a fan's registrations (unregistering, new settings).
 */
export async function dropPlannedReminders(
  db: Database,
  scope:
    | { performanceIds: readonly string[]; movedOnly?: boolean; userId?: string }
    | { userId: string; channel?: NotificationChannel },
): Promise<number> {
  const build = (performanceIds?: readonly string[]) => {
    let query = db.deleteFrom("notification_deliveries").where("status", "=", "PLANNED");
    if (performanceIds) query = query.where("performance_id", "in", performanceIds);
    if ("movedOnly" in scope && scope.movedOnly) {
      query = query.where(
        sql<SqlBool>`occasion <> (SELECT scheduled_time FROM performances WHERE performances.id = notification_deliveries.performance_id)`,
      );
    }
    if (scope.userId) query = query.where("user_id", "=", scope.userId);
    if ("channel" in scope && scope.channel) query = query.where("channel", "=", scope.channel);
    return query.returning("id");
  };
  const rows =
    "performanceIds" in scope
      ? await db.executeChunked(scope.performanceIds, (part) => build(part))
      : await build().execute();
  return rows.length;
}

/** A fan's planned reminders are planned again from their registrations and settings. */
export async function replanReminders(db: Database, scope: { userId: string; now: string }): Promise<void> {
  await dropPlannedReminders(db, { userId: scope.userId });
  await planReminders(db, scope);
}

/**
 * Planned deliveries whose time has come: QUEUED to be sent, or SKIPPED when their show
 * started before they could go (a cron that was down). Returns the ids to put on the queue.
 */
export async function releaseDueDeliveries(db: Database, now: string): Promise<string[]> {
  const rows = await db
    .updateTable("notification_deliveries")
    .set({ status: sql<DeliveryStatus>`CASE WHEN occasion > ${now} THEN 'QUEUED' ELSE 'SKIPPED' END` })
    .where("status", "=", "PLANNED")
    .where("send_at", "<=", now)
    .returning(["id", "status"])
    .execute();
  return rows.filter((row) => row.status === "QUEUED").map((row) => row.id);
}

/** Deliveries with what their message needs: recipient, address, opt-outs and show. */
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
        "d.lead_minutes",
        "d.performance_id",
        "d.user_id",
        "u.name",
        "u.email",
        "ns.phone_number",
        "ns.time_zone",
        "ns.email_unsubscribed_at",
        "ns.sms_stopped_at",
        "p.title",
        "p.scheduled_time",
        "p.cancellation_message",
        "p.thumbnail_key",
      ])
      .where("d.id", "in", part),
  );
}
export type DeliveryToSend = Awaited<ReturnType<typeof findDeliveriesToSend>>[number];

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

export interface DeliveryKey {
  sendAt: string;
  id: string;
}

/** A show's deliveries in planned-time order (one fan's, or everyone's), a page at a time. */
export function listDeliveriesOfPerformance(
  db: Database,
  performanceId: string,
  page: { userId?: string; after?: DeliveryKey; before?: DeliveryKey; inverted?: boolean; limit: number },
) {
  let query = db
    .selectFrom("notification_deliveries")
    .select([
      "id",
      "user_id",
      "kind",
      "channel",
      "lead_minutes",
      "send_at",
      "status",
      "sent_at",
      "attempts",
      "last_error",
    ])
    .where("performance_id", "=", performanceId);
  if (page.userId) query = query.where("user_id", "=", page.userId);
  const { after, before } = page;
  if (after) query = query.where((eb) => eb(eb.refTuple("send_at", "id"), ">", eb.tuple(after.sendAt, after.id)));
  if (before) query = query.where((eb) => eb(eb.refTuple("send_at", "id"), "<", eb.tuple(before.sendAt, before.id)));
  const direction = page.inverted ? "desc" : "asc";
  return query.orderBy("send_at", direction).orderBy("id", direction).limit(page.limit).execute();
}
export type DeliveryListRow = Awaited<ReturnType<typeof listDeliveriesOfPerformance>>[number];

/** How many of a show's deliveries (one fan's, or everyone's) are in each status. */
export async function countDeliveriesByStatus(db: Database, performanceId: string, userId?: string) {
  let query = db
    .selectFrom("notification_deliveries")
    .select(["status", (eb) => eb.fn.countAll<number>().as("count")])
    .where("performance_id", "=", performanceId);
  if (userId) query = query.where("user_id", "=", userId);
  const rows = await query.groupBy("status").execute();
  return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
}
