import type { Database } from "../db/database";
import type { PerformanceRow, RegistrationRow } from "../db/tables";

export interface NotificationPreferences {
  email: boolean;
  sms: boolean;
  browser: boolean;
  /** Reminder lead times in minutes; absent on registrations older than lead times (the settings' apply) */
  leadMinutes?: number[];
}

export function parsePreferences(json: string): NotificationPreferences {
  const value = JSON.parse(json) as Partial<NotificationPreferences>;
  return {
    email: value.email === true,
    sms: value.sms === true,
    browser: value.browser === true,
    ...(Array.isArray(value.leadMinutes) ? { leadMinutes: value.leadMinutes.filter(Number.isInteger) } : {}),
  };
}

/** Registers, or updates the preferences of an existing registration (registering twice is harmless). */
export async function upsertRegistration(
  db: Database,
  registration: { performanceId: string; userId: string; preferences: NotificationPreferences; now: string },
): Promise<RegistrationRow> {
  return db
    .insertInto("performance_viewers")
    .values({
      performance_id: registration.performanceId,
      user_id: registration.userId,
      notification_preferences: JSON.stringify(registration.preferences),
      registered_at: registration.now,
    })
    .onConflict((conflict) =>
      conflict.columns(["performance_id", "user_id"]).doUpdateSet((eb) => ({
        notification_preferences: eb.ref("excluded.notification_preferences"),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteRegistration(db: Database, performanceId: string, userId: string): Promise<void> {
  await db
    .deleteFrom("performance_viewers")
    .where("performance_id", "=", performanceId)
    .where("user_id", "=", userId)
    .execute();
}

/** The user's registrations among the given performances, in one query. */
export async function findRegistrationsOfUser(
  db: Database,
  userId: string,
  performanceIds: readonly string[],
): Promise<RegistrationRow[]> {
  return db.executeChunked(performanceIds, (part) =>
    db.selectFrom("performance_viewers").selectAll().where("user_id", "=", userId).where("performance_id", "in", part),
  );
}

/** Registration counts for many performances in one grouped query. */
export async function countRegistrations(
  db: Database,
  performanceIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db.executeChunked(performanceIds, (part) =>
    db
      .selectFrom("performance_viewers")
      .select(["performance_id", (eb) => eb.fn.countAll<number>().as("count")])
      .where("performance_id", "in", part)
      .groupBy("performance_id"),
  );
  return new Map(rows.map((row) => [row.performance_id, Number(row.count)]));
}

export type RegistrationWithPerformance = RegistrationRow & { performance: PerformanceRow };

/** A user's registrations with their performances, in time order, filtered by the show's end. */
export async function listRegistrationsOfUser(
  db: Database,
  userId: string,
  filter: { endsAfter?: string; endedBefore?: string; limit: number },
): Promise<RegistrationWithPerformance[]> {
  let query = db
    .selectFrom("performance_viewers")
    .innerJoin("performances", "performances.id", "performance_viewers.performance_id")
    .selectAll("performances")
    .select([
      "performance_viewers.user_id",
      "performance_viewers.performance_id",
      "performance_viewers.notification_preferences",
      "performance_viewers.registered_at",
    ])
    .where("performance_viewers.user_id", "=", userId);
  if (filter.endsAfter) query = query.where("performances.end_time", ">", filter.endsAfter);
  if (filter.endedBefore) query = query.where("performances.end_time", "<=", filter.endedBefore);
  const rows = await query
    .orderBy("performances.scheduled_time", filter.endedBefore ? "desc" : "asc")
    .limit(filter.limit)
    .execute();
  return rows.map(({ user_id, performance_id, notification_preferences, registered_at, ...performance }) => ({
    user_id,
    performance_id,
    notification_preferences,
    registered_at,
    performance,
  }));
}

export interface RegistrationKey {
  registeredAt: string;
  userId: string;
}

/** Everyone registered for a performance, oldest registration first (for organizers). */
export function listRegistrationsOfPerformance(
  db: Database,
  performanceId: string,
  page: { after?: RegistrationKey; before?: RegistrationKey; inverted?: boolean; limit: number },
): Promise<RegistrationRow[]> {
  let query = db.selectFrom("performance_viewers").selectAll().where("performance_id", "=", performanceId);
  const { after, before } = page;
  if (after)
    query = query.where((eb) =>
      eb(eb.refTuple("registered_at", "user_id"), ">", eb.tuple(after.registeredAt, after.userId)),
    );
  if (before)
    query = query.where((eb) =>
      eb(eb.refTuple("registered_at", "user_id"), "<", eb.tuple(before.registeredAt, before.userId)),
    );
  const direction = page.inverted ? "desc" : "asc";
  return query.orderBy("registered_at", direction).orderBy("user_id", direction).limit(page.limit).execute();
}
