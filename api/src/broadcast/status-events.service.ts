import { computeAnalytics, saveAnalyticsSummary } from "../analytics/analytics.repository";
import { Database } from "../db/database";
import { alertViewers } from "../notifications/notify.service";
import { publishPerformanceChanges } from "../realtime/hub-client";
import type { StatusChange } from "../performances/transitions.service";

/**
 * Tells everyone watching a performance (and the calendar) that its status changed, and its
 * registered viewers that it went live. When a show ends, its analytics summary is stored,
 * after its hub has flushed the last sessions.
 */
export async function announceStatusChange(
  env: Pick<Env, "PERFORMANCE_HUB" | "DB" | "NOTIFICATIONS">,
  change: StatusChange,
): Promise<void> {
  await publishPerformanceChanges(env, "STATUS", [change.after]);
  // "Live now" goes out once, when the show first goes live (not after each intermission).
  if (change.before.status === "SCHEDULED" && change.after.status === "LIVE") {
    await alertViewers(env, new Database(env.DB), "LIVE", [change.after.id]);
  }
  if (change.after.status === "ENDED") {
    const db = new Database(env.DB);
    await saveAnalyticsSummary(db, await computeAnalytics(db, change.after.id), new Date().toISOString());
  }
}
