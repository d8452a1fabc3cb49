import { graphql } from "$lib/graphql/generated";
import { badParameter } from "$lib/server/bad-input";
import { daysOf, parseCalendarDate, parseView, periodBounds, periodOf } from "$lib/server/calendar";
import { readConfig } from "$lib/server/config";
import { graphqlFor } from "$lib/server/graphql";
import { formatBothTimes, formatDateLong } from "$lib/server/time";
import { allNodes } from "$lib/server/performances";
import { parseCalendarFilter } from "$lib/calendar-filter";
import { loadReplayShelf } from "$lib/server/replay-shelf";
import type { PageServerLoad } from "./$types";

const CalendarShows = graphql(`
  query CalendarShows(
    $from: DateTime!
    $to: DateTime!
    $after: String
    $withoutContentNotes: [ContentNote!]
    $withAccessFeatures: [AccessFeature!]
  ) {
    performances(
      from: $from
      to: $to
      first: 100
      after: $after
      withoutContentNotes: $withoutContentNotes
      withAccessFeatures: $withAccessFeatures
    ) {
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

const HomeShows = graphql(`
  query HomeShows {
    performances(first: 10) {
      edges {
        node {
          id
          title
          scheduledTime
          endTime
          status
          thumbnailUrl
          registrationCount
          contentNotes
          accessFeatures
        }
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
  const filter = parseCalendarFilter(params);
  if (!filter) {
    badParameter("This address filters the calendar by a content note or access feature that does not exist.");
  }
  const period = periodOf(view, date, zone, event.locals.now);
  // The calendar refetches its range when the schedule changes (scheduleChanged, see +page.svelte).
  event.depends("app:calendar");
  const shows = await allNodes(
    graphqlFor(event),
    CalendarShows,
    { ...periodBounds(period, zone), withoutContentNotes: filter.without, withAccessFeatures: filter.with },
    (result) => result.performances,
  );
  const upcoming = (await graphqlFor(event).query(HomeShows, {})).performances.edges.map((edge) => edge.node);
  const config = readConfig();
  const organizer = event.locals.user?.role === "ORGANIZER";
  const liveNow = upcoming.filter((show) => show.status === "LIVE" || show.status === "INTERRUPTED");
  const next = upcoming.find((show) => show.status === "SCHEDULED");
  const { start: _start, end: _end, ...periodData } = period;
  return {
    period: periodData,
    filter,
    days: daysOf(period, shows, zone, event.locals.now),
    showCount: shows.length,
    replays: await loadReplayShelf(event),
    liveNow: liveNow.map((show) => ({ id: show.id, title: show.title, interrupted: show.status === "INTERRUPTED" })),
    next: next && {
      ...next,
      date: formatDateLong(next.scheduledTime, zone),
      time: formatBothTimes(next.scheduledTime, zone, config.siteTimeZone),
      showCount: organizer || next.registrationCount >= config.registrationCountThreshold,
    },
  };
};
