import type { Database } from "../db/database";
import type { NewViewerSessionRow, PerformanceAnalyticsRow, PerformanceRow } from "../db/tables";

/** A session counts as a view once this much has been watched. */
export const VIEW_THRESHOLD_SECONDS = 30;

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
  /** Sessions started: a fan who pressed play counts as having watched, as in the funnel */
  liveSessions: number;
  replaySessions: number;
  liveSeconds: number;
  replaySeconds: number;
}

export const NOTHING_WATCHED: Watching = { liveSessions: 0, replaySessions: 0, liveSeconds: 0, replaySeconds: 0 };

/**
 * How long each of these viewers watched each show, live and replay, keyed `performance:user`;
 * viewers who never pressed play are absent. One round trip, however many keys.
 */
export async function findWatching(
  db: Database,
  keys: readonly { performanceId: string; userId: string }[],
): Promise<Map<string, Watching>> {
  const watching = new Map<string, Watching>();
  const wanted = new Set(keys.map((key) => `${key.performanceId}:${key.userId}`));
  const rows = await db.executeChunked(keys, (part) =>
    db
      .selectFrom("viewer_sessions")
      .select([
        "performance_id",
        "user_id",
        "mode",
        (eb) => eb.fn.countAll<number>().as("sessions"),
        (eb) => eb.fn.sum<number>("watched_seconds").as("seconds"),
      ])
      .where("performance_id", "in", [...new Set(part.map((key) => key.performanceId))])
      .where("user_id", "in", [...new Set(part.map((key) => key.userId))])
      .groupBy(["performance_id", "user_id", "mode"]),
  );
  // Two parts can both match a pair neither asked for alone (the IN lists cross): count each
  // (show, viewer, mode) group once.
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.performance_id}:${row.user_id}`;
    if (!wanted.has(key) || seen.has(`${key}:${row.mode}`)) continue;
    seen.add(`${key}:${row.mode}`);
    const entry = watching.get(key) ?? { ...NOTHING_WATCHED };
    if (row.mode === "LIVE") {
      entry.liveSessions += Number(row.sessions);
      entry.liveSeconds += Number(row.seconds);
    } else {
      entry.replaySessions += Number(row.sessions);
      entry.replaySeconds += Number(row.seconds);
    }
    watching.set(key, entry);
  }
  return watching;
}

export interface PerformanceAnalytics {
  performanceId: string;
  peakConcurrentViewers: number;
  totalViews: number;
  uniqueViewers: number;
  averageWatchSeconds: number;
  registered: number;
  watchedLive: number;
  watchedReplay: number;
  noShow: number;
  countries: Array<{ country: string | null; viewers: number }>;
  viewersOverTime: Array<{ at: string; viewers: number }>;
}

/** Computes a show's analytics from its sessions, samples and registrations (5 queries, one round trip each). */
export async function computeAnalytics(db: Database, performanceId: string): Promise<PerformanceAnalytics> {
  const sessions = db.selectFrom("viewer_sessions").where("performance_id", "=", performanceId);
  const [views, perMode, countries, samples, funnel] = await Promise.all([
    sessions
      .select((eb) => [
        eb.fn.countAll<number>().as("views"),
        eb.fn.count<number>("user_id").distinct().as("viewers"),
        eb.fn.sum<number>("watched_seconds").as("watched"),
      ])
      .where("watched_seconds", ">=", VIEW_THRESHOLD_SECONDS)
      .executeTakeFirst(),
    sessions
      .select(["mode", (eb) => eb.fn.count<number>("user_id").distinct().as("viewers")])
      .groupBy("mode")
      .execute(),
    sessions
      .select(["country", (eb) => eb.fn.count<number>("user_id").distinct().as("viewers")])
      .where("watched_seconds", ">=", VIEW_THRESHOLD_SECONDS)
      .groupBy("country")
      .orderBy("viewers", "desc")
      .execute(),
    db
      .selectFrom("viewer_count_samples")
      .select(["at", "viewers"])
      .where("performance_id", "=", performanceId)
      .orderBy("at")
      .execute(),
    db
      .selectFrom("performance_viewers as registration")
      .select((eb) => [
        eb.fn.countAll<number>().as("registered"),
        eb.fn
          .countAll<number>()
          .filterWhere(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom("viewer_sessions")
                  .select("id")
                  .whereRef("viewer_sessions.user_id", "=", "registration.user_id")
                  .where("viewer_sessions.performance_id", "=", performanceId),
              ),
            ),
          )
          .as("noShow"),
      ])
      .where("registration.performance_id", "=", performanceId)
      .executeTakeFirst(),
  ]);
  const uniqueViewers = Number(views?.viewers ?? 0);
  const modeViewers = (mode: string) => Number(perMode.find((row) => row.mode === mode)?.viewers ?? 0);
  return {
    performanceId,
    peakConcurrentViewers: Math.max(0, ...samples.map((sample) => sample.viewers)),
    totalViews: Number(views?.views ?? 0),
    uniqueViewers,
    averageWatchSeconds: uniqueViewers ? Math.round(Number(views?.watched ?? 0) / uniqueViewers) : 0,
    registered: Number(funnel?.registered ?? 0),
    watchedLive: modeViewers("LIVE"),
    watchedReplay: modeViewers("REPLAY"),
    noShow: Number(funnel?.noShow ?? 0),
    countries: countries.map((row) => ({ country: row.country, viewers: Number(row.viewers) })),
    viewersOverTime: samples,
  };
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
