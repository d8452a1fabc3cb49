import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { createGraphqlClient } from "$lib/graphql/client";
import { apiOrigin } from "$lib/server/api";
import { calendarShowOf } from "$lib/server/calendar-files";
import { calendarResponse, icsForShows } from "$lib/server/ics";
import type { RequestHandler } from "./$types";

const CalendarFeed = graphql(`
  query CalendarFeed($token: String!) {
    siteTimeZone
    calendarFeed(token: $token) {
      reminderMinutesBefore
      performances {
        id
        title
        description
        scheduledTime
        endTime
        status
      }
    }
  }
`);

/**
 * A fan's subscribed calendar. Calendar apps poll it without cookies: the secret token in the
 * path is the only key, so the API is asked without the visitor's session.
 */
export const GET: RequestHandler = async (event) => {
  const client = createGraphqlClient({ url: `${apiOrigin()}/graphql`, fetch: event.fetch });
  const { calendarFeed, siteTimeZone } = await client.query(CalendarFeed, { token: event.params.token });
  if (!calendarFeed)
    error(404, "This calendar link does not work: it may have been replaced. Copy the new one from My shows.");
  const body = icsForShows(
    calendarFeed.performances.map((performance) => calendarShowOf(event, performance)),
    {
      host: event.url.hostname,
      timeZone: siteTimeZone,
      reminderMinutes: calendarFeed.reminderMinutesBefore,
      name: "Medicine Fire Circus: my shows",
      now: new Date(),
    },
  );
  return calendarResponse(body, "firestream-my-shows");
};
