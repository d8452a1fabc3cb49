import type { Config } from "../config";
import type { PerformanceRow } from "../db/tables";

type WindowFacts = Pick<PerformanceRow, "status" | "ended_at" | "end_time" | "replay_window_hours">;

/** The show's replay window in hours: its own, or the site's default. 0 means no replay. */
export function replayWindowHours(config: Pick<Config, "replayWindowHours">, performance: WindowFacts): number {
  return performance.replay_window_hours ?? config.replayWindowHours;
}

/**
 * When the replay closes: the window after the show ended (after its planned end while it has
 * not ended yet, so fans can be told in advance). Null for a cancelled show, which has no replay.
 */
export function replayAvailableUntil(
  config: Pick<Config, "replayWindowHours">,
  performance: WindowFacts,
): string | null {
  if (performance.status === "CANCELLED") return null;
  const base = performance.ended_at ?? performance.end_time;
  return new Date(Date.parse(base) + replayWindowHours(config, performance) * 3_600_000).toISOString();
}

/** Whether the replay can still be watched (or registered for) at `now`. */
export function isReplayOpen(config: Pick<Config, "replayWindowHours">, performance: WindowFacts, now: Date): boolean {
  const until = replayAvailableUntil(config, performance);
  return until !== null && Date.parse(until) > now.getTime();
}
