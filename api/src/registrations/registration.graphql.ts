import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { UserRef } from "../accounts/user.graphql";
import type { RegistrationRow } from "../db/tables";
import { ConflictError, NotFoundError, RateLimitedError, ReplayExpiredError } from "../errors";
import { findPerformance } from "../performances/performances.repository";
import { PerformanceRef } from "../performances/performance.graphql";
import { leadTimeNames } from "../notifications/lead-times";
import { ReminderLeadTimeEnum } from "../notifications/notification-settings.graphql";
import { findNotificationSettings } from "../notifications/notification-settings.repository";
import { builder } from "../schema/builder";
import { findWatching, NOTHING_WATCHED, type Watching } from "../analytics/analytics.repository";
import { decodeCursor, encodeCursor } from "../schema/cursor";
import { register, registrationsOf, unregister } from "./registrations.service";
import {
  countRegistrations,
  listRegistrationsOfPerformance,
  type NotificationPreferences,
  parsePreferences,
  type RegistrationKey,
  type RegistrationWithPerformance,
} from "./registrations.repository";

export const NotificationPreferencesRef = builder.simpleObject("NotificationPreferences", {
  description: "How this viewer wants to hear about this show.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    email: t.boolean({ description: "Email reminder and alerts for this show" }),
    sms: t.boolean({ description: "Text messages for this show" }),
    browser: t.boolean({ description: "Browser notifications (Web Push) for this show" }),
    reminderLeadTimes: t.field({
      type: [ReminderLeadTimeEnum],
      description: "When this show's reminders go out, longest first",
    }),
  }),
});

export const NotificationPreferencesInput = builder.inputType("NotificationPreferencesInput", {
  description: "Omitted fields take the viewer's notification settings.",
  fields: (t) => ({
    email: t.boolean({ required: false, description: "Email reminder and alerts" }),
    sms: t.boolean({
      required: false,
      description: "Text messages; needs a phone number in the notification settings",
    }),
    browser: t.boolean({ required: false, description: "Browser notifications (Web Push)" }),
    reminderLeadTimes: t.field({
      type: [ReminderLeadTimeEnum],
      required: false,
      description: "When this show's reminders go out; empty: none; omitted: the viewer's settings",
    }),
  }),
});

const WatchingRef = builder.objectRef<Watching>("Watching").implement({
  description:
    "What a registered viewer watched of the show, all their sessions and devices together (as in PerformanceAnalytics). Starts at zero; counted from the player's heartbeats.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    watchedLive: t.boolean({
      description: "Has a live view (at least 30 s watched live)",
      resolve: (watching) => watching.liveView,
    }),
    watchedReplay: t.boolean({
      description: "Has a replay view (at least 30 s of the replay watched)",
      resolve: (watching) => watching.replayView,
    }),
    liveSeconds: t.exposeInt("liveSeconds", { description: "Seconds watched live" }),
    replaySeconds: t.exposeInt("replaySeconds", { description: "Seconds of the replay watched" }),
  }),
});

export const RegistrationRef = builder.objectRef<RegistrationRow>("Registration").implement({
  description: "A viewer's registration for a show. Seen by that viewer and by organizers.",
  authScopes: (registration) => ({ $any: { self: registration.user_id, organizer: true } }),
  fields: (t) => ({
    performance: t.field({
      type: PerformanceRef,
      resolve: async (registration, _args, context) => {
        const withPerformance = registration as Partial<RegistrationWithPerformance>;
        return (
          withPerformance.performance ?? (await findPerformance(context.deps.db, registration.performance_id)) ?? null
        );
      },
      nullable: true,
      description: "The show registered for; null only if it no longer exists",
    }),
    viewer: t.field({ type: UserRef, description: "Who registered", resolve: (registration) => registration.user_id }),
    notificationPreferences: t.field({
      type: NotificationPreferencesRef,
      description: "The channels this viewer chose for this show",
      resolve: async (registration, _args, context) => {
        const preferences: NotificationPreferences = parsePreferences(registration.notification_preferences);
        const leadMinutes =
          preferences.leadMinutes ??
          (await findNotificationSettings(context.deps.db, registration.user_id)).reminderLeadMinutes;
        return { ...preferences, reminderLeadTimes: leadTimeNames(leadMinutes) };
      },
    }),
    registeredAt: t.expose("registered_at", {
      type: "DateTime",
      description: "When the viewer first registered (UTC)",
    }),
    watching: t.loadable({
      type: WatchingRef,
      description: "Whether and how long this viewer watched, live and replay: who came, for the organizers",
      load: async (keys: string[], context) => {
        const watching = await findWatching(
          context.deps.db,
          keys.map((key) => {
            const [performanceId = "", userId = ""] = key.split(":");
            return { performanceId, userId };
          }),
        );
        return keys.map((key) => watching.get(key) ?? NOTHING_WATCHED);
      },
      resolve: (registration) => `${registration.performance_id}:${registration.user_id}`,
    }),
  }),
});

const RegistrationWhen = builder.enumType("RegistrationWhen", {
  description: "Which of a user's registrations to list.",
  values: {
    UPCOMING: { description: "Shows that have not ended, soonest first" },
    PAST: { description: "Shows that have ended, latest first" },
  } as const,
});

builder.objectField(UserRef, "registrations", (t) =>
  t.field({
    type: [RegistrationRef],
    description: "The user's registrations; only the user sees them (null, with FORBIDDEN in errors, for anyone else)",
    nullable: true,
    authScopes: (user) => ({ self: user.id }),
    args: {
      when: t.arg({
        type: RegistrationWhen,
        required: false,
        defaultValue: "UPCOMING",
        description: "Upcoming shows (soonest first) or past ones (latest first)",
      }),
      first: t.arg.int({
        required: false,
        defaultValue: 50,
        description: "How many, at most 200 (more are cut to 200)",
      }),
    },
    resolve: (user, { when, first }, context) =>
      registrationsOf(context.deps, user.id, when ?? "UPCOMING", first ?? 50),
  }),
);

builder.objectFields(PerformanceRef, (t) => ({
  registrationCount: t.loadable({
    type: "Int",
    description: "How many viewers registered; public",
    load: async (ids: string[], context) => {
      const counts = await countRegistrations(context.deps.db, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    },
    resolve: (performance) => performance.id,
  }),
  viewerIsRegistered: t.boolean({
    description: "Whether the signed-in viewer registered; false when signed out",
    resolve: async (performance, _args, context) =>
      (await context.loaders.callerRegistration.load(performance.id)) !== null,
  }),
}));

builder.objectField(PerformanceRef, "viewerRegistration", (t) =>
  t.field({
    type: RegistrationRef,
    nullable: true,
    description:
      "The signed-in viewer's registration for this show, with its notification preferences; null when not registered",
    authScopes: { public: true },
    resolve: (performance, _args, context) => context.loaders.callerRegistration.load(performance.id),
  }),
);

builder.objectField(PerformanceRef, "registrations", (t) =>
  t.connection(
    {
      type: RegistrationRef,
      description:
        "Who registered, in registration order; 50 a page by default, at most 200. Organizers only (null, with FORBIDDEN or UNAUTHENTICATED in errors, for anyone else)",
      nullable: true,
      authScopes: { organizer: true },
      resolve: (performance, args, context) =>
        resolveCursorConnection(
          { args, defaultSize: 50, maxSize: 200, toCursor: (row) => encodeCursor([row.registered_at, row.user_id]) },
          ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
            listRegistrationsOfPerformance(context.deps.db, performance.id, {
              after: after ? registrationKey(after) : undefined,
              before: before ? registrationKey(before) : undefined,
              inverted,
              limit,
            }),
        ),
    },
    { name: "RegistrationConnection", description: "A page of a show's registrations, in registration order." },
    { name: "RegistrationEdge", description: "One registration of a page, with its cursor." },
  ),
);

function registrationKey(cursor: string): RegistrationKey {
  const [registeredAt = "", userId = ""] = decodeCursor(cursor, 2);
  return { registeredAt, userId };
}

builder.mutationFields((t) => ({
  registerForPerformance: t.withAuth({ signedIn: true }).field({
    type: RegistrationRef,
    description:
      "Registers the signed-in viewer for a show that has not ended: they may watch it and get its reminder and alerts; or, once it has ended, for its replay while the replay window is open (ReplayExpiredError after). Registering again only updates the preferences. ConflictError for a cancelled show or one that was never broadcast; ValidationError for SMS without a phone number on file.",
    args: {
      performanceId: t.arg.id({ description: "Performance.id" }),
      notificationPreferences: t.arg({
        type: NotificationPreferencesInput,
        required: false,
        description: "Channels for this show; omitted: the viewer's notification settings",
      }),
    },
    errors: {
      types: [NotFoundError, ConflictError, ReplayExpiredError, RateLimitedError],
      union: {
        description:
          "The registration, or why there is none (NotFoundError, ConflictError, ReplayExpiredError, RateLimitedError, ValidationError, UnauthenticatedError).",
      },
    },
    resolve: (_root, { performanceId, notificationPreferences }, context) =>
      register(context.deps, {
        performanceId: String(performanceId),
        userId: context.caller.user.id,
        preferences: notificationPreferences ?? null,
      }),
  }),
  unregisterFromPerformance: t.withAuth({ signedIn: true }).field({
    type: PerformanceRef,
    description:
      "Removes the signed-in viewer's registration (no more reminders or playback) and returns the show; harmless when not registered.",
    args: { performanceId: t.arg.id({ description: "Performance.id" }) },
    errors: {
      types: [NotFoundError],
      union: { description: "The show, or why not (NotFoundError, UnauthenticatedError)." },
    },
    resolve: (_root, { performanceId }, context) =>
      unregister(context.deps, String(performanceId), context.caller.user.id),
  }),
}));
