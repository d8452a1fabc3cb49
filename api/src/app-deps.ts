import { computeAnalytics, saveAnalyticsSummary } from "./analytics/analytics.repository";
import { enqueueArchive } from "./archive/archive.service";
import { syncLiveInputs } from "./broadcast/live-input.service";
import { type Config, readConfig } from "./config";
import { Database } from "./db/database";
import { type AppDeps, type Clock, systemClock } from "./deps";
import { alertViewers } from "./notifications/notify.service";
import { publishPerformanceChanges } from "./realtime/hub-client";

/** What an entry knows: its bindings and its execution context; tests may set the clock and config. */
export interface EntryOptions {
  waitUntil(promise: Promise<unknown>): void;
  clock?: Clock;
  config?: Config;
}

/** The dependency object of one request, cron run or queue batch. */
export function createAppDeps(env: Env, options: EntryOptions): AppDeps {
  const deps: AppDeps = {
    db: new Database(env.DB),
    config: options.config ?? readConfig(env),
    env,
    clock: options.clock ?? systemClock,
    waitUntil: options.waitUntil,
    fanOut: {
      publish: (kind, performances) => publishPerformanceChanges(deps, kind, performances),
      alertViewers: async (kind, performanceIds) => {
        await alertViewers(deps, kind, performanceIds);
      },
      syncLiveInputs: (kind, performances) => syncLiveInputs(deps, kind, performances),
      storeAnalyticsSummary: async (performanceId) => {
        const analytics = await computeAnalytics(deps.db, performanceId);
        await saveAnalyticsSummary(deps.db, analytics, deps.clock.now().toISOString());
      },
      archiveRecording: async (recording) => {
        await enqueueArchive(deps, recording);
      },
    },
  };
  return deps;
}
