import { graphql } from "$lib/graphql/generated";
import { badParameter } from "$lib/server/bad-input";
import { daysOf, parseCalendarDate, parseView, periodBounds, periodOf } from "$lib/server/calendar";
import { graphqlFor } from "$lib/server/graphql";
import { allNodes } from "$lib/server/performances";
import { loadReplayShelf } from "$lib/server/replay-shelf";
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
  const params = event.url.searchParams;
  const view = parseView(params.get("view"));
  if (!view) badParameter("The calendar shows a month, a week or an agenda: this address asks for another view.");
  const date = parseCalendarDate(params.get("date"));
  if (date === undefined) {
    badParameter("This address asks the calendar for a day that does not exist. Dates look like 2026-12-31.");
  }
  const period = periodOf(view, date, zone, event.locals.now);
  // The calendar refetches its range when the schedule changes (scheduleChanged, see +page.svelte).
  event.depends("app:calendar");
  const shows = await allNodes(
    graphqlFor(event),
    CalendarShows,
    periodBounds(period, zone),
    (result) => result.performances,
  );
  const { start: _start, end: _end, ...periodData } = period;
  return {
    period: periodData,
    days: daysOf(period, shows, zone, event.locals.now),
    showCount: shows.length,
    replays: await loadReplayShelf(event),
  };
};
