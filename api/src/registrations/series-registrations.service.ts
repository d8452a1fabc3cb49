import type { SeriesRow, SeriesRegistrationRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { ConflictError, NotFoundError } from "../errors";
import { findSeriesByIds } from "../performances/performances.repository";
import { enforceRateLimits } from "../security/rate-limits";
import { choosePreferences, type GivenPreferences } from "./registrations.service";
import * as repository from "./series-registrations.repository";

async function mustFindSeries(deps: AppDeps, seriesId: string): Promise<SeriesRow> {
  const [series] = await findSeriesByIds(deps.db, [seriesId]);
  if (!series) throw new NotFoundError("PerformanceSeries", seriesId);
  return series;
}

/**
 * Registers the fan for every show of a series still to come, and for those written later.
 * Counts against the same per-viewer limit as registering for one show.
 */
export async function registerForSeries(
  deps: AppDeps,
  request: { seriesId: string; userId: string; preferences: GivenPreferences },
): Promise<SeriesRegistrationRow> {
  await enforceRateLimits(deps.env, [{ limiter: "registration", key: request.userId }]);
  const series = await mustFindSeries(deps, request.seriesId);
  const now = deps.clock.now().toISOString();
  if (series.ends_on !== null && !(await repository.hasShowsToCome(deps.db, series.id, now))) {
    throw new ConflictError("This series is over: there are no more shows to register for");
  }
  const preferences = await choosePreferences(deps, request.userId, request.preferences);
  return repository.registerForSeries(deps.db, { seriesId: series.id, userId: request.userId, preferences, now });
}

/** Leaves a series: its shows still to come lose the registration; harmless when not registered. */
export async function unregisterFromSeries(deps: AppDeps, seriesId: string, userId: string): Promise<SeriesRow> {
  const series = await mustFindSeries(deps, seriesId);
  await repository.unregisterFromSeries(deps.db, { seriesId, userId, now: deps.clock.now().toISOString() });
  return series;
}
