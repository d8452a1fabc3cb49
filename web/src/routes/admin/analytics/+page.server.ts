import { graphql } from "$lib/graphql/generated";
import { graphqlFor } from "$lib/server/graphql";
import { badParameter } from "$lib/server/bad-input";
import { formatDateShort, formatSeconds, parsePlainDate, startOfDay, todayIn } from "$lib/server/time";
import type { PageServerLoad } from "./$types";

const AnalyticsOverview = graphql(`
  query AnalyticsOverview($from: DateTime!, $to: DateTime!) {
    analyticsReport(from: $from, to: $to) {
      shows
      registered
      totalViews
      noShow
      uniqueViewersPerShow
    }
    performanceAnalytics(from: $from, to: $to) {
      peakConcurrentViewers
      uniqueViewers
      totalViews
      averageWatchSeconds
      funnel {
        registered
        watchedLive
        watchedReplay
        noShow
      }
      performance {
        id
        title
        scheduledTime
      }
    }
  }
`);

/** The API answers at most 366 days at once. */
const MAX_DAYS = 366;

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const today = todayIn(zone, event.locals.now);
  const params = event.url.searchParams;
  // Dates are inclusive, in the organizer's zone; the default is the last 30 days.
  const dateOf = (name: string) => {
    const value = params.get(name);
    if (!value) return undefined;
    return parsePlainDate(value) ?? badParameter("The report's dates must be real days, like 2026-12-31.");
  };
  let to = dateOf("to") ?? today;
  let from = dateOf("from") ?? to.subtract({ days: 29 });
  let message: string | null = null;
  if (from.until(to).days < 0) {
    [from, to] = [to, from];
    message = "The dates were the wrong way round: they are swapped.";
  }
  if (from.until(to).days >= MAX_DAYS) {
    from = to.subtract({ days: MAX_DAYS - 1 });
    message = `At most ${MAX_DAYS} days at once: the range starts on ${from.toString()}.`;
  }
  const range = { from: startOfDay(from, zone), to: startOfDay(to.add({ days: 1 }), zone) };
  const { analyticsReport, performanceAnalytics } = await graphqlFor(event).query(AnalyticsOverview, range);
  return {
    from: from.toString(),
    to: to.toString(),
    message,
    report: analyticsReport,
    shows: [...performanceAnalytics]
      .sort((a, b) => Date.parse(a.performance.scheduledTime) - Date.parse(b.performance.scheduledTime))
      .map((summary) => ({
        ...summary,
        date: formatDateShort(summary.performance.scheduledTime, zone),
        averageWatch: formatSeconds(summary.averageWatchSeconds),
      })),
  };
};
