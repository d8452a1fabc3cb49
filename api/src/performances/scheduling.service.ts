import * as z from "../zod";
import { refuseInTransform } from "../zod";
import { multiLineText, singleLineText } from "../security/text";
import { MAX_REPLAY_WINDOW_HOURS } from "../config";
import type { Database } from "../db/database";
import type { NewPerformanceRow, PerformanceRow, PerformanceUpdate, SeriesRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { ConflictError, IllegalTransitionError, NotFoundError, validate } from "../errors";
import { storeThumbnail } from "../media/thumbnails";
import {
  findPerformance,
  findSeries,
  hasOccurrencesBefore,
  insertOccurrencesQuery,
  insertPerformanceQuery,
  insertSeriesQuery,
  listOccurrencesFrom,
  listSeriesToExtend,
  updatePerformanceQuery,
  updateSeriesQuery,
  type WriteQuery,
} from "./performances.repository";
import { accessFeaturesRule, contentNotesRule, type AccessFeature, type ContentNote } from "./accessibility";
import { announceScheduleChange } from "./changes.service";
import { nextStatus } from "./status";
import { addDays, daysBetween, instantAt, todayIn, toUtcInstant, wallClockOf, weeklyDates } from "../wall-clock";

/** How far ahead a series without an end is written out as performances. */
export const SERIES_HORIZON_WEEKS = 26;
const MAX_OCCURRENCES = 104;
/** A show may be scheduled a little in the past, for "going on now" entries. */
const PAST_GRACE_MS = 5 * 60_000;
const MAX_AHEAD_DAYS = 2 * 366;
export const MAX_DURATION_MINUTES = 12 * 60;

export type SeriesScope = "THIS_PERFORMANCE" | "THIS_AND_FOLLOWING";

const title = singleLineText().check(
  z.minLength(1, "must not be empty"),
  z.maxLength(120, "must be at most 120 characters"),
);
const description = multiLineText().check(z.maxLength(5000, "must be at most 5000 characters"));
const replayWindowHours = z
  .number()
  .check(
    z.int(),
    z.minimum(0, "must be 0 (no replay) or more hours"),
    z.maximum(MAX_REPLAY_WINDOW_HOURS, `must be at most ${MAX_REPLAY_WINDOW_HOURS} hours (a year)`),
  );
const durationMinutes = z
  .number()
  .check(
    z.int(),
    z.minimum(1, "must be at least 1 minute"),
    z.maximum(MAX_DURATION_MINUTES, `must be at most ${MAX_DURATION_MINUTES} minutes`),
  );

/** An instant in the near future, normalised to an ISO UTC string (stored times sort as text). */
function scheduledTimeRule(now: Date) {
  return z
    .pipe(
      z.string(),
      z.transform(
        (value: string, ctx) =>
          toUtcInstant(value) ?? refuseInTransform(ctx, "must be a date and time with a time zone offset"),
      ),
    )
    .check(
      z.refine((value) => Date.parse(value) >= now.getTime() - PAST_GRACE_MS, "must not be in the past"),
      z.refine((value) => Date.parse(value) <= now.getTime() + MAX_AHEAD_DAYS * 86_400_000, "must be within two years"),
    );
}

export interface NewPerformanceInput {
  replayWindowHours?: number | null;
  title: string;
  description?: string | null;
  scheduledTime: string;
  durationMinutes: number;
  thumbnail?: File | null;
  contentNotes?: readonly ContentNote[] | null;
  accessFeatures?: readonly AccessFeature[] | null;
  repeatWeekly?: { until?: string | null; occurrences?: number | null } | null;
}

export interface PerformanceChanges {
  /** null: back to the site default */
  replayWindowHours?: number | null;
  title?: string | null;
  description?: string | null;
  scheduledTime?: string | null;
  durationMinutes?: number | null;
  thumbnail?: File | null;
  removeThumbnail?: boolean | null;
  contentNotes?: readonly ContentNote[] | null;
  accessFeatures?: readonly AccessFeature[] | null;
}

/** Schedules one show, or the first of a weekly series and its occurrences up to the horizon. */
export async function createPerformance(
  deps: AppDeps,
  organizerId: string,
  input: NewPerformanceInput,
): Promise<PerformanceRow> {
  const { db } = deps;
  const now = deps.clock.now();
  const timeZone = deps.config.siteTimeZone;
  const fields = validate(
    z.object({
      title,
      description: z.pipe(
        z.nullish(description),
        z.transform((value: string | null | undefined) => value ?? ""),
      ),
      scheduledTime: scheduledTimeRule(now),
      durationMinutes,
      replayWindowHours: z.pipe(
        z.nullish(replayWindowHours),
        z.transform((value: number | null | undefined) => value ?? null),
      ),
      contentNotes: z.pipe(
        z.nullish(contentNotesRule),
        z.transform((value: ContentNote[] | null | undefined) => value ?? []),
      ),
      accessFeatures: z.pipe(
        z.nullish(accessFeaturesRule),
        z.transform((value: AccessFeature[] | null | undefined) => value ?? []),
      ),
      repeatWeekly: z.nullish(
        z
          .object({
            until: z.nullish(z.string()),
            occurrences: z.nullish(
              z
                .number()
                .check(
                  z.int(),
                  z.minimum(2, "must be at least 2"),
                  z.maximum(MAX_OCCURRENCES, `must be at most ${MAX_OCCURRENCES}`),
                ),
            ),
          })
          .check(
            z.refine((repeat) => !(repeat.until && repeat.occurrences), {
              message: "give either until or occurrences, not both",
            }),
          ),
      ),
    }),
    input,
    ["input"],
  );
  const first = wallClockOf(fields.scheduledTime, timeZone);
  const repeat = fields.repeatWeekly;
  let endsOn: string | null = null;
  if (repeat?.occurrences) endsOn = addDays(first.date, 7 * (repeat.occurrences - 1));
  if (repeat?.until) {
    validate(
      z.string().check(
        z.refine((until) => until >= first.date, "must not be before the first performance"),
        z.refine((until) => daysBetween(first.date, until) <= MAX_AHEAD_DAYS, "must be within two years"),
      ),
      repeat.until,
      ["input", "repeatWeekly", "until"],
    );
    endsOn = repeat.until;
  }

  const thumbnailKey = input.thumbnail
    ? await storeThumbnail(deps.env.MEDIA, input.thumbnail, ["input", "thumbnail"])
    : null;
  const stamp = now.toISOString();
  const base = {
    title: fields.title,
    description: fields.description,
    duration_minutes: fields.durationMinutes,
    thumbnail_key: thumbnailKey,
    replay_window_hours: fields.replayWindowHours,
    content_notes: JSON.stringify(fields.contentNotes),
    access_features: JSON.stringify(fields.accessFeatures),
    status: "SCHEDULED" as const,
    created_by: organizerId,
    created_at: stamp,
    updated_at: stamp,
  };

  if (!repeat) {
    const row = { ...base, id: crypto.randomUUID(), scheduled_time: fields.scheduledTime };
    await insertPerformanceQuery(db, row).execute();
    await announceScheduleChange(deps, "CREATED", [row.id]);
    return mustFind(db, row.id);
  }

  const series: SeriesRow = {
    id: crypto.randomUUID(),
    title: fields.title,
    description: fields.description,
    duration_minutes: fields.durationMinutes,
    thumbnail_key: thumbnailKey,
    replay_window_hours: fields.replayWindowHours,
    content_notes: JSON.stringify(fields.contentNotes),
    access_features: JSON.stringify(fields.accessFeatures),
    time_zone: timeZone,
    weekday: first.weekday,
    local_time: first.time,
    starts_on: first.date,
    ends_on: endsOn,
    materialized_until: first.date,
    created_by: organizerId,
    created_at: stamp,
    updated_at: stamp,
  };
  const dates = weeklyDates(first.date, horizonEnd(series, now));
  const occurrences = dates.map((date) => occurrenceOf(series, date, stamp));
  const [firstOccurrence] = occurrences;
  if (!firstOccurrence) throw new Error("a series has at least one occurrence");
  // The first keeps the instant asked for (in the autumn's repeated hour there are two candidates).
  firstOccurrence.scheduled_time = fields.scheduledTime;
  await db.batch([
    insertSeriesQuery(db, { ...series, materialized_until: dates.at(-1) ?? first.date }),
    ...db.chunked(occurrences, (rows) => insertOccurrencesQuery(db, rows)),
  ]);
  await announceScheduleChange(deps, "CREATED", [firstOccurrence.id]);
  return mustFind(db, firstOccurrence.id);
}

/** Edits one show, or it and every later show of its series ("this and following"). */
export async function updatePerformance(
  deps: AppDeps,
  id: string,
  changes: PerformanceChanges,
  scope: SeriesScope,
): Promise<PerformanceRow> {
  const { db } = deps;
  const now = deps.clock.now();
  const timeZone = deps.config.siteTimeZone;
  const performance = await findPerformance(db, id);
  if (!performance) throw new NotFoundError("Performance", id);
  const fields = validate(
    z
      .object({
        title: z.nullish(title),
        description: z.nullish(description),
        scheduledTime: z.nullish(scheduledTimeRule(now)),
        durationMinutes: z.nullish(durationMinutes),
        replayWindowHours: z.nullish(replayWindowHours),
        removeThumbnail: z.nullish(z.boolean()),
        contentNotes: z.nullish(contentNotesRule),
        accessFeatures: z.nullish(accessFeaturesRule),
      })
      .check(
        z.refine((value) => !(value.removeThumbnail && changes.thumbnail), {
          message: "give either thumbnail or removeThumbnail, not both",
          path: ["removeThumbnail"],
        }),
      ),
    changes,
    ["input"],
  );
  if (performance.status === "CANCELLED") throw new ConflictError("A cancelled performance cannot be edited");
  const moves = (fields.scheduledTime ?? performance.scheduled_time) !== performance.scheduled_time;
  const resizes = (fields.durationMinutes ?? performance.duration_minutes) !== performance.duration_minutes;
  if ((moves || resizes) && performance.status !== "SCHEDULED") {
    throw new ConflictError(`A ${performance.status.toLowerCase()} performance cannot be moved or resized`);
  }

  const stamp = now.toISOString();
  const common: PerformanceUpdate = { updated_at: stamp };
  if (fields.title != null) common.title = fields.title;
  if (fields.description != null) common.description = fields.description;
  if (fields.durationMinutes != null) common.duration_minutes = fields.durationMinutes;
  if (fields.replayWindowHours !== undefined) common.replay_window_hours = fields.replayWindowHours;
  if (changes.thumbnail)
    common.thumbnail_key = await storeThumbnail(deps.env.MEDIA, changes.thumbnail, ["input", "thumbnail"]);
  if (fields.removeThumbnail) common.thumbnail_key = null;
  if (fields.contentNotes) common.content_notes = JSON.stringify(fields.contentNotes);
  if (fields.accessFeatures) common.access_features = JSON.stringify(fields.accessFeatures);

  const series = performance.series_id ? await findSeries(db, performance.series_id) : undefined;
  if (scope === "THIS_PERFORMANCE" || !series || !performance.occurrence_date) {
    const update: PerformanceUpdate = { ...common };
    if (moves && fields.scheduledTime) update.scheduled_time = fields.scheduledTime;
    await updatePerformanceQuery(db, id, update).execute();
    await announceScheduleChange(deps, moves ? "RESCHEDULED" : "UPDATED", [id]);
    return mustFind(db, id);
  }

  // This and following: the pattern (weekday, time) and template change from this occurrence on.
  const slot = performance.occurrence_date;
  const target = moves && fields.scheduledTime ? wallClockOf(fields.scheduledTime, timeZone) : undefined;
  const dayShift = target ? daysBetween(slot, target.date) : 0;
  const localTime = target?.time ?? series.local_time;
  const template = {
    title: common.title ?? series.title,
    description: common.description ?? series.description,
    duration_minutes: common.duration_minutes ?? series.duration_minutes,
    thumbnail_key: common.thumbnail_key !== undefined ? common.thumbnail_key : series.thumbnail_key,
    replay_window_hours:
      common.replay_window_hours !== undefined ? common.replay_window_hours : series.replay_window_hours,
    content_notes: common.content_notes ?? series.content_notes,
    access_features: common.access_features ?? series.access_features,
    weekday: target?.weekday ?? series.weekday,
    local_time: localTime,
    ends_on: series.ends_on && addDays(series.ends_on, dayShift),
    materialized_until: addDays(series.materialized_until, dayShift),
    updated_at: stamp,
  };
  const writes: WriteQuery[] = [];
  let seriesId = series.id;
  if (await hasOccurrencesBefore(db, series.id, performance.scheduled_time)) {
    // Split: earlier shows keep the old series, which now ends before this one.
    seriesId = crypto.randomUUID();
    writes.push(
      updateSeriesQuery(db, series.id, { ends_on: addDays(slot, -1), updated_at: stamp }),
      insertSeriesQuery(db, {
        ...template,
        id: seriesId,
        time_zone: series.time_zone,
        starts_on: addDays(slot, dayShift),
        created_by: series.created_by,
        created_at: stamp,
      }),
    );
  } else {
    writes.push(updateSeriesQuery(db, series.id, { ...template, starts_on: addDays(slot, dayShift) }));
  }

  const following = await listOccurrencesFrom(db, series.id, performance.scheduled_time);
  // Move rows in the direction of the shift so no two share a (series, date) slot midway.
  if (dayShift > 0) following.reverse();
  for (const occurrence of following) {
    const update: PerformanceUpdate = { series_id: seriesId };
    if (occurrence.occurrence_date) {
      update.occurrence_date = addDays(occurrence.occurrence_date, dayShift);
      if (target && occurrence.status === "SCHEDULED") {
        update.scheduled_time = instantAt(update.occurrence_date, localTime, series.time_zone);
      }
    }
    if (occurrence.status === "SCHEDULED") Object.assign(update, common);
    writes.push(updatePerformanceQuery(db, occurrence.id, update));
  }
  await db.batch(writes);
  const changed = following
    .filter((occurrence) => occurrence.status === "SCHEDULED")
    .map((occurrence) => occurrence.id);
  await announceScheduleChange(deps, target ? "RESCHEDULED" : "UPDATED", changed);
  return mustFind(db, id);
}

/** What the circus may tell the fans when cancelling: a few lines of text. */
export const MAX_CANCELLATION_MESSAGE_LENGTH = 500;
const cancellationMessageRule = () =>
  multiLineText().check(
    z.maxLength(MAX_CANCELLATION_MESSAGE_LENGTH, `must be at most ${MAX_CANCELLATION_MESSAGE_LENGTH} characters`),
  );

/**
 * Cancels one show, or it and every later show of its series, with an optional message to the
 * fans (sent with the CANCELLED notice, shown on the show page). Cancelling twice is harmless.
 */
export async function cancelPerformance(
  deps: AppDeps,
  id: string,
  scope: SeriesScope,
  message?: string | null,
): Promise<PerformanceRow> {
  const { db } = deps;
  const now = deps.clock.now();
  const cancellationMessage = validate(cancellationMessageRule(), message ?? "", ["message"]) || null;
  const performance = await findPerformance(db, id);
  if (!performance) throw new NotFoundError("Performance", id);
  if (performance.status === "CANCELLED") return performance;
  if (!nextStatus(performance.status, "cancel")) throw new IllegalTransitionError(performance.status, "cancel");
  const stamp = now.toISOString();
  const cancelled = {
    status: "CANCELLED" as const,
    cancelled_at: stamp,
    updated_at: stamp,
    cancellation_message: cancellationMessage,
  };
  if (scope === "THIS_PERFORMANCE" || !performance.series_id || !performance.occurrence_date) {
    await updatePerformanceQuery(db, id, cancelled).execute();
    await announceScheduleChange(deps, "CANCELLED", [id]);
    return mustFind(db, id);
  }
  const following = await listOccurrencesFrom(db, performance.series_id, performance.scheduled_time);
  const cancellable = following.filter((occurrence) => nextStatus(occurrence.status, "cancel"));
  await db.batch([
    updateSeriesQuery(db, performance.series_id, {
      ends_on: addDays(performance.occurrence_date, -1),
      updated_at: stamp,
    }),
    ...cancellable.map((occurrence) => updatePerformanceQuery(db, occurrence.id, cancelled)),
  ]);
  await announceScheduleChange(
    deps,
    "CANCELLED",
    cancellable.map((occurrence) => occurrence.id),
  );
  return mustFind(db, id);
}

/** Writes out the occurrences of running series up to the horizon. Safe to run any number of times. */
export async function extendSeries(deps: AppDeps): Promise<number> {
  const { db } = deps;
  const now = deps.clock.now();
  const timeZone = deps.config.siteTimeZone;
  const horizon = addDays(todayIn(timeZone, now), SERIES_HORIZON_WEEKS * 7);
  const stamp = now.toISOString();
  let written = 0;
  for (const series of await listSeriesToExtend(db, horizon)) {
    const last = horizonEnd(series, now);
    const dates = weeklyDates(addDays(series.materialized_until, 7), last);
    if (dates.length === 0) continue;
    const rows = dates.map((date) => occurrenceOf(series, date, stamp));
    await db.batch([
      ...db.chunked(rows, (part) => insertOccurrencesQuery(db, part)),
      updateSeriesQuery(db, series.id, { materialized_until: dates.at(-1), updated_at: stamp }),
    ]);
    written += rows.length;
  }
  return written;
}

/** A series with an end is written out in full; one that runs on, up to the rolling horizon. */
function horizonEnd(series: Pick<SeriesRow, "ends_on" | "time_zone">, now: Date): string {
  return series.ends_on ?? addDays(todayIn(series.time_zone, now), SERIES_HORIZON_WEEKS * 7);
}

function occurrenceOf(series: SeriesRow, date: string, stamp: string): NewPerformanceRow & { id: string } {
  return {
    id: crypto.randomUUID(),
    title: series.title,
    description: series.description,
    duration_minutes: series.duration_minutes,
    thumbnail_key: series.thumbnail_key,
    replay_window_hours: series.replay_window_hours,
    content_notes: series.content_notes,
    access_features: series.access_features,
    scheduled_time: instantAt(date, series.local_time, series.time_zone),
    status: "SCHEDULED",
    series_id: series.id,
    occurrence_date: date,
    created_by: series.created_by,
    created_at: stamp,
    updated_at: stamp,
  };
}

async function mustFind(db: Database, id: string): Promise<PerformanceRow> {
  const row = await findPerformance(db, id);
  if (!row) throw new NotFoundError("Performance", id);
  return row;
}
