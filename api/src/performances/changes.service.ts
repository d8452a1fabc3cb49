import type { AppDeps, PerformanceChangeKind } from "../deps";
import type { PerformanceRow } from "../db/tables";
import { findPerformancesByIds } from "./performances.repository";

/** A status change as stored: the row before and after the transition. */
export interface StatusChange {
  before: PerformanceRow;
  after: PerformanceRow;
}

/**
 * Every show change goes out through here, whoever caused it (an organizer over GraphQL or
 * REST, a Stream webhook, the cron sweep), once it is stored.
 *
 * A status change: the show's subscribers and the calendar hear it; the first time a show goes
 * LIVE (its feed connected, whether or not the organizer went live first) its registered viewers
 * are alerted ("live now" goes out once, not after each intermission, nor at a go-live with no
 * feed); when the feed drops during the show the organizers are alerted; when it ENDS, its analytics summary is stored (after publishing, which makes
 * its hub flush the last viewing sessions to D1).
 */
export async function announceStatusChange(deps: AppDeps, change: StatusChange): Promise<void> {
  const { before, after } = change;
  await deps.fanOut.publish("STATUS", [after]);
  const firstTimeLive = (before.status === "SCHEDULED" || before.status === "GOING_LIVE") && after.status === "LIVE";
  if (firstTimeLive) await deps.fanOut.alertViewers("LIVE", [after.id]);
  if (before.status === "LIVE" && after.status === "INTERRUPTED")
    await deps.fanOut.alertOrganizers("FEED_DROPPED", after);
  if (after.status === "ENDED") await deps.fanOut.storeAnalyticsSummary(after.id);
}

/**
 * A schedule change (shows created, edited, moved or cancelled): subscribers and the calendar
 * hear it, the registered viewers of a moved or cancelled show are told, and the shows' live
 * inputs follow (in the background: the schedule is the truth).
 */
export async function announceScheduleChange(
  deps: AppDeps,
  kind: Exclude<PerformanceChangeKind, "STATUS">,
  performanceIds: string[],
): Promise<void> {
  const rows = await findPerformancesByIds(deps.db, performanceIds);
  rows.sort((a, b) => a.scheduled_time.localeCompare(b.scheduled_time));
  await deps.fanOut.publish(kind, rows);
  if (kind === "CANCELLED" || kind === "RESCHEDULED") await deps.fanOut.alertViewers(kind, performanceIds);
  deps.waitUntil(deps.fanOut.syncLiveInputs(kind, rows));
}
