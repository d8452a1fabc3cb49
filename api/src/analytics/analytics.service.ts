import type { AppDeps } from "../deps";
import { NotFoundError } from "../errors";
import { findPerformance } from "../performances/performances.repository";
import { analyticsOf, computeAnalytics, type PerformanceAnalytics, saveAnalyticsSummary } from "./analytics.repository";

/**
 * Recomputes a show's stored summary from its viewing sessions and answers its analytics. A
 * summary the retention job made final stays as it is (its sessions are gone).
 */
export async function refreshAnalytics(deps: AppDeps, performanceId: string): Promise<PerformanceAnalytics> {
  const performance = await findPerformance(deps.db, performanceId);
  if (!performance) throw new NotFoundError("Performance", performanceId);
  await saveAnalyticsSummary(deps.db, await computeAnalytics(deps.db, performance.id), deps.clock.now().toISOString());
  return analyticsOf(deps.db, performance.id);
}
