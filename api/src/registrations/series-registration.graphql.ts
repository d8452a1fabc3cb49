import { leadTimeNames } from "../notifications/lead-times";
import { findNotificationSettings } from "../notifications/notification-settings.repository";
import { UserRef } from "../accounts/user.graphql";
import type { SeriesRegistrationRow } from "../db/tables";
import { ConflictError, NotFoundError, RateLimitedError } from "../errors";
import { PerformanceSeriesRef } from "../performances/performance.graphql";
import { builder } from "../schema/builder";
import { NotificationPreferencesInput, NotificationPreferencesRef } from "./registration.graphql";
import { parsePreferences } from "./registrations.repository";
import { findSeriesRegistrationsOfUser } from "./series-registrations.repository";
import { registerForSeries, unregisterFromSeries } from "./series-registrations.service";

const SeriesRegistrationRef = builder.objectRef<SeriesRegistrationRow>("SeriesRegistration").implement({
  description:
    "A fan's registration for every show of a weekly series: each show still to come has its own Registration, and shows written later get one too.",
  authScopes: (registration) => ({ $any: { self: registration.user_id, organizer: true } }),
  fields: (t) => ({
    series: t.field({
      type: PerformanceSeriesRef,
      description: "The series",
      resolve: (registration) => registration.series_id,
    }),
    viewer: t.field({ type: UserRef, description: "Who registered", resolve: (registration) => registration.user_id }),
    notificationPreferences: t.field({
      type: NotificationPreferencesRef,
      description: "The channels chosen for the series' shows",
      resolve: async (registration, _args, context) => {
        const preferences = parsePreferences(registration.notification_preferences);
        const leadMinutes =
          preferences.leadMinutes ??
          (await findNotificationSettings(context.deps.db, registration.user_id)).reminderLeadMinutes;
        return { ...preferences, reminderLeadTimes: leadTimeNames(leadMinutes) };
      },
    }),
    registeredAt: t.expose("registered_at", { type: "DateTime", description: "When the fan registered (UTC)" }),
  }),
});

builder.objectFields(PerformanceSeriesRef, (t) => ({
  title: t.exposeString("title", { description: "The title of the series' shows (each show may differ)" }),
  durationMinutes: t.exposeInt("duration_minutes", { description: "How long each show lasts, in minutes" }),
  viewerRegistration: t.loadable({
    type: SeriesRegistrationRef,
    nullable: true,
    description: "The signed-in fan's registration for the whole series; null when signed out or not registered",
    authScopes: { public: true },
    load: async (seriesIds: string[], context) => {
      const callerId = context.caller?.user.id;
      if (!callerId) return seriesIds.map(() => null);
      const rows = await findSeriesRegistrationsOfUser(context.deps.db, callerId, seriesIds);
      const bySeries = new Map(rows.map((row) => [row.series_id, row]));
      return seriesIds.map((id) => bySeries.get(id) ?? null);
    },
    resolve: (series) => series.id,
  }),
}));

builder.mutationFields((t) => ({
  registerForSeries: t.withAuth({ signedIn: true }).field({
    type: SeriesRegistrationRef,
    description:
      "Registers the signed-in fan for every show of a weekly series that has not ended (cancelled ones excepted), and for every show the series gets later. Registering again updates the preferences. Counts against the registration limit once. ConflictError for a series that is over.",
    args: {
      seriesId: t.arg.id({ description: "PerformanceSeries.id (Performance.series.id)" }),
      notificationPreferences: t.arg({
        type: NotificationPreferencesInput,
        required: false,
        description: "Channels for the series' shows; omitted: the fan's notification settings",
      }),
    },
    errors: {
      types: [NotFoundError, ConflictError, RateLimitedError],
      union: {
        description:
          "The series registration, or why there is none (NotFoundError, ConflictError, RateLimitedError, ValidationError, UnauthenticatedError).",
      },
    },
    resolve: (_root, { seriesId, notificationPreferences }, context) =>
      registerForSeries(context.deps, {
        seriesId: String(seriesId),
        userId: context.caller.user.id,
        preferences: notificationPreferences ?? null,
      }),
  }),
  unregisterFromSeries: t.withAuth({ signedIn: true }).field({
    type: PerformanceSeriesRef,
    description:
      "Leaves a series: the fan's registrations for its shows that have not started go, and later shows are not registered. Shows already on or over keep their registration. Harmless when not registered.",
    args: { seriesId: t.arg.id({ description: "PerformanceSeries.id" }) },
    errors: {
      types: [NotFoundError],
      union: { description: "The series, or why not (NotFoundError, UnauthenticatedError)." },
    },
    resolve: (_root, { seriesId }, context) =>
      unregisterFromSeries(context.deps, String(seriesId), context.caller.user.id),
  }),
}));
