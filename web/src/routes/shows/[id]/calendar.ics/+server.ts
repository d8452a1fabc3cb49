import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { CalendarContext, calendarShowOf, DEFAULT_REMINDER_MINUTES } from "$lib/server/calendar-files";
import { graphqlFor } from "$lib/server/graphql";
import { calendarResponse, icsForShows, slug } from "$lib/server/ics";
import type { RequestHandler } from "./$types";

const ShowForCalendar = graphql(`
  query ShowForCalendar($id: ID!) {
    performance(id: $id) {
      id
      title
      description
      scheduledTime
      endTime
      status
    }
  }
`);

/** One show's .ics, with an alarm at the fan's reminder. A show that is over has none to offer. */
export const GET: RequestHandler = async (event) => {
  const client = graphqlFor(event);
  const [{ performance }, context] = await Promise.all([
    client.query(ShowForCalendar, { id: event.params.id }),
    client.query(CalendarContext, { signedIn: event.locals.user !== null }),
  ]);
  if (!performance) error(404, "We could not find that show.");
  if (performance.status === "ENDED" || Date.parse(performance.endTime) <= Date.now()) {
    error(410, "This show is over, so there is nothing to add to a calendar.");
  }
  const body = icsForShows([calendarShowOf(event, performance)], {
    host: event.url.hostname,
    timeZone: context.siteTimeZone,
    reminderMinutes: context.me?.notificationSettings?.reminderMinutesBefore ?? DEFAULT_REMINDER_MINUTES,
    now: new Date(),
  });
  return calendarResponse(body, slug(performance.title));
};
