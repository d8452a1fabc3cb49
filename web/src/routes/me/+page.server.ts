import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { calendarShow } from "$lib/server/calendar";
import { setFlash } from "$lib/server/flash";
import { checked, invalid, issuesToErrors, textOf } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";
import { formatDateShort } from "$lib/server/time";
import type { Actions, PageServerLoad } from "./$types";

const MyPage = graphql(`
  query MyPage {
    me {
      name
      email
      calendarFeedUrl
      notificationSettings {
        email
        sms
        browser
        phoneNumber
        reminderMinutesBefore
      }
      upcoming: registrations(when: UPCOMING, first: 100) {
        ...MyRegistration
      }
      past: registrations(when: PAST, first: 20) {
        ...MyRegistration
      }
    }
  }

  fragment MyRegistration on Registration {
    registeredAt
    notificationPreferences {
      email
      sms
      browser
    }
    performance {
      id
      title
      scheduledTime
      endTime
      durationMinutes
      status
      thumbnailUrl
      viewerIsRegistered
      registrationCount
      recording {
        readyAt
      }
    }
  }
`);

const UpdateSettings = graphql(`
  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      __typename
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const SETTINGS_FIELDS = {
  phoneNumber: { id: "phoneNumber", label: "Phone number" },
  reminderMinutesBefore: { id: "reminderMinutesBefore", label: "Reminder time" },
  sms: { id: "sms", label: "Text messages" },
  email: { id: "email", label: "Email" },
  browser: { id: "browser", label: "Browser notifications" },
};

export const load: PageServerLoad = async (event) => {
  if (!event.locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent("/me")}`);
  const zone = event.locals.timeZone;
  const { me } = await graphqlFor(event).query(MyPage, {});
  if (!me) redirect(303, `/sign-in?redirectTo=${encodeURIComponent("/me")}`);

  const shows = (registrations: typeof me.upcoming) =>
    (registrations ?? []).flatMap(({ performance, notificationPreferences }) =>
      performance
        ? [
            {
              ...calendarShow(performance, zone),
              date: formatDateShort(performance.scheduledTime, zone),
              preferences: notificationPreferences,
            },
          ]
        : [],
    );
  return {
    upcoming: shows(me.upcoming),
    past: shows(me.past),
    settings: me.notificationSettings,
    account: { email: me.email ?? "", calendarFeedUrl: me.calendarFeedUrl ?? null },
  };
};

export const actions: Actions = {
  settings: async (event) => {
    const form = await event.request.formData();
    const values = {
      email: checked(form, "email"),
      sms: checked(form, "sms"),
      browser: checked(form, "browser"),
      phoneNumber: textOf(form, "phoneNumber"),
      reminderMinutesBefore: textOf(form, "reminderMinutesBefore"),
    };
    const minutes = Number(values.reminderMinutesBefore);
    if (!/^\d+$/.test(values.reminderMinutesBefore) || !Number.isSafeInteger(minutes)) {
      return invalid(values, {
        reminderMinutesBefore: "Reminder time must be a whole number of minutes, for example 60 for one hour.",
      });
    }
    const { updateNotificationSettings: result } = await graphqlFor(event).mutate(UpdateSettings, {
      // "+1 (555) 123-4567" is how people write it; the API wants +15551234567.
      input: { ...values, phoneNumber: values.phoneNumber.replace(/[\s().-]/g, ""), reminderMinutesBefore: minutes },
    });
    if (result.__typename === "NotificationSettings") {
      setFlash(event.cookies, "Your notification settings are saved.");
      redirect(303, "/me");
    }
    if (result.__typename === "ValidationError") {
      const { errors, message } = issuesToErrors(result.issues, SETTINGS_FIELDS);
      return invalid(values, errors, message);
    }
    return invalid(values, {}, result.message);
  },
};
