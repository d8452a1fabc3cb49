import { error, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { checked, invalid } from "$lib/server/forms";
import { readConfig } from "$lib/server/config";
import { graphqlFor } from "$lib/server/graphql";
import {
  formatBothTimes,
  formatDateLong,
  formatDuration,
  formatSeriesRule,
  formatTimeRange,
  formatWeekday,
} from "$lib/server/time";
import type { ReminderLeadTime } from "$lib/graphql/generated/graphql";
import { LEAD_TIMES } from "$lib/notifications/lead-times";
import type { Actions, PageServerLoad } from "./$types";
import { calendarLinksOf } from "./calendar-links";

const isLeadTime = (value: FormDataEntryValue): value is ReminderLeadTime =>
  typeof value === "string" && (LEAD_TIMES as readonly string[]).includes(value);

const ShowPage = graphql(`
  query ShowPage($id: ID!, $signedIn: Boolean!) {
    performance(id: $id) {
      id
      title
      description
      scheduledTime
      endTime
      durationMinutes
      status
      thumbnailUrl
      contentNotes
      accessFeatures
      registrationCount
      viewerIsRegistered
      viewerRegistration {
        notificationPreferences {
          reminderLeadTimes
          email
          sms
          browser
        }
      }
      cancellationMessage
      series {
        id
        title
        weekday
        localTime
        endsOn
        viewerRegistration {
          registeredAt
        }
      }
      recording {
        readyAt
      }
    }
    me @include(if: $signedIn) {
      notificationSettings {
        reminderLeadTimes
        email
        sms
        browser
        phoneNumber
      }
    }
  }
`);

const Register = graphql(`
  mutation Register($performanceId: ID!, $preferences: NotificationPreferencesInput!) {
    registerForPerformance(performanceId: $performanceId, notificationPreferences: $preferences) {
      __typename
      ... on Registration {
        performance {
          title
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const RegisterForSeries = graphql(`
  mutation RegisterForSeries($seriesId: ID!, $preferences: NotificationPreferencesInput!) {
    registerForSeries(seriesId: $seriesId, notificationPreferences: $preferences) {
      __typename
      ... on SeriesRegistration {
        series {
          title
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const UnregisterFromSeries = graphql(`
  mutation UnregisterFromSeries($seriesId: ID!) {
    unregisterFromSeries(seriesId: $seriesId) {
      __typename
      ... on PerformanceSeries {
        title
      }
      ... on Error {
        message
      }
    }
  }
`);

const Unregister = graphql(`
  mutation Unregister($performanceId: ID!) {
    unregisterFromPerformance(performanceId: $performanceId) {
      __typename
      ... on Performance {
        title
      }
      ... on Error {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const { performance, me } = await graphqlFor(event).query(ShowPage, {
    id: event.params.id,
    signedIn: event.locals.user !== null,
  });
  if (!performance) error(404, "We could not find that show. It may have been removed.");

  const config = readConfig();
  const settings = me?.notificationSettings;
  const organizer = event.locals.user?.role === "ORGANIZER";
  const { viewerRegistration: registration, ...show } = performance;
  return {
    show: {
      ...show,
      over: Date.parse(performance.endTime) <= Date.now(),
      replay: Boolean(performance.recording),
      date: formatDateLong(performance.scheduledTime, zone),
      timeRange: formatTimeRange(performance.scheduledTime, performance.endTime, zone),
      duration: formatDuration(performance.durationMinutes),
      weekday: formatWeekday(performance.scheduledTime, zone),
      bothTimes: formatBothTimes(performance.scheduledTime, zone, config.siteTimeZone),
      seriesRule: performance.series ? formatSeriesRule(performance.scheduledTime, config.siteTimeZone) : null,
      showCount: organizer || performance.registrationCount >= config.registrationCountThreshold,
    },
    origin: event.url.origin,
    /** What the registration form starts with: this registration's choices, else the viewer's defaults */
    preferences:
      registration?.notificationPreferences ??
      (settings
        ? {
            email: settings.email,
            sms: settings.sms,
            browser: settings.browser,
            reminderLeadTimes: settings.reminderLeadTimes,
          }
        : null),
    hasPhoneNumber: Boolean(settings?.phoneNumber),
    calendar: calendarLinksOf(performance, new URL(`/shows/${performance.id}/watch`, event.url).href),
  };
};

export const actions: Actions = {
  register: async (event) => {
    if (!event.locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`);
    const form = await event.request.formData();
    const preferences = {
      email: checked(form, "email"),
      sms: checked(form, "sms"),
      browser: checked(form, "browser"),
      reminderLeadTimes: form.getAll("reminderLeadTimes").filter(isLeadTime),
    };
    const { registerForPerformance: result } = await graphqlFor(event).mutate(Register, {
      performanceId: event.params.id,
      preferences,
    });
    if (result.__typename === "Registration") {
      const wasRegistered = form.get("registered") === "yes";
      setFlash(
        event.cookies,
        wasRegistered
          ? "Your reminder choices are saved."
          : `You're registered for ${result.performance?.title ?? "the show"}. See you there!`,
      );
      redirect(303, event.url.pathname);
    }
    return invalid({ preferences }, {}, result.message);
  },
  registerSeries: async (event) => {
    if (!event.locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`);
    const form = await event.request.formData();
    const seriesId = String(form.get("seriesId") ?? "");
    const preferences = { email: checked(form, "email"), sms: checked(form, "sms"), browser: checked(form, "browser") };
    const { registerForSeries: result } = await graphqlFor(event).mutate(RegisterForSeries, { seriesId, preferences });
    if (result.__typename === "SeriesRegistration") {
      setFlash(event.cookies, `You're registered for every ${result.series.title}, including shows added later.`);
      redirect(303, event.url.pathname);
    }
    return invalid({ preferences }, {}, result.message);
  },
  leaveSeries: async (event) => {
    if (!event.locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`);
    const seriesId = String((await event.request.formData()).get("seriesId") ?? "");
    const { unregisterFromSeries: result } = await graphqlFor(event).mutate(UnregisterFromSeries, { seriesId });
    if (result.__typename === "PerformanceSeries") {
      setFlash(event.cookies, `You left ${result.title}: its coming shows are no longer in your list.`);
      redirect(303, event.url.pathname);
    }
    return invalid({}, {}, result.message);
  },
  unregister: async (event) => {
    if (!event.locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`);
    const { unregisterFromPerformance: result } = await graphqlFor(event).mutate(Unregister, {
      performanceId: event.params.id,
    });
    if (result.__typename === "Performance") {
      setFlash(event.cookies, `You're no longer registered for ${result.title}.`);
      redirect(303, event.url.pathname);
    }
    return invalid({}, {}, result.message);
  },
};
