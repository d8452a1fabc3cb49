import type { RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { CalendarShow } from "./ics";

/** What every calendar route needs of the API: the circus's zone and, signed in, the fan's reminder. */
export const CalendarContext = graphql(`
  query CalendarContext($signedIn: Boolean!) {
    siteTimeZone
    me @include(if: $signedIn) {
      notificationSettings {
        reminderMinutesBefore
      }
    }
  }
`);

/** The reminder a signed-out visitor gets: the API's default. */
export const DEFAULT_REMINDER_MINUTES = 60;

export const watchUrlOf = (event: Pick<RequestEvent, "url">, id: string) =>
  new URL(`/shows/${id}/watch`, event.url).href;

export function calendarShowOf(
  event: Pick<RequestEvent, "url">,
  performance: {
    id: string;
    title: string;
    description: string;
    scheduledTime: string;
    endTime: string;
    status: string;
  },
): CalendarShow {
  return {
    id: performance.id,
    title: performance.title,
    description: performance.description,
    start: performance.scheduledTime,
    end: performance.endTime,
    cancelled: performance.status === "CANCELLED",
    watchUrl: watchUrlOf(event, performance.id),
  };
}
