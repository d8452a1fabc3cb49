import { GraphQLError } from "graphql";
import { NotFoundError } from "../errors";
import { PerformanceRef } from "../performances/performance.graphql";
import { builder } from "../schema/builder";
import {
  analyticsOf,
  listAnalyticsSummaries,
  type PerformanceAnalytics,
  type SummaryWithPerformance,
} from "./analytics.repository";
import { type RetentionPoint, VIEW_THRESHOLD_SECONDS } from "./audience";
import { refreshAnalytics } from "./analytics.service";

const CountryViewersRef = builder.simpleObject("CountryViewers", {
  description:
    "How many unique viewers watched from one country (each viewer counted once, in the country they watched from most). Organizers only.",
  authScopes: { organizer: true },
  fields: (t) => ({
    country: t.string({ nullable: true, description: "ISO 3166-1 alpha-2, e.g. US; null when unknown" }),
    viewers: t.int({ description: "Unique viewers from there" }),
  }),
});

const ViewerSampleRef = builder.simpleObject("ViewerSample", {
  description:
    "One point of the viewers-over-time curve: the intervals are of equal length (15 s to a day, at most 60 points for the show) and start at round times. Organizers only.",
  authScopes: { organizer: true },
  fields: (t) => ({
    at: t.field({ type: "DateTime", description: "Start of the interval (UTC)" }),
    viewers: t.int({ description: "Most viewers watching live at once during the interval" }),
  }),
});

const RetentionPointRef = builder.objectRef<RetentionPoint>("AudienceRetentionPoint").implement({
  description:
    "One point of the audience retention curve: who watched this part of the show, live or on the replay. Intervals are of equal length (at most 60 points for the show). Organizers only.",
  authScopes: { organizer: true },
  fields: (t) => ({
    offsetSeconds: t.exposeInt("offsetSeconds", { description: "Seconds into the show where the interval starts" }),
    live: t.exposeInt("live", { description: "Viewers who watched some of this interval live" }),
    replay: t.exposeInt("replay", { description: "Viewers who watched some of this interval on the replay" }),
    viewers: t.exposeInt("viewers", {
      description: "Viewers who watched some of this interval, live or replay (each once)",
    }),
  }),
});

const RegistrationFunnelRef = builder.simpleObject("RegistrationFunnel", {
  description: "From registration to watching: who came live, who caught the replay, who never came. Organizers only.",
  authScopes: { organizer: true },
  fields: (t) => ({
    registered: t.int({ description: "Viewers registered for the show" }),
    watchedLive: t.int({ description: "Viewers with a live view" }),
    watchedReplay: t.int({ description: "Viewers with a replay view" }),
    noShow: t.int({ description: "Registered viewers with no view, live or replay" }),
  }),
});

const PerformanceAnalyticsRef = builder.objectRef<PerformanceAnalytics>("PerformanceAnalytics").implement({
  description: `Who watched a show. A person's sessions (reloads, several devices) are combined first: their watch time in a mode (live or replay) is the time their player was playing, time on two devices at once counted once; a view is a person's watch time of at least ${VIEW_THRESHOLD_SECONDS} s in one mode (so at most two per person); a viewer is a person with at least one view. Every figure counts viewers only. Organizers only.`,
  authScopes: { organizer: true },
  fields: (t) => ({
    peakConcurrentViewers: t.exposeInt("peakConcurrentViewers", {
      description: "Most viewers watching live at once (each viewer once, whatever their devices)",
    }),
    totalViews: t.exposeInt("totalViews", {
      description: "Views: viewers who watched live plus viewers who watched the replay",
    }),
    uniqueViewers: t.exposeInt("uniqueViewers", { description: "People with at least one view" }),
    totalWatchSeconds: t.exposeInt("totalWatchSeconds", { description: "Watch time of all views, in seconds" }),
    averageWatchSeconds: t.exposeInt("averageWatchSeconds", {
      description: "totalWatchSeconds per unique viewer, rounded",
    }),
    countries: t.field({
      type: [CountryViewersRef],
      description: "Unique viewers per country, most first",
      resolve: (analytics) => analytics.countries,
    }),
    funnel: t.field({
      type: RegistrationFunnelRef,
      description: "Registered, watched live, watched the replay, never came",
      resolve: ({ registered, watchedLive, watchedReplay, noShow }) => ({
        registered,
        watchedLive,
        watchedReplay,
        noShow,
      }),
    }),
    viewersOverTime: t.field({
      type: [ViewerSampleRef],
      description: "Viewers watching live over time, oldest first; empty when nobody watched live",
      resolve: (analytics) => analytics.viewersOverTime,
    }),
    retention: t.field({
      type: [RetentionPointRef],
      description:
        "Audience retention over the show's timeline, from its start; empty when nobody watched, and once the retention job has deleted the show's sessions",
      resolve: (analytics) => analytics.retention,
    }),
  }),
});

builder.objectField(PerformanceRef, "analytics", (t) =>
  t.field({
    type: PerformanceAnalyticsRef,
    nullable: true,
    description:
      "Organizers only (null, with FORBIDDEN or UNAUTHENTICATED in errors, for anyone else); computed from viewing sessions on each read, so it is current during the show too; once the retention job has deleted a show's sessions, the summary stored before it did (countries and retention empty)",
    authScopes: { organizer: true },
    resolve: (performance, _args, context) => analyticsOf(context.deps.db, performance.id),
  }),
);

const AnalyticsSummaryRef = builder.objectRef<SummaryWithPerformance>("PerformanceAnalyticsSummary").implement({
  description:
    "The stored summary of a show, written when it ends (or by refreshPerformanceAnalytics). Organizers only.",
  authScopes: { organizer: true },
  fields: (t) => ({
    performance: t.field({ type: PerformanceRef, description: "The show", resolve: (summary) => summary.performance }),
    peakConcurrentViewers: t.exposeInt("peak_concurrent_viewers", {
      description: "As PerformanceAnalytics.peakConcurrentViewers, at computedAt",
    }),
    totalViews: t.exposeInt("total_views", { description: "As PerformanceAnalytics.totalViews, at computedAt" }),
    uniqueViewers: t.exposeInt("unique_viewers", {
      description: "As PerformanceAnalytics.uniqueViewers, at computedAt",
    }),
    averageWatchSeconds: t.exposeInt("average_watch_seconds", {
      description: "As PerformanceAnalytics.averageWatchSeconds, at computedAt",
    }),
    funnel: t.field({
      type: RegistrationFunnelRef,
      description: "As PerformanceAnalytics.funnel, at computedAt",
      resolve: (summary) => ({
        registered: summary.registered,
        watchedLive: summary.watched_live,
        watchedReplay: summary.watched_replay,
        noShow: summary.no_show,
      }),
    }),
    computedAt: t.expose("computed_at", {
      type: "DateTime",
      description: "When the summary was computed (when the show ended, or refreshPerformanceAnalytics)",
    }),
  }),
});

const AnalyticsReportRef = builder.simpleObject("AnalyticsReport", {
  description: "Totals over the stored summaries of the shows that started in a range. Organizers only.",
  authScopes: { organizer: true },
  fields: (t) => ({
    from: t.field({ type: "DateTime", description: "Start of the range (inclusive, UTC)" }),
    to: t.field({ type: "DateTime", description: "End of the range (exclusive, UTC)" }),
    shows: t.int({ description: "Shows with a stored summary in the range" }),
    totalViews: t.int({ description: "Sum of the shows' totalViews" }),
    uniqueViewersPerShow: t.float({ description: "Average unique viewers per show; 0 without shows" }),
    registered: t.int({ description: "Sum of the shows' registrations" }),
    noShow: t.int({ description: "Sum of the shows' no-shows" }),
  }),
});

const MAX_RANGE_DAYS = 366;

const rangeArgs = builder.args((t) => ({
  from: t.field({
    type: "DateTime",
    required: false,
    description: "Shows that started at or after this instant; default: 30 days before `to`",
  }),
  to: t.field({
    type: "DateTime",
    required: false,
    description: "Shows that started before this instant; default: now",
  }),
}));

builder.queryField("performanceAnalytics", (t) =>
  t.field({
    type: [AnalyticsSummaryRef],
    description: `Stored summaries (written when a show ends, or by refreshPerformanceAnalytics) of the shows that started in [from, to) (default: the last 30 days), in time order; at most ${MAX_RANGE_DAYS} days, else BAD_USER_INPUT (also when \`to\` is not after \`from\`). Organizers only.`,
    authScopes: { organizer: true },
    args: rangeArgs,
    resolve: (_root, args, context) =>
      listAnalyticsSummaries(context.deps.db, analyticsRange(args, context.deps.clock.now())),
  }),
);

builder.queryField("analyticsReport", (t) =>
  t.field({
    type: AnalyticsReportRef,
    description:
      "Totals over the summaries performanceAnalytics lists for the same range (same defaults and limits). Organizers only.",
    authScopes: { organizer: true },
    args: rangeArgs,
    resolve: async (_root, args, context) => {
      const range = analyticsRange(args, context.deps.clock.now());
      const summaries = await listAnalyticsSummaries(context.deps.db, range);
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
    description:
      "Recomputes a show's stored summary (performanceAnalytics) from its viewing sessions and returns it; a summary whose sessions the retention job deleted stays as it is. Organizers only.",
    args: { performanceId: t.arg.id({ description: "Performance.id" }) },
    errors: {
      types: [NotFoundError],
      union: {
        description: "The show's analytics, or why not (NotFoundError, UnauthenticatedError, ForbiddenError).",
      },
    },
    resolve: (_root, { performanceId }, context) => refreshAnalytics(context.deps, String(performanceId)),
  }),
);

function analyticsRange(args: { from?: string | null; to?: string | null }, now: Date): { from: string; to: string } {
  const to = args.to ?? now.toISOString();
  const from = args.from ?? new Date(Date.parse(to) - 30 * 86_400_000).toISOString();
  if (to <= from) throw new GraphQLError("`to` must be after `from`", { extensions: { code: "BAD_USER_INPUT" } });
  if (Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * 86_400_000) {
    throw new GraphQLError(`The range may span at most ${MAX_RANGE_DAYS} days`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return { from, to };
}
