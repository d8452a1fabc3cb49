import { GraphQLError } from "graphql";
import { NotFoundError } from "../errors";
import { PerformanceRef } from "../performances/performance";
import { findPerformance } from "../performances/repository";
import { builder } from "../schema/builder";
import {
  computeAnalytics,
  listAnalyticsSummaries,
  type PerformanceAnalytics,
  saveAnalyticsSummary,
  type SummaryWithPerformance,
  VIEW_THRESHOLD_SECONDS,
} from "./repository";

const CountryViewersRef = builder.simpleObject("CountryViewers", {
  authScopes: { organizer: true },
  fields: (t) => ({
    country: t.string({ nullable: true, description: "ISO 3166-1 alpha-2; null when unknown" }),
    viewers: t.int(),
  }),
});

const ViewerSampleRef = builder.simpleObject("ViewerSample", {
  authScopes: { organizer: true },
  fields: (t) => ({
    at: t.field({ type: "DateTime" }),
    viewers: t.int({ description: "Most viewers at once in the interval ending at `at`" }),
  }),
});

const RegistrationFunnelRef = builder.simpleObject("RegistrationFunnel", {
  description: "From registration to watching: who came live, who caught the replay, who never came.",
  authScopes: { organizer: true },
  fields: (t) => ({
    registered: t.int(),
    watchedLive: t.int(),
    watchedReplay: t.int(),
    noShow: t.int({ description: "Registered viewers who watched neither live nor replay" }),
  }),
});

const PerformanceAnalyticsRef = builder.objectRef<PerformanceAnalytics>("PerformanceAnalytics").implement({
  description: `Who watched a show. A view is a session with at least ${VIEW_THRESHOLD_SECONDS} s watched.`,
  authScopes: { organizer: true },
  fields: (t) => ({
    peakConcurrentViewers: t.exposeInt("peakConcurrentViewers"),
    totalViews: t.exposeInt("totalViews"),
    uniqueViewers: t.exposeInt("uniqueViewers"),
    averageWatchSeconds: t.exposeInt("averageWatchSeconds", { description: "Per unique viewer" }),
    countries: t.field({ type: [CountryViewersRef], resolve: (analytics) => analytics.countries }),
    funnel: t.field({
      type: RegistrationFunnelRef,
      resolve: ({ registered, watchedLive, watchedReplay, noShow }) => ({
        registered,
        watchedLive,
        watchedReplay,
        noShow,
      }),
    }),
    viewersOverTime: t.field({ type: [ViewerSampleRef], resolve: (analytics) => analytics.viewersOverTime }),
  }),
});

builder.objectField(PerformanceRef, "analytics", (t) =>
  t.field({
    type: PerformanceAnalyticsRef,
    nullable: true,
    description: "Organizers only; computed from viewing sessions, so it is current during the show too",
    authScopes: { organizer: true },
    resolve: (performance, _args, context) => computeAnalytics(context.db, performance.id),
  }),
);

const AnalyticsSummaryRef = builder.objectRef<SummaryWithPerformance>("PerformanceAnalyticsSummary").implement({
  description: "The stored summary of an ended show.",
  authScopes: { organizer: true },
  fields: (t) => ({
    performance: t.field({ type: PerformanceRef, resolve: (summary) => summary.performance }),
    peakConcurrentViewers: t.exposeInt("peak_concurrent_viewers"),
    totalViews: t.exposeInt("total_views"),
    uniqueViewers: t.exposeInt("unique_viewers"),
    averageWatchSeconds: t.exposeInt("average_watch_seconds"),
    funnel: t.field({
      type: RegistrationFunnelRef,
      resolve: (summary) => ({
        registered: summary.registered,
        watchedLive: summary.watched_live,
        watchedReplay: summary.watched_replay,
        noShow: summary.no_show,
      }),
    }),
    computedAt: t.expose("computed_at", { type: "DateTime" }),
  }),
});

const AnalyticsReportRef = builder.simpleObject("AnalyticsReport", {
  authScopes: { organizer: true },
  fields: (t) => ({
    from: t.field({ type: "DateTime" }),
    to: t.field({ type: "DateTime" }),
    shows: t.int({ description: "Ended shows with a summary in the range" }),
    totalViews: t.int(),
    uniqueViewersPerShow: t.float({ description: "Average unique viewers per show" }),
    registered: t.int(),
    noShow: t.int(),
  }),
});

const MAX_RANGE_DAYS = 366;

builder.queryField("performanceAnalytics", (t) =>
  t.field({
    type: [AnalyticsSummaryRef],
    description: `Summaries of the shows that started in [from, to) (default: the last 30 days), at most ${MAX_RANGE_DAYS} days. Organizers only.`,
    authScopes: { organizer: true },
    args: {
      from: t.arg({ type: "DateTime", required: false }),
      to: t.arg({ type: "DateTime", required: false }),
    },
    resolve: (_root, args, context) => listAnalyticsSummaries(context.db, analyticsRange(args)),
  }),
);

builder.queryField("analyticsReport", (t) =>
  t.field({
    type: AnalyticsReportRef,
    description: "Totals over performanceAnalytics' range. Organizers only.",
    authScopes: { organizer: true },
    args: {
      from: t.arg({ type: "DateTime", required: false }),
      to: t.arg({ type: "DateTime", required: false }),
    },
    resolve: async (_root, args, context) => {
      const range = analyticsRange(args);
      const summaries = await listAnalyticsSummaries(context.db, range);
      const sum = (pick: (summary: SummaryWithPerformance) => number) =>
        summaries.reduce((total, row) => total + pick(row), 0);
      return {
        ...range,
        shows: summaries.length,
        totalViews: sum((row) => row.total_views),
        uniqueViewersPerShow: summaries.length ? sum((row) => row.unique_viewers) / summaries.length : 0,
        registered: sum((row) => row.registered),
        noShow: sum((row) => row.no_show),
      };
    },
  }),
);

builder.mutationField("refreshPerformanceAnalytics", (t) =>
  t.withAuth({ organizer: true }).field({
    type: PerformanceAnalyticsRef,
    description: "Recomputes a show's stored summary from its viewing sessions.",
    args: { performanceId: t.arg.id() },
    errors: { types: [NotFoundError] },
    resolve: async (_root, { performanceId }, context) => {
      const performance = await findPerformance(context.db, String(performanceId));
      if (!performance) throw new NotFoundError("Performance", String(performanceId));
      const analytics = await computeAnalytics(context.db, performance.id);
      await saveAnalyticsSummary(context.db, analytics, new Date().toISOString());
      return analytics;
    },
  }),
);

function analyticsRange(args: { from?: string | null; to?: string | null }): { from: string; to: string } {
  const to = args.to ?? new Date().toISOString();
  const from = args.from ?? new Date(Date.parse(to) - 30 * 86_400_000).toISOString();
  if (to <= from) throw new GraphQLError("`to` must be after `from`", { extensions: { code: "BAD_USER_INPUT" } });
  if (Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * 86_400_000) {
    throw new GraphQLError(`The range may span at most ${MAX_RANGE_DAYS} days`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return { from, to };
}
