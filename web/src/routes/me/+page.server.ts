import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { calendarShow } from "$lib/server/calendar";
import { setFlash } from "$lib/server/flash";
import { checked, invalid, issuesToErrors, textOf } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";
import { formatDateShort } from "$lib/server/time";
import type { ReminderLeadTime } from "$lib/graphql/generated/graphql";
import { LEAD_TIMES } from "$lib/notifications/lead-times";
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
        reminderLeadTimes
        runningLate
        emailUnsubscribed
        smsStopped
        pushSubscriptions {
          id
          label
          createdAt
        }
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

const RemoveBrowser = graphql(`
  mutation RemoveBrowser($id: ID!) {
    removePushSubscription(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const SETTINGS_FIELDS = {
  phoneNumber: { id: "phoneNumber", label: "Phone number" },
  reminderLeadTimes: { id: "lead-ONE_DAY", label: "Reminders" },
  timeZone: { id: "lead-ONE_DAY", label: "Time zone" },
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
      reminderLeadTimes: form.getAll("reminderLeadTimes").filter(isLeadTime),
      runningLate: checked(form, "runningLate"),
    };
    const { updateNotificationSettings: result } = await graphqlFor(event).mutate(UpdateSettings, {
      // "+1 (555) 123-4567" is how people write it; the API wants +15551234567. Messages give
      // times in the zone this browser reported, next to the circus's.
      input: {
        ...values,
        phoneNumber: values.phoneNumber.replace(/[\s().-]/g, ""),
        ...(event.locals.timeZoneDetected ? { timeZone: event.locals.timeZone } : {}),
      },
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
  removeBrowser: async (event) => {
    const id = textOf(await event.request.formData(), "id");
    const { removePushSubscription: result } = await graphqlFor(event).mutate(RemoveBrowser, { id });
    setFlash(
      event.cookies,
      result.__typename === "RemovePushSubscriptionPayload"
        ? "That browser no longer gets notifications."
        : result.message,
    );
    redirect(303, "/me#reminders");
  },
};

function isLeadTime(value: FormDataEntryValue): value is ReminderLeadTime {
  return typeof value === "string" && (LEAD_TIMES as readonly string[]).includes(value);
}
