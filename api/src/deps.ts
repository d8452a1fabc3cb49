import type { Config } from "./config";
import type { Database } from "./db/database";
import type { OrganizerAlertKind, PerformanceRow } from "./db/tables";

/** Where services read the time: the real clock in the Worker, a fixed one in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What changed about a performance, as told to its subscribers and to the schedule. */
export type PerformanceChangeKind = "CREATED" | "STATUS" | "RESCHEDULED" | "UPDATED" | "CANCELLED";

/**
 * The modules a show change reaches beyond performances/. performances/changes.service.ts
 * decides what goes where and when; these only carry it there.
 */
export interface FanOut {
  /** Realtime: the shows' subscribers and the calendar */
  publish(kind: PerformanceChangeKind, performances: readonly PerformanceRow[]): Promise<void>;
  /** Notifications: the shows' registered viewers, through the queue */
  alertViewers(
    kind: "LIVE" | "CANCELLED" | "RESCHEDULED" | "RUNNING_LATE" | "REPLAY_READY",
    performanceIds: readonly string[],
  ): Promise<void>;
  /** Broadcast: the organizers hear about a show's feed (once per occasion) */
  alertOrganizers(kind: OrganizerAlertKind, performance: PerformanceRow): Promise<void>;
  /** Stream: the shows' live inputs follow the schedule */
  syncLiveInputs(kind: PerformanceChangeKind, performances: readonly PerformanceRow[]): Promise<void>;
  /** Analytics: an ended show's stored summary */
  storeAnalyticsSummary(performanceId: string): Promise<void>;
  /** Archive: a ready recording is copied into R2, through the queue */
  archiveRecording(recording: { performanceId: string; videoId: string }): Promise<void>;
}

/**
 * The one dependency object services take. Built at each entry (the Yoga context, the HTTP
 * routes, the cron and queue handlers) by createAppDeps in app-deps.ts.
 */
export interface AppDeps {
  db: Database;
  config: Config;
  env: Env;
  clock: Clock;
  fanOut: FanOut;
  /** Work that may finish after the response is sent */
  waitUntil(promise: Promise<unknown>): void;
}
