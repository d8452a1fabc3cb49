import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { UserRef } from "../accounts/user";
import type { RegistrationRow } from "../db/tables";
import { ConflictError, NotFoundError, RateLimitedError } from "../errors";
import { findPerformance } from "../performances/repository";
import { PerformanceRef } from "../performances/performance";
import { builder } from "../schema/builder";
import { findWatching, NOTHING_WATCHED, type Watching } from "../analytics/repository";
import { decodeCursor, encodeCursor } from "../schema/cursor";
import { enforceRateLimits } from "../security/rate-limits";
import { register, unregister } from "./registering";
import {
  listRegistrationsOfPerformance,
  listRegistrationsOfUser,
  type NotificationPreferences,
  parsePreferences,
  type RegistrationKey,
  type RegistrationWithPerformance,
} from "./repository";

const NotificationPreferencesRef = builder.simpleObject("NotificationPreferences", {
  description: "How this viewer wants to hear about this show.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    email: t.boolean(),
    sms: t.boolean(),
    browser: t.boolean({ description: "Browser push notifications" }),
  }),
});

const NotificationPreferencesInput = builder.inputType("NotificationPreferencesInput", {
  description: "Omitted fields take the viewer's notification settings.",
  fields: (t) => ({
    email: t.boolean({ required: false }),
    sms: t.boolean({ required: false }),
    browser: t.boolean({ required: false }),
  }),
});

const WatchingRef = builder.objectRef<Watching>("Watching").implement({
  description: "What a registered viewer watched of the show. Starts at zero; counted from the player's heartbeats.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    watchedLive: t.boolean({
      description: "Pressed play while the show was on",
      resolve: (watching) => watching.liveSessions > 0,
    }),
    watchedReplay: t.boolean({
      description: "Pressed play on the replay",
      resolve: (watching) => watching.replaySessions > 0,
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
        return withPerformance.performance ?? (await findPerformance(context.db, registration.performance_id)) ?? null;
      },
      nullable: true,
    }),
    viewer: t.field({ type: UserRef, resolve: (registration) => registration.user_id }),
    notificationPreferences: t.field({
      type: NotificationPreferencesRef,
      resolve: (registration): NotificationPreferences => parsePreferences(registration.notification_preferences),
    }),
    registeredAt: t.expose("registered_at", { type: "DateTime" }),
    watching: t.loadable({
      type: WatchingRef,
      description: "Whether and how long this viewer watched, live and replay: who came, for the organizers",
      load: async (keys: string[], context) => {
        const watching = await findWatching(
          context.db,
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
  values: {
    UPCOMING: { description: "Shows that have not ended, soonest first" },
    PAST: { description: "Shows that have ended, latest first" },
  } as const,
});

builder.objectField(UserRef, "registrations", (t) =>
  t.field({
    type: [RegistrationRef],
    description: "The user's registrations; only the user sees them",
    nullable: true,
    authScopes: (user) => ({ self: user.id }),
    args: {
      when: t.arg({ type: RegistrationWhen, required: false, defaultValue: "UPCOMING" }),
      first: t.arg.int({ required: false, defaultValue: 50, description: "At most 200" }),
    },
    resolve: (user, { when, first }, context) => {
      const now = new Date().toISOString();
      const limit = Math.min(Math.max(first ?? 50, 0), 200);
      return listRegistrationsOfUser(
        context.db,
        user.id,
        when === "PAST" ? { endedBefore: now, limit } : { endsAfter: now, limit },
      );
    },
  }),
);

builder.objectField(PerformanceRef, "viewerRegistration", (t) =>
  t.field({
    type: RegistrationRef,
    nullable: true,
    description:
      "The signed-in viewer's registration for this show, with its notification preferences; null when not registered",
    authScopes: { public: true },
    resolve: (performance, _args, context) => context.loaders.viewerRegistration.load(performance.id),
  }),
);

builder.objectField(PerformanceRef, "registrations", (t) =>
  t.connection(
    {
      type: RegistrationRef,
      description: "Who registered, in registration order (organizers only)",
      nullable: true,
      authScopes: { organizer: true },
      resolve: (performance, args, context) =>
        resolveCursorConnection(
          { args, defaultSize: 50, maxSize: 200, toCursor: (row) => encodeCursor([row.registered_at, row.user_id]) },
          ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
            listRegistrationsOfPerformance(context.db, performance.id, {
              after: after ? registrationKey(after) : undefined,
              before: before ? registrationKey(before) : undefined,
              inverted,
              limit,
            }),
        ),
    },
    { name: "RegistrationConnection" },
    { name: "RegistrationEdge" },
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
      "Registers the signed-in viewer for a show that has not ended. Registering again updates the preferences.",
    args: {
      performanceId: t.arg.id(),
      notificationPreferences: t.arg({ type: NotificationPreferencesInput, required: false }),
    },
    errors: { types: [NotFoundError, ConflictError, RateLimitedError] },
    resolve: async (_root, { performanceId, notificationPreferences }, context) => {
      await enforceRateLimits(context.env, [{ limiter: "registration", key: context.viewer.user.id }]);
      return register(context.db, {
        performanceId: String(performanceId),
        userId: context.viewer.user.id,
        preferences: notificationPreferences ?? null,
        now: new Date(),
      });
    },
  }),
  unregisterFromPerformance: t.withAuth({ signedIn: true }).field({
    type: PerformanceRef,
    description: "Removes the signed-in viewer's registration; harmless when not registered.",
    args: { performanceId: t.arg.id() },
    errors: { types: [NotFoundError] },
    resolve: async (_root, { performanceId }, context) => {
      await unregister(context.db, String(performanceId), context.viewer.user.id);
      const performance = await findPerformance(context.db, String(performanceId));
      if (!performance) throw new NotFoundError("Performance", String(performanceId));
      return performance;
    },
  }),
}));
