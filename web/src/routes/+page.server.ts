import { graphql } from "$lib/graphql/generated";
import { daysOf, parseView, periodBounds, periodOf } from "$lib/server/calendar";
import { graphqlFor } from "$lib/server/graphql";
import { allNodes } from "$lib/server/performances";
import type { PageServerLoad } from "./$types";

const CalendarShows = graphql(`
  query CalendarShows($from: DateTime!, $to: DateTime!, $after: String) {
    performances(from: $from, to: $to, first: 100, after: $after) {
      edges {
        node {
          id
          title
          scheduledTime
          endTime
          durationMinutes
          status
          viewerIsRegistered
          registrationCount
          thumbnailUrl
          recording {
            readyAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const view = parseView(event.url.searchParams.get("view"));
  const period = periodOf(view, event.url.searchParams.get("date"), zone, event.locals.now);
  // The calendar refetches its range when the schedule changes (scheduleChanged, see +page.svelte).
  event.depends("app:calendar");
  const shows = await allNodes(
    graphqlFor(event),
    CalendarShows,
    periodBounds(period, zone),
    (result) => result.performances,
  );
  const { start: _start, end: _end, ...periodData } = period;
  return { period: periodData, days: daysOf(period, shows, zone, event.locals.now), showCount: shows.length };
};
