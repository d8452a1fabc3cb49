import { sql } from "kysely";
import { deleteChatDataOf } from "../chat/chat.repository";
import type { Database } from "../db/database";

/** The email an anonymised account keeps: unique, never deliverable (RFC 2606 .invalid). */
export const anonymisedEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

/** The tables whose rows belong to one person, by their `user_id`: deleted with the account. */
const OWN_ROWS = [
  "sessions",
  "external_identities",
  "performance_viewers",
  "account_links",
  "series_registrations",
  "calendar_feeds",
  "notification_settings",
] as const;
const OWN_ROWS_AFTER_OUTBOX = ["notification_deliveries", "push_subscriptions"] as const;
type OwnRowsTable = (typeof OWN_ROWS)[number] | (typeof OWN_ROWS_AFTER_OUTBOX)[number];

/**
 * Deletes what FireStream holds about a person and anonymises their account row, in one atomic
 * batch. The row itself stays (as "Deleted account", no email, no password), so the viewing
 * sessions that analytics count keep pointing at someone, and past shows' figures do not change.
 * An organizer is anonymised only while another organizer remains; the check and the change are
 * one statement, so two organizers deleting themselves at once cannot both succeed.
 * Tells whether this call anonymised the account, found it already gone, or was refused.
 */
export async function anonymiseUser(
  db: Database,
  userId: string,
  now: string,
): Promise<"anonymised" | "already-deleted" | "last-organizer"> {
  const email = anonymisedEmail(userId);
  const isGone = db
    .selectFrom("users")
    .select(sql.lit(1).as("gone"))
    .where("id", "=", userId)
    .where("email", "=", email);
  const userDeliveries = db.selectFrom("notification_deliveries").select("id").where("user_id", "=", userId);
  // Only once the account row is anonymised: a refused deletion (the last organizer) keeps everything.
  const deleteOwnRows = (table: OwnRowsTable) =>
    db
      .deleteFrom(table)
      .where("user_id", "=", userId)
      .where(({ exists }) => exists(isGone));
  await db.batch([
    db
      .updateTable("users")
      .set({ email, name: "Deleted account", password_hash: null, role: "VIEWER", updated_at: now })
      .where("id", "=", userId)
      .where("email", "!=", email)
      .where((eb) =>
        eb.or([
          eb("role", "!=", "ORGANIZER"),
          eb(
            eb
              .selectFrom("users as other")
              .select(eb.fn.countAll<number>().as("n"))
              .where("other.role", "=", "ORGANIZER"),
            ">",
            1,
          ),
        ]),
      ),
    ...OWN_ROWS.map(deleteOwnRows),
    // A delivery's outbox message goes before the delivery it points to.
    db
      .deleteFrom("outbox_messages")
      .where("delivery_id", "in", userDeliveries)
      .where(({ exists }) => exists(isGone)),
    ...OWN_ROWS_AFTER_OUTBOX.map(deleteOwnRows),
    ...deleteChatDataOf(db, userId, isGone),
  ]);
  const row = await db.selectFrom("users").select(["email", "updated_at"]).where("id", "=", userId).executeTakeFirst();
  if (!row) return "already-deleted";
  if (row.email !== email) return "last-organizer";
  return row.updated_at === now ? "anonymised" : "already-deleted";
}

/** Everything FireStream keeps about one person, as plain JSON-ready rows. */
export async function collectPersonalData(db: Database, userId: string) {
  const [
    profile,
    identities,
    sessions,
    registrations,
    settings,
    deliveries,
    messages,
    viewing,
    seriesRegistrations,
    calendarFeed,
    pushSubscriptions,
    chatMessages,
  ] = await Promise.all([
    db
      .selectFrom("users")
      .select(["id", "email", "name", "role", "created_at", "updated_at"])
      .select((eb) => eb("password_hash", "is not", null).as("has_password"))
      .where("id", "=", userId)
      .executeTakeFirst(),
    db
      .selectFrom("external_identities")
      .select(["issuer", "subject", "created_at"])
      .where("user_id", "=", userId)
      .execute(),
    db
      .selectFrom("sessions")
      .select(["id", "created_at", "expires_at", "revoked_at"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("performance_viewers")
      .innerJoin("performances", "performances.id", "performance_viewers.performance_id")
      .select([
        "performance_viewers.performance_id",
        "performances.title",
        "performances.scheduled_time",
        "performance_viewers.registered_at",
        "performance_viewers.notification_preferences",
      ])
      .where("performance_viewers.user_id", "=", userId)
      .orderBy("performance_viewers.registered_at")
      .execute(),
    db.selectFrom("notification_settings").selectAll().where("user_id", "=", userId).executeTakeFirst(),
    db
      .selectFrom("notification_deliveries")
      .select(["id", "performance_id", "kind", "channel", "status", "created_at", "sent_at"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("outbox_messages")
      .innerJoin("notification_deliveries", "notification_deliveries.id", "outbox_messages.delivery_id")
      .select([
        "outbox_messages.id",
        "outbox_messages.channel",
        "outbox_messages.recipient",
        "outbox_messages.subject",
        "outbox_messages.body",
        "outbox_messages.created_at",
      ])
      .where("notification_deliveries.user_id", "=", userId)
      .orderBy("outbox_messages.created_at")
      .execute(),
    db
      .selectFrom("viewer_sessions")
      .select([
        "id",
        "performance_id",
        "mode",
        "country",
        "started_at",
        "last_seen_at",
        "watched_seconds",
        "max_position_seconds",
      ])
      .where("user_id", "=", userId)
      .orderBy("started_at")
      .execute(),
    db
      .selectFrom("series_registrations")
      .innerJoin("performance_series", "performance_series.id", "series_registrations.series_id")
      .select([
        "series_registrations.series_id",
        "performance_series.title",
        "series_registrations.registered_at",
        "series_registrations.notification_preferences",
      ])
      .where("series_registrations.user_id", "=", userId)
      .orderBy("series_registrations.registered_at")
      .execute(),
    db.selectFrom("calendar_feeds").select(["created_at"]).where("user_id", "=", userId).executeTakeFirst(),
    db
      .selectFrom("push_subscriptions")
      .select(["id", "label", "endpoint", "created_at", "last_used_at"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("chat_messages")
      .innerJoin("performances", "performances.id", "chat_messages.performance_id")
      .select([
        "chat_messages.id",
        "chat_messages.performance_id",
        "performances.title",
        "chat_messages.author_name",
        "chat_messages.author_role",
        "chat_messages.body",
        "chat_messages.posted_at",
        "chat_messages.offset_seconds",
        "chat_messages.removed_at",
      ])
      .where("chat_messages.user_id", "=", userId)
      .orderBy("chat_messages.posted_at")
      .orderBy("chat_messages.id")
      .execute(),
  ]);
  return {
    profile,
    identities,
    sessions,
    registrations,
    settings,
    deliveries,
    messages,
    viewing,
    seriesRegistrations,
    calendarFeed: calendarFeed ?? null,
    pushSubscriptions,
    chatMessages,
  };
}
