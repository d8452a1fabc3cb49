import type { Database } from "../db/database";
import type { Selectable } from "kysely";
import type { NewViewerSessionRow, PerformanceAnalyticsRow, PerformanceRow, ViewerSessionsTable } from "../db/tables";
import { type Audience, audienceOf, personWatching, type SessionSpan } from "./audience";

/** Writes many sessions' progress in one batch (one D1 round trip however many viewers). */
export async function upsertViewerSessions(db: Database, rows: readonly NewViewerSessionRow[]): Promise<void> {
  await db.batch(
    db.chunked(rows, (part) =>
      db
        .insertInto("viewer_sessions")
        .values(part)
        .onConflict((conflict) =>
          conflict.column("id").doUpdateSet((eb) => ({
            last_seen_at: eb.ref("excluded.last_seen_at"),
            watched_seconds: eb.ref("excluded.watched_seconds"),
            max_position_seconds: eb.ref("excluded.max_position_seconds"),
          })),
        ),
    ),
  );
}

/**
 * What a heartbeat is checked against, in one query: the show's status and length, and the
 * viewer's sign-in session (null columns when there is none). Undefined when the show is gone.
 */
export function findHeartbeatContext(db: Database, performanceId: string, authSessionId: string | null) {
  return db
    .selectFrom("performances as p")
    .leftJoin("sessions as s", (join) => join.on("s.id", "=", authSessionId ?? ""))
    .select([
      "p.status",
      "p.started_at",
      "p.duration_minutes",
      "p.recording_duration_seconds",
      "s.user_id as session_user_id",
      "s.revoked_at as session_revoked_at",
      "s.expires_at as session_expires_at",
    ])
    .where("p.id", "=", performanceId)
    .executeTakeFirst();
}

/** Records the most viewers seen at once since the previous sample. */
export async function insertViewerCountSample(
  db: Database,
  sample: { performanceId: string; at: string; viewers: number },
) {
  await db
    .insertInto("viewer_count_samples")
    .values({ performance_id: sample.performanceId, at: sample.at, viewers: sample.viewers })
    .onConflict((conflict) => conflict.columns(["performance_id", "at"]).doNothing())
    .execute();
}

export interface Watching {
  liveSeconds: number;
  replaySeconds: number;
  /** Whether the viewer's live (replay) watching is a view (see audience.ts) */
  liveView: boolean;
  replayView: boolean;
}

export const NOTHING_WATCHED: Watching = { liveSeconds: 0, replaySeconds: 0, liveView: false, replayView: false };

type SessionFields = Omit<Selectable<ViewerSessionsTable>, "id" | "performance_id">;

const toSpan = (row: SessionFields): SessionSpan => ({
  userId: row.user_id,
  mode: row.mode,
  country: row.country,
  startedAt: Date.parse(row.started_at),
  lastSeenAt: Date.parse(row.last_seen_at),
  watchedSeconds: row.watched_seconds,
  maxPositionSeconds: row.max_position_seconds,
});

/**
 * How long each of these viewers watched each show, live and replay, keyed `performance:user`,
 * by the same definition as every figure of the analytics; viewers who never pressed play are
 * absent. One round trip, however many keys.
 */
export async function findWatching(
  db: Database,
  keys: readonly { performanceId: string; userId: string }[],
): Promise<Map<string, Watching>> {
  const wanted = new Set(keys.map((key) => `${key.performanceId}:${key.userId}`));
  const rows = await db.executeChunked(keys, (part) =>
    db
      .selectFrom("viewer_sessions")
      .selectAll()
      .where("performance_id", "in", [...new Set(part.map((key) => key.performanceId))])
      .where("user_id", "in", [...new Set(part.map((key) => key.userId))]),
  );
  // Two parts can both match a pair neither asked for alone (the IN lists cross): take each session once.
  const sessions = new Map<string, Map<string, SessionSpan>>();
  for (const row of rows) {
    const key = `${row.performance_id}:${row.user_id}`;
    if (!wanted.has(key)) continue;
    const own = sessions.get(key) ?? new Map<string, SessionSpan>();
    own.set(row.id, toSpan(row));
    sessions.set(key, own);
  }
  return new Map([...sessions].map(([key, own]) => [key, personWatching([...own.values()])]));
}

export interface PerformanceAnalytics extends Audience {
  performanceId: string;
}

/**
 * Computes a show's analytics from its sessions and registrations (audience.ts holds the
 * definitions); the hub's samples draw the curve only once the sessions are gone.
 */
export async function computeAnalytics(db: Database, performanceId: string): Promise<PerformanceAnalytics> {
  const [performance, sessions, registrations, samples] = await Promise.all([
    db
      .selectFrom("performances")
      .select(["scheduled_time", "started_at", "ended_at", "recording_duration_seconds"])
      .where("id", "=", performanceId)
      .executeTakeFirst(),
    db
      .selectFrom("viewer_sessions")
      .select(["user_id", "mode", "country", "started_at", "last_seen_at", "watched_seconds", "max_position_seconds"])
      .where("performance_id", "=", performanceId)
      .execute(),
    db.selectFrom("performance_viewers").select("user_id").where("performance_id", "=", performanceId).execute(),
    db
      .selectFrom("viewer_count_samples")
      .select(["at", "viewers"])
      .where("performance_id", "=", performanceId)
      .orderBy("at")
      .execute(),
  ]);
  const startedAt = Date.parse(performance?.started_at ?? performance?.scheduled_time ?? new Date(0).toISOString());
  const endedAt = performance?.ended_at ? Date.parse(performance.ended_at) : null;
  const audience = audienceOf(
    sessions.map(toSpan),
    {
      startedAt,
      lengthSeconds: Math.max(performance?.recording_duration_seconds ?? 0, endedAt ? (endedAt - startedAt) / 1000 : 0),
    },
    registrations.map((row) => row.user_id),
  );
  if (sessions.length === 0 && samples.length > 0) audience.viewersOverTime = samples;
  return { performanceId, ...audience };
}

/**
 * A show's analytics: computed from its sessions, or, once the retention job has deleted them,
 * the summary stored before it did (countries and the per-session figures cannot be told again).
 */
export async function analyticsOf(db: Database, performanceId: string): Promise<PerformanceAnalytics> {
  const [computed, stored] = await Promise.all([
    computeAnalytics(db, performanceId),
    db
      .selectFrom("performance_analytics")
      .selectAll()
      .where("performance_id", "=", performanceId)
      .where("sessions_purged_at", "is not", null)
      .executeTakeFirst(),
  ]);
  if (!stored) return computed;
  return {
    ...computed,
    peakConcurrentViewers: stored.peak_concurrent_viewers,
    totalViews: stored.total_views,
    uniqueViewers: stored.unique_viewers,
    averageWatchSeconds: stored.average_watch_seconds,
    totalWatchSeconds: stored.average_watch_seconds * stored.unique_viewers,
    registered: stored.registered,
    watchedLive: stored.watched_live,
    watchedReplay: stored.watched_replay,
    noShow: stored.no_show,
  };
}

/**
 * Stores the summary of a show (written when it ends; recomputable at any time until the
 * retention job has deleted the sessions it is computed from: a final summary is never replaced).
 */
export async function saveAnalyticsSummary(db: Database, analytics: PerformanceAnalytics, now: string): Promise<void> {
  const values = {
    peak_concurrent_viewers: analytics.peakConcurrentViewers,
    total_views: analytics.totalViews,
    unique_viewers: analytics.uniqueViewers,
    average_watch_seconds: analytics.averageWatchSeconds,
    registered: analytics.registered,
    watched_live: analytics.watchedLive,
    watched_replay: analytics.watchedReplay,
    no_show: analytics.noShow,
    computed_at: now,
  };
  await db
    .insertInto("performance_analytics")
    .values({ performance_id: analytics.performanceId, ...values })
    .onConflict((conflict) =>
      conflict
        .column("performance_id")
        .doUpdateSet(values)
        .where("performance_analytics.sessions_purged_at", "is", null),
    )
    .execute();
}

/** Marks these shows' summaries final: their viewing sessions are about to be deleted. */
export async function markSessionsPurged(db: Database, performanceIds: readonly string[], now: string): Promise<void> {
  if (performanceIds.length === 0) return;
  await db.executeChunked(performanceIds, (part) =>
    db
      .updateTable("performance_analytics")
      .set({ sessions_purged_at: now })
      .where("performance_id", "in", part)
      .where("sessions_purged_at", "is", null),
  );
}

export type SummaryWithPerformance = PerformanceAnalyticsRow & { performance: PerformanceRow };

/** Stored summaries of shows in a time range, in time order. */
export async function listAnalyticsSummaries(
  db: Database,
  range: { from: string; to: string },
): Promise<SummaryWithPerformance[]> {
  const performances = await db
    .selectFrom("performances")
    .selectAll()
    .where("scheduled_time", ">=", range.from)
    .where("scheduled_time", "<", range.to)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("performance_analytics")
          .select("performance_id")
          .whereRef("performance_id", "=", "performances.id"),
      ),
    )
    .orderBy("scheduled_time")
    .execute();
  if (performances.length === 0) return [];
  const ids = performances.map((performance) => performance.id);
  const summaries = await db.executeChunked(ids, (part) =>
    db.selectFrom("performance_analytics").selectAll().where("performance_id", "in", part),
  );
  const byPerformance = new Map(summaries.map((summary) => [summary.performance_id, summary]));
  return performances.flatMap((performance) => {
    const summary = byPerformance.get(performance.id);
    return summary ? [{ ...summary, performance }] : [];
  });
}
