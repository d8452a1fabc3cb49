import type { AppDeps } from "../deps";
import { findPerformancesByIds } from "../performances/performances.repository";
import { markShowsRunningLate } from "./running-late.repository";

/** A show not live this long after its scheduled time is running late. */
export const RUNNING_LATE_AFTER_MINUTES = 10;

export function isRunningLate(performance: { status: string; scheduled_time: string }, now: Date): boolean {
  return (
    performance.status === "SCHEDULED" &&
    Date.parse(performance.scheduled_time) + RUNNING_LATE_AFTER_MINUTES * 60_000 <= now.getTime()
  );
}

/**
 * Shows that have not gone live 10 minutes after their time, noticed once per scheduled time:
 * their watch pages hear it (Performance.runningLate, through the subscription) and the fans who
 * chose the notice get it.
 */
export async function noticeLateShows(deps: AppDeps): Promise<string[]> {
  const now = deps.clock.now();
  const late = await markShowsRunningLate(deps.db, {
    scheduledBefore: new Date(now.getTime() - RUNNING_LATE_AFTER_MINUTES * 60_000).toISOString(),
    now: now.toISOString(),
  });
  if (late.length === 0) return [];
  await deps.fanOut.publish("UPDATED", await findPerformancesByIds(deps.db, late));
  await deps.fanOut.alertViewers("RUNNING_LATE", late);
  return late;
}
