import { computeAnalytics, saveAnalyticsSummary } from "./analytics/analytics.repository";
import { enqueueArchive } from "./archive/archive.service";
import { syncLiveInputs } from "./broadcast/live-input.service";
import { edgeCache, forgetScheduleVersion } from "./calendar-cache";
import { raiseOrganizerAlert } from "./broadcast/organizer-alerts.service";
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
      publish: async (kind, performances) => {
        // Every show change passes here: the public calendar's cached pages are out of date.
        await forgetScheduleVersion(edgeCache());
        await publishPerformanceChanges(deps, kind, performances);
      },
      alertViewers: async (kind, performanceIds) => {
        await alertViewers(deps, kind, performanceIds);
      },
      alertOrganizers: async (kind, performance) => {
        await raiseOrganizerAlert(deps, kind, performance);
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
