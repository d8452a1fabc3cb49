import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import type { Context } from "../context";
import type { PerformanceRow, SeriesRow } from "../db/tables";
import { ConflictError, IllegalTransitionError, NotFoundError } from "../errors";
import { mediaUrl } from "../media/thumbnails";
import { countRegistrations } from "../registrations/repository";
import { builder } from "../schema/builder";
import { decodeCursor, encodeCursor } from "../schema/cursor";
import { syncLiveInputs } from "../broadcast/live-input";
import { alertViewers } from "../notifications/notify";
import { publishPerformanceChanges } from "../realtime/hub-client";
import { findPerformance, findPerformancesByIds, findSeriesByIds, listPerformances, type TimeKey } from "./repository";
import {
  cancelPerformance,
  createPerformance,
  MAX_DURATION_MINUTES,
  type SchedulingDeps,
  updatePerformance,
} from "./scheduling";

export const PerformanceStatusEnum = builder.enumType("PerformanceStatus", {
  values: {
    SCHEDULED: { description: "Announced; not started yet" },
    LIVE: { description: "Broadcasting now" },
    INTERRUPTED: { description: "The feed dropped; the show resumes if it comes back in time" },
    ENDED: { description: "Over; the recording becomes the replay" },
    CANCELLED: { description: "Will not take place" },
  } as const,
});

export const SeriesScopeEnum = builder.enumType("SeriesScope", {
  description: "Which shows of a weekly series an edit or cancellation applies to.",
  values: {
    THIS_PERFORMANCE: { description: "Only this show" },
    THIS_AND_FOLLOWING: { description: "This show and every later show of its series" },
  } as const,
});

const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
const WeekdayEnum = builder.enumType("Weekday", { values: WEEKDAYS });

export const PerformanceSeriesRef = builder.loadableObject("PerformanceSeries", {
  description: "A weekly series: every week on the same weekday at the same local time.",
  load: async (ids: string[], context) => {
    const rows = await findSeriesByIds(context.db, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new Error(`Series ${id} not found`));
  },
  sort: (series: SeriesRow) => series.id,
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    weekday: t.field({
      type: WeekdayEnum,
      resolve: (series) => WEEKDAYS[series.weekday - 1] ?? "MONDAY",
    }),
    localTime: t.exposeString("local_time", { description: "Wall-clock time in timeZone, HH:MM" }),
    timeZone: t.exposeString("time_zone", { description: "IANA time zone, e.g. America/Chicago" }),
    startsOn: t.expose("starts_on", { type: "LocalDate" }),
    endsOn: t.expose("ends_on", { type: "LocalDate", nullable: true, description: "Null while the series runs on" }),
  }),
});

export const PerformanceRef = builder.objectRef<PerformanceRow>("Performance").implement({
  description: "One show: scheduled, live, ended or cancelled.",
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    scheduledTime: t.expose("scheduled_time", { type: "DateTime" }),
    endTime: t.expose("end_time", { type: "DateTime", description: "scheduledTime + durationMinutes" }),
    durationMinutes: t.exposeInt("duration_minutes"),
    status: t.field({ type: PerformanceStatusEnum, resolve: (performance) => performance.status }),
    cancelledAt: t.expose("cancelled_at", { type: "DateTime", nullable: true }),
    thumbnailUrl: t.string({
      nullable: true,
      resolve: (performance, _args, context) =>
        performance.thumbnail_key ? mediaUrl(context.config.siteUrl, performance.thumbnail_key) : null,
    }),
    registrationCount: t.loadable({
      type: "Int",
      description: "How many viewers registered",
      load: async (ids: string[], context) => {
        const counts = await countRegistrations(context.db, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      },
      resolve: (performance) => performance.id,
    }),
    viewerIsRegistered: t.boolean({
      description: "Whether the signed-in viewer registered; false when signed out",
      resolve: async (performance, _args, context) =>
        (await context.loaders.viewerRegistration.load(performance.id)) !== null,
    }),
    series: t.field({
      type: PerformanceSeriesRef,
      nullable: true,
      description: "The weekly series this show belongs to, if any",
      resolve: (performance) => performance.series_id,
    }),
  }),
});

builder.queryFields((t) => ({
  performances: t.connection(
    {
      type: PerformanceRef,
      description:
        "Shows in time order. Without `from`, the upcoming ones: every show that has not ended yet, including one live now.",
      authScopes: { public: true },
      args: {
        from: t.arg({ type: "DateTime", required: false, description: "Shows starting at or after this instant" }),
        to: t.arg({ type: "DateTime", required: false, description: "Shows starting before this instant" }),
        status: t.arg({ type: [PerformanceStatusEnum], required: false, description: "Only shows in these statuses" }),
      },
      resolve: (_root, args, context) => {
        if (args.from && args.to && args.to <= args.from) {
          throw new GraphQLError("`to` must be after `from`", { extensions: { code: "BAD_USER_INPUT" } });
        }
        const now = new Date();
        const upcoming = !args.from;
        const from = args.from ?? new Date(now.getTime() - MAX_DURATION_MINUTES * 60_000).toISOString();
        return resolveCursorConnection(
          { args, defaultSize: 20, maxSize: 100, toCursor: (row) => encodeCursor([row.scheduled_time, row.id]) },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            listPerformances(context.db, {
              from,
              to: args.to ?? undefined,
              endsAfter: upcoming ? now.toISOString() : undefined,
              statuses: args.status ?? undefined,
              after: after ? timeKey(after) : undefined,
              before: before ? timeKey(before) : undefined,
              inverted,
              limit,
            }),
        );
      },
    },
    { name: "PerformanceConnection" },
    { name: "PerformanceEdge" },
  ),
  performance: t.field({
    type: PerformanceRef,
    nullable: true,
    authScopes: { public: true },
    args: { id: t.arg.id() },
    resolve: async (_root, { id }, context) => (await findPerformance(context.db, String(id))) ?? null,
  }),
}));

builder.queryField("siteTimeZone", (t) =>
  t.string({
    description: "The circus's time zone (IANA), in which weekly series keep their wall-clock time",
    authScopes: { public: true },
    resolve: (_root, _args, context) => context.config.siteTimeZone,
  }),
);

function timeKey(cursor: string): TimeKey {
  const [scheduledTime = "", id = ""] = decodeCursor(cursor, 2);
  return { scheduledTime, id };
}

const RepeatWeeklyInput = builder.inputType("RepeatWeeklyInput", {
  description:
    "Repeat every week on the same weekday at the same local time (in the site's time zone). Give `until` or `occurrences`, or neither for a series that runs on.",
  fields: (t) => ({
    until: t.field({ type: "LocalDate", required: false, description: "Date of the last show (inclusive)" }),
    occurrences: t.int({ required: false, description: "Number of shows, 2 to 104" }),
  }),
});

const CreatePerformanceInput = builder.inputType("CreatePerformanceInput", {
  fields: (t) => ({
    title: t.string({ description: "1 to 120 characters" }),
    description: t.string({ required: false, description: "Up to 5000 characters" }),
    scheduledTime: t.field({ type: "DateTime" }),
    durationMinutes: t.int({ description: `1 to ${MAX_DURATION_MINUTES}` }),
    thumbnail: t.field({ type: "File", required: false, description: "JPEG, PNG, WebP or AVIF, up to 5 MB" }),
    repeatWeekly: t.field({ type: RepeatWeeklyInput, required: false }),
  }),
});

const UpdatePerformanceInput = builder.inputType("UpdatePerformanceInput", {
  description: "Only the fields given change.",
  fields: (t) => ({
    title: t.string({ required: false }),
    description: t.string({ required: false }),
    scheduledTime: t.field({ type: "DateTime", required: false }),
    durationMinutes: t.int({ required: false }),
    thumbnail: t.field({ type: "File", required: false }),
    removeThumbnail: t.boolean({ required: false }),
  }),
});

function schedulingDeps(context: Context): SchedulingDeps {
  return {
    db: context.db,
    media: context.env.MEDIA,
    timeZone: context.config.siteTimeZone,
    now: new Date(),
    announce: async (change, ids) => {
      const rows = await findPerformancesByIds(context.db, ids);
      rows.sort((a, b) => a.scheduled_time.localeCompare(b.scheduled_time));
      await publishPerformanceChanges(context.env, change, rows);
      if (change === "CANCELLED" || change === "RESCHEDULED") await alertViewers(context.env, context.db, change, ids);
      context.waitUntil(syncLiveInputs(context.config.stream, change, rows));
    },
  };
}

builder.mutationFields((t) => ({
  createPerformance: t.withAuth({ organizer: true }).field({
    type: PerformanceRef,
    description: "Schedules a show, or with repeatWeekly a weekly series; returns the (first) show.",
    args: { input: t.arg({ type: CreatePerformanceInput }) },
    errors: {},
    resolve: (_root, { input }, context) => createPerformance(schedulingDeps(context), context.viewer.user.id, input),
  }),
  updatePerformance: t.withAuth({ organizer: true }).field({
    type: PerformanceRef,
    args: {
      id: t.arg.id(),
      input: t.arg({ type: UpdatePerformanceInput }),
      scope: t.arg({ type: SeriesScopeEnum, required: false, defaultValue: "THIS_PERFORMANCE" }),
    },
    errors: { types: [NotFoundError, ConflictError] },
    resolve: (_root, { id, input, scope }, context) =>
      updatePerformance(schedulingDeps(context), String(id), input, scope ?? "THIS_PERFORMANCE"),
  }),
  cancelPerformance: t.withAuth({ organizer: true }).field({
    type: PerformanceRef,
    description:
      "Cancels a scheduled show (or it and the rest of its series). Registered viewers keep their registration.",
    args: {
      id: t.arg.id(),
      scope: t.arg({ type: SeriesScopeEnum, required: false, defaultValue: "THIS_PERFORMANCE" }),
    },
    errors: { types: [NotFoundError, IllegalTransitionError] },
    resolve: (_root, { id, scope }, context) =>
      cancelPerformance(schedulingDeps(context), String(id), scope ?? "THIS_PERFORMANCE"),
  }),
}));
