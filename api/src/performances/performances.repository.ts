import { type Compilable, sql } from "kysely";
import type { Database } from "../db/database";
import type {
  NewPerformanceRow,
  NewSeriesRow,
  PerformanceRow,
  PerformanceStatus,
  PerformanceUpdate,
  SeriesRow,
} from "../db/tables";

export function findPerformance(db: Database, id: string): Promise<PerformanceRow | undefined> {
  return db.selectFrom("performances").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findPerformancesByIds(db: Database, ids: readonly string[]): Promise<PerformanceRow[]> {
  return db.executeChunked(ids, (part) => db.selectFrom("performances").selectAll().where("id", "in", part));
}

export interface TimeKey {
  scheduledTime: string;
  id: string;
}

export interface PerformanceRange {
  /** scheduled_time >= from */
  from?: string;
  /** scheduled_time < to */
  to?: string;
  /** end_time > endsAfter: shows not yet over */
  endsAfter?: string;
  statuses?: readonly PerformanceStatus[];
  /** shows that have every one of these access features */
  withAccessFeatures?: readonly string[];
  /** shows that carry none of these content notes */
  withoutContentNotes?: readonly string[];
  /** keyset bounds on (scheduled_time, id), exclusive */
  after?: TimeKey;
  before?: TimeKey;
  /** newest first, for paging backwards */
  inverted?: boolean;
  limit: number;
}

/** One page of the calendar, in time order; one indexed range scan. */
export function listPerformances(db: Database, range: PerformanceRange): Promise<PerformanceRow[]> {
  let query = db.selectFrom("performances").selectAll();
  if (range.from !== undefined) query = query.where("scheduled_time", ">=", range.from);
  if (range.to !== undefined) query = query.where("scheduled_time", "<", range.to);
  if (range.endsAfter !== undefined) query = query.where("end_time", ">", range.endsAfter);
  if (range.statuses?.length) query = query.where("status", "in", range.statuses);
  for (const feature of range.withAccessFeatures ?? []) {
    query = query.where(sql<boolean>`exists (select 1 from json_each(access_features) where value = ${feature})`);
  }
  if (range.withoutContentNotes?.length) {
    const notes = sql.join(range.withoutContentNotes);
    query = query.where(sql<boolean>`not exists (select 1 from json_each(content_notes) where value in (${notes}))`);
  }
  const { after, before } = range;
  if (after)
    query = query.where((eb) => eb(eb.refTuple("scheduled_time", "id"), ">", eb.tuple(after.scheduledTime, after.id)));
  if (before)
    query = query.where((eb) =>
      eb(eb.refTuple("scheduled_time", "id"), "<", eb.tuple(before.scheduledTime, before.id)),
    );
  const direction = range.inverted ? "desc" : "asc";
  return query.orderBy("scheduled_time", direction).orderBy("id", direction).limit(range.limit).execute();
}

export function insertPerformanceQuery(db: Database, row: NewPerformanceRow) {
  return db.insertInto("performances").values(row);
}

export function insertOccurrencesQuery(db: Database, rows: readonly NewPerformanceRow[]) {
  // The (series_id, occurrence_date) index makes a repeated extension a no-op.
  return db
    .insertInto("performances")
    .values(rows)
    .onConflict((conflict) => conflict.columns(["series_id", "occurrence_date"]).doNothing());
}

export function updatePerformanceQuery(db: Database, id: string, changes: PerformanceUpdate) {
  return db.updateTable("performances").set(changes).where("id", "=", id);
}

export function findSeries(db: Database, id: string): Promise<SeriesRow | undefined> {
  return db.selectFrom("performance_series").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findSeriesByIds(db: Database, ids: readonly string[]): Promise<SeriesRow[]> {
  return db.executeChunked(ids, (part) => db.selectFrom("performance_series").selectAll().where("id", "in", part));
}

export function insertSeriesQuery(db: Database, row: NewSeriesRow) {
  return db.insertInto("performance_series").values(row);
}

export function updateSeriesQuery(db: Database, id: string, changes: Partial<NewSeriesRow>) {
  return db.updateTable("performance_series").set(changes).where("id", "=", id);
}

/** Occurrences of a series from a point in time on (inclusive), in order. */
export function listOccurrencesFrom(db: Database, seriesId: string, from: string): Promise<PerformanceRow[]> {
  return db
    .selectFrom("performances")
    .selectAll()
    .where("series_id", "=", seriesId)
    .where("scheduled_time", ">=", from)
    .orderBy("scheduled_time")
    .execute();
}

export async function hasOccurrencesBefore(db: Database, seriesId: string, before: string): Promise<boolean> {
  const row = await db
    .selectFrom("performances")
    .select("id")
    .where("series_id", "=", seriesId)
    .where("scheduled_time", "<", before)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Series that may need more occurrences written: still running past what is materialised. */
export function listSeriesToExtend(db: Database, horizonDate: string): Promise<SeriesRow[]> {
  return db
    .selectFrom("performance_series")
    .selectAll()
    .where("materialized_until", "<", horizonDate)
    .where((eb) => eb.or([eb("ends_on", "is", null), eb("ends_on", ">", eb.ref("materialized_until"))]))
    .execute();
}

/**
 * Moves a performance from `from` to another status with `changes`, only if it is still in
 * `from` (a compare-and-set: concurrent webhooks and organizer actions cannot both win).
 * Returns the updated row, or undefined when the status had changed meanwhile.
 */
export function updateStatusIf(
  db: Database,
  performanceId: string,
  from: PerformanceStatus,
  changes: PerformanceUpdate,
): Promise<PerformanceRow | undefined> {
  return db
    .updateTable("performances")
    .set(changes)
    .where("id", "=", performanceId)
    .where("status", "=", from)
    .returningAll()
    .executeTakeFirst();
}

/** Moves the time of the latest live input event forward (never back). */
export async function noteLiveEventTime(db: Database, performanceId: string, eventTime: string): Promise<void> {
  await db
    .updateTable("performances")
    .set({ live_status_updated_at: eventTime })
    .where("id", "=", performanceId)
    .where((eb) => eb.or([eb("live_status_updated_at", "is", null), eb("live_status_updated_at", "<", eventTime)]))
    .execute();
}

export type WriteQuery = Compilable;
