import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { MAX_REPLAY_WINDOW_HOURS } from "../config";
import type { PerformanceRow, SeriesRow } from "../db/tables";
import { ConflictError, IllegalTransitionError, NotFoundError } from "../errors";
import { mediaUrl } from "../media/thumbnails";
import { builder } from "../schema/builder";
import { decodeCursor, encodeCursor } from "../schema/cursor";
import { ACCESS_FEATURES, CONTENT_NOTES, parseStoredSet } from "./accessibility";
import { PerformanceStatusEnum } from "./status.graphql";
import { findPerformance, findSeriesByIds, listPerformances, type TimeKey } from "./performances.repository";
import { cancelPerformance, createPerformance, MAX_DURATION_MINUTES, updatePerformance } from "./scheduling.service";

export const SeriesScopeEnum = builder.enumType("SeriesScope", {
  description: "Which shows of a weekly series an edit or cancellation applies to.",
  values: {
    THIS_PERFORMANCE: { description: "Only this show" },
    THIS_AND_FOLLOWING: { description: "This show and every later show of its series" },
  } as const,
});

const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
const WeekdayEnum = builder.enumType("Weekday", {
  description: "A day of the week, in the series' time zone.",
  values: {
    MONDAY: { description: "Monday" },
    TUESDAY: { description: "Tuesday" },
    WEDNESDAY: { description: "Wednesday" },
    THURSDAY: { description: "Thursday" },
    FRIDAY: { description: "Friday" },
    SATURDAY: { description: "Saturday" },
    SUNDAY: { description: "Sunday" },
  } as const,
});

export const ContentNoteEnum = builder.enumType("ContentNote", {
  description: "Something in the show a fan may want to know about before it starts.",
  values: {
    FLASHING_LIGHTS: { description: "Flashing or strobe lights" },
    LOUD_BANGS: { description: "Sudden loud noises: bangs, pyrotechnics" },
    FIRE: { description: "Open flame on stage" },
    SMOKE: { description: "Smoke or haze" },
    AUDIENCE_PARTICIPATION: { description: "Performers invite the audience to take part" },
  } satisfies Record<(typeof CONTENT_NOTES)[number], { description: string }>,
});

export const AccessFeatureEnum = builder.enumType("AccessFeature", {
  description: "A way the show is made accessible.",
  values: {
    CAPTIONED: { description: "Captions of speech and sound" },
    AUDIO_DESCRIBED: { description: "Audio description of what happens on stage" },
    SIGN_LANGUAGE: { description: "Sign language interpretation" },
  } satisfies Record<(typeof ACCESS_FEATURES)[number], { description: string }>,
});

export const PerformanceSeriesRef = builder.loadableObject("PerformanceSeries", {
  description: "A weekly series: every week on the same weekday at the same local time.",
  load: async (ids: string[], context) => {
    const rows = await findSeriesByIds(context.deps.db, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new Error(`Series ${id} not found`));
  },
  sort: (series: SeriesRow) => series.id,
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable and opaque" }),
    weekday: t.field({
      type: WeekdayEnum,
      description: "The day of the week of every show of the series, in timeZone",
      resolve: (series) => WEEKDAYS[series.weekday - 1] ?? "MONDAY",
    }),
    localTime: t.exposeString("local_time", { description: "Wall-clock time in timeZone, HH:MM" }),
    timeZone: t.exposeString("time_zone", { description: "IANA time zone, e.g. America/Chicago" }),
    startsOn: t.expose("starts_on", { type: "LocalDate", description: "Date of the first show, in timeZone" }),
    endsOn: t.expose("ends_on", {
      type: "LocalDate",
      nullable: true,
      description: "Date of the last show (inclusive), in timeZone; null while the series runs on",
    }),
  }),
});

export const PerformanceRef = builder.objectRef<PerformanceRow>("Performance").implement({
  description: "One show: scheduled, live, ended or cancelled.",
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable and opaque; the id in the site's show and watch URLs" }),
    title: t.exposeString("title", { description: "Up to 120 characters" }),
    description: t.exposeString("description", { description: "Plain text, up to 5000 characters; empty when none" }),
    scheduledTime: t.expose("scheduled_time", {
      type: "DateTime",
      description: "When the show is announced to start (UTC). The broadcast may begin a little before or after.",
    }),
    endTime: t.expose("end_time", { type: "DateTime", description: "scheduledTime + durationMinutes (UTC)" }),
    durationMinutes: t.exposeInt("duration_minutes", { description: "Planned length in minutes, 1 to 720" }),
    status: t.field({
      type: PerformanceStatusEnum,
      description: "Now; subscribe to performanceStatus to hear when it changes",
      resolve: (performance) => performance.status,
    }),
    cancelledAt: t.expose("cancelled_at", {
      type: "DateTime",
      nullable: true,
      description: "When the show was cancelled; null unless status is CANCELLED",
    }),
    cancellationMessage: t.exposeString("cancellation_message", {
      nullable: true,
      description: "What the circus told the fans when it cancelled the show; null when it said nothing",
    }),
    thumbnailUrl: t.string({
      nullable: true,
      description: "Absolute URL of the show's picture (JPEG, PNG, WebP or AVIF), public; null when there is none",
      resolve: (performance, _args, context) =>
        performance.thumbnail_key ? mediaUrl(context.deps.config.siteUrl, performance.thumbnail_key) : null,
    }),
    contentNotes: t.field({
      type: [ContentNoteEnum],
      description: "What the show contains that a fan may want to know before it starts; empty when nothing was marked",
      resolve: (performance) => parseStoredSet(performance.content_notes, CONTENT_NOTES),
    }),
    accessFeatures: t.field({
      type: [AccessFeatureEnum],
      description: "How the show is made accessible; empty when nothing was marked",
      resolve: (performance) => parseStoredSet(performance.access_features, ACCESS_FEATURES),
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
        "Shows in time order (scheduledTime, then id), public. Without `from`, the upcoming ones: every show that has not ended yet, including one live now. 20 a page by default, at most 100. BAD_USER_INPUT when `to` is not after `from` or a cursor is not this connection's.",
      authScopes: { public: true },
      args: {
        from: t.arg({
          type: "DateTime",
          required: false,
          description: "Shows starting at or after this instant (any offset; compared in UTC)",
        }),
        to: t.arg({ type: "DateTime", required: false, description: "Shows starting before this instant (exclusive)" }),
        status: t.arg({
          type: [PerformanceStatusEnum],
          required: false,
          description: "Only shows in these statuses; omitted: every status",
        }),
        withAccessFeatures: t.arg({
          type: [AccessFeatureEnum],
          required: false,
          description: "Only shows that have every one of these access features",
        }),
        withoutContentNotes: t.arg({
          type: [ContentNoteEnum],
          required: false,
          description: "Only shows that carry none of these content notes",
        }),
      },
      resolve: (_root, args, context) => {
        if (args.from && args.to && args.to <= args.from) {
          throw new GraphQLError("`to` must be after `from`", { extensions: { code: "BAD_USER_INPUT" } });
        }
        const now = context.deps.clock.now();
        const upcoming = !args.from;
        const from = args.from ?? new Date(now.getTime() - MAX_DURATION_MINUTES * 60_000).toISOString();
        return resolveCursorConnection(
          { args, defaultSize: 20, maxSize: 100, toCursor: (row) => encodeCursor([row.scheduled_time, row.id]) },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            listPerformances(context.deps.db, {
              from,
              to: args.to ?? undefined,
              endsAfter: upcoming ? now.toISOString() : undefined,
              statuses: args.status ?? undefined,
              withAccessFeatures: args.withAccessFeatures ?? undefined,
              withoutContentNotes: args.withoutContentNotes ?? undefined,
              after: after ? timeKey(after) : undefined,
              before: before ? timeKey(before) : undefined,
              inverted,
              limit,
            }),
        );
      },
    },
    { name: "PerformanceConnection", description: "A page of shows, in time order." },
    { name: "PerformanceEdge", description: "One show of a page, with its cursor." },
  ),
  performance: t.field({
    type: PerformanceRef,
    nullable: true,
    description: "One show by id, whatever its status (cancelled and past shows included); null when there is none.",
    authScopes: { public: true },
    args: { id: t.arg.id({ description: "Performance.id" }) },
    resolve: async (_root, { id }, context) => (await findPerformance(context.deps.db, String(id))) ?? null,
  }),
}));

builder.queryField("siteTimeZone", (t) =>
  t.string({
    description: "The circus's time zone (IANA), in which weekly series keep their wall-clock time",
    authScopes: { public: true },
    resolve: (_root, _args, context) => context.deps.config.siteTimeZone,
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
    until: t.field({
      type: "LocalDate",
      required: false,
      description: "Date of the last show (inclusive), in the site's time zone; within two years",
    }),
    occurrences: t.int({ required: false, description: "Number of shows, 2 to 104, the first included" }),
  }),
});

const CreatePerformanceInput = builder.inputType("CreatePerformanceInput", {
  description:
    "A new show, in SCHEDULED status. Text is trimmed; each broken rule comes back in ValidationError.issues with the field's path.",
  fields: (t) => ({
    title: t.string({ description: "1 to 120 characters" }),
    description: t.string({ required: false, description: "Plain text, up to 5000 characters" }),
    scheduledTime: t.field({
      type: "DateTime",
      description: "Start, with an offset; from 5 minutes ago to two years ahead",
    }),
    durationMinutes: t.int({
      required: true,
      defaultValue: 60,
      description: `Planned length in minutes, 1 to ${MAX_DURATION_MINUTES}; 60 when left out`,
    }),
    thumbnail: t.field({
      type: "File",
      required: false,
      description: "JPEG, PNG, WebP or AVIF, up to 5 MB (send the mutation as a GraphQL multipart request)",
    }),
    contentNotes: t.field({
      type: [ContentNoteEnum],
      required: false,
      description: "Content notes, each at most once; omitted: none",
    }),
    accessFeatures: t.field({
      type: [AccessFeatureEnum],
      required: false,
      description: "Access features, each at most once; omitted: none",
    }),
    repeatWeekly: t.field({
      type: RepeatWeeklyInput,
      required: false,
      description: "Makes this the first show of a weekly series",
    }),
    replayWindowHours: t.int({
      required: false,
      description: `Hours the replay stays open after the show ends, 0 (no replay) to ${MAX_REPLAY_WINDOW_HOURS}; omitted or null: the site default`,
    }),
  }),
});

const UpdatePerformanceInput = builder.inputType("UpdatePerformanceInput", {
  description:
    "Only the fields given change; the rules are those of CreatePerformanceInput. A show that is live or over keeps its time and duration.",
  fields: (t) => ({
    title: t.string({ required: false, description: "1 to 120 characters" }),
    description: t.string({
      required: false,
      description: "Plain text, up to 5000 characters; empty string clears it",
    }),
    scheduledTime: t.field({
      type: "DateTime",
      required: false,
      description:
        "New start (scheduled shows only); from 5 minutes ago to two years ahead. Viewers are told it moved.",
    }),
    durationMinutes: t.int({ required: false, description: "1 to 720 (scheduled shows only)" }),
    thumbnail: t.field({
      type: "File",
      required: false,
      description: "A new picture: JPEG, PNG, WebP or AVIF, up to 5 MB (GraphQL multipart request)",
    }),
    removeThumbnail: t.boolean({ required: false, description: "true removes the picture; not with thumbnail" }),
    replayWindowHours: t.int({
      required: false,
      description: `Hours the replay stays open after the show ends, 0 (no replay) to ${MAX_REPLAY_WINDOW_HOURS}; null: back to the site default. Also for a show that has ended`,
    }),
    contentNotes: t.field({
      type: [ContentNoteEnum],
      required: false,
      description: "The whole new list of content notes (empty list: none)",
    }),
    accessFeatures: t.field({
      type: [AccessFeatureEnum],
      required: false,
      description: "The whole new list of access features (empty list: none)",
    }),
  }),
});

builder.mutationFields((t) => ({
  createPerformance: t.withAuth({ organizer: true }).field({
    type: PerformanceRef,
    description:
      "Schedules a show, or with repeatWeekly a weekly series, in SCHEDULED status; returns the (first) show. Organizers only. ValidationError lists every broken rule.",
    args: { input: t.arg({ type: CreatePerformanceInput, description: "The show" }) },
    errors: {
      union: {
        description: "The new show, or why none was made (ValidationError, UnauthenticatedError, ForbiddenError).",
      },
    },
    resolve: (_root, { input }, context) => createPerformance(context.deps, context.caller.user.id, input),
  }),
  updatePerformance: t.withAuth({ organizer: true }).field({
    type: PerformanceRef,
    description:
      "Edits a show, or with scope THIS_AND_FOLLOWING it and the later scheduled shows of its series; returns the show. Organizers only. Moving a show tells its registered viewers. ConflictError for a cancelled show, or for moving or resizing one that is live or over.",
    args: {
      id: t.arg.id({ description: "Performance.id" }),
      input: t.arg({ type: UpdatePerformanceInput, description: "The changes" }),
      scope: t.arg({
        type: SeriesScopeEnum,
        required: false,
        defaultValue: "THIS_PERFORMANCE",
        description: "For a show of a weekly series: this show only, or it and the following ones",
      }),
    },
    errors: {
      types: [NotFoundError, ConflictError],
      union: {
        description:
          "The edited show, or why nothing changed (NotFoundError, ConflictError, ValidationError, UnauthenticatedError, ForbiddenError).",
      },
    },
    resolve: (_root, { id, input, scope }, context) =>
      updatePerformance(context.deps, String(id), input, scope ?? "THIS_PERFORMANCE"),
  }),
  cancelPerformance: t.withAuth({ organizer: true }).field({
    type: PerformanceRef,
    description:
      "Cancels a scheduled show (or it and the rest of its series); its registered viewers are told and keep their registration. Organizers only. Cancelling a cancelled show returns it unchanged; IllegalTransitionError for a show that is live or over.",
    args: {
      id: t.arg.id({ description: "Performance.id" }),
      scope: t.arg({
        type: SeriesScopeEnum,
        required: false,
        defaultValue: "THIS_PERFORMANCE",
        description:
          "For a show of a weekly series: this show only, or it and the following ones (the series then ends)",
      }),
      message: t.arg.string({
        required: false,
        description:
          "An optional message to the fans (up to 500 characters, line breaks allowed): sent with the cancellation notice and shown on the show page",
      }),
    },
    errors: {
      types: [NotFoundError, IllegalTransitionError],
      union: {
        description:
          "The cancelled show, or why nothing changed (NotFoundError, IllegalTransitionError, ValidationError, UnauthenticatedError, ForbiddenError).",
      },
    },
    resolve: (_root, { id, scope, message }, context) =>
      cancelPerformance(context.deps, String(id), scope ?? "THIS_PERFORMANCE", message),
  }),
}));
