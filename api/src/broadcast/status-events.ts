import { computeAnalytics, saveAnalyticsSummary } from "../analytics/repository";
import { Database } from "../db/database";
import { publishPerformanceChanges } from "../realtime/hub-client";
import type { StatusChange } from "./transitions";

/**
 * Tells everyone watching a performance (and the calendar) that its status changed. When a
 * show ends, its analytics summary is stored, after its hub has flushed the last sessions.
 */
export async function announceStatusChange(
  env: Pick<Env, "PERFORMANCE_HUB" | "DB">,
  change: StatusChange,
): Promise<void> {
  await publishPerformanceChanges(env, "STATUS", [change.after]);
  if (change.after.status === "ENDED") {
    const db = new Database(env.DB);
    await saveAnalyticsSummary(db, await computeAnalytics(db, change.after.id), new Date().toISOString());
  }
}
