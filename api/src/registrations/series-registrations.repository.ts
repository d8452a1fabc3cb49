import type { Database } from "../db/database";
import type { SeriesRegistrationRow } from "../db/tables";
import type { NotificationPreferences } from "./registrations.repository";

/**
 * Registers a fan for a series and, in the same batch, for each of its shows that has not
 * ended and is not cancelled. Later shows inherit the series registration when they are written
 * (a trigger of migration 0012). Registering again updates the preferences everywhere.
 */
export async function registerForSeries(
  db: Database,
  registration: { seriesId: string; userId: string; preferences: NotificationPreferences; now: string },
): Promise<SeriesRegistrationRow> {
  const preferences = JSON.stringify(registration.preferences);
  await db.batch([
    db
      .insertInto("series_registrations")
      .values({
        series_id: registration.seriesId,
        user_id: registration.userId,
        notification_preferences: preferences,
        registered_at: registration.now,
      })
      .onConflict((conflict) =>
        conflict.columns(["series_id", "user_id"]).doUpdateSet({ notification_preferences: preferences }),
      ),
    db
      .insertInto("performance_viewers")
      .columns(["performance_id", "user_id", "notification_preferences", "registered_at"])
      .expression((eb) =>
        eb
          .selectFrom("performances")
          .select((inner) => [
            "id",
            inner.val(registration.userId).as("user_id"),
            inner.val(preferences).as("notification_preferences"),
            inner.val(registration.now).as("registered_at"),
          ])
          .where("series_id", "=", registration.seriesId)
          .where("status", "in", ["SCHEDULED", "LIVE", "INTERRUPTED"])
          .where("end_time", ">", registration.now),
      )
      .onConflict((conflict) =>
        conflict.columns(["performance_id", "user_id"]).doUpdateSet({ notification_preferences: preferences }),
      ),
  ]);
  const row = await findSeriesRegistration(db, registration.seriesId, registration.userId);
  if (!row) throw new Error("series registration was not written");
  return row;
}

/**
 * Ends a series registration and the registrations of the series' shows that have not started;
 * shows already on or over keep theirs (they are the fan's history).
 */
export async function unregisterFromSeries(
  db: Database,
  registration: { seriesId: string; userId: string; now: string },
): Promise<void> {
  await db.batch([
    db
      .deleteFrom("series_registrations")
      .where("series_id", "=", registration.seriesId)
      .where("user_id", "=", registration.userId),
    db
      .deleteFrom("performance_viewers")
      .where("user_id", "=", registration.userId)
      .where("performance_id", "in", (eb) =>
        eb
          .selectFrom("performances")
          .select("id")
          .where("series_id", "=", registration.seriesId)
          .where("status", "=", "SCHEDULED")
          .where("scheduled_time", ">", registration.now),
      ),
  ]);
}

export function findSeriesRegistration(
  db: Database,
  seriesId: string,
  userId: string,
): Promise<SeriesRegistrationRow | undefined> {
  return db
    .selectFrom("series_registrations")
    .selectAll()
    .where("series_id", "=", seriesId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export function findSeriesRegistrationsOfUser(
  db: Database,
  userId: string,
  seriesIds: readonly string[],
): Promise<SeriesRegistrationRow[]> {
  return db.executeChunked(seriesIds, (part) =>
    db.selectFrom("series_registrations").selectAll().where("user_id", "=", userId).where("series_id", "in", part),
  );
}

/** Whether the series has a show still to come (not ended, not cancelled). */
export async function hasShowsToCome(db: Database, seriesId: string, now: string): Promise<boolean> {
  const row = await db
    .selectFrom("performances")
    .select("id")
    .where("series_id", "=", seriesId)
    .where("status", "in", ["SCHEDULED", "LIVE", "INTERRUPTED"])
    .where("end_time", ">", now)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
