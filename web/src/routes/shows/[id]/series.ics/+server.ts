import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { CalendarContext, DEFAULT_REMINDER_MINUTES, watchUrlOf } from "$lib/server/calendar-files";
import { graphqlFor } from "$lib/server/graphql";
import { calendarResponse, icsForSeries, slug } from "$lib/server/ics";
import type { RequestHandler } from "./$types";

const SeriesForCalendar = graphql(`
  query SeriesForCalendar($id: ID!) {
    performance(id: $id) {
      id
      description
      series {
        id
        title
        weekday
        localTime
        startsOn
        endsOn
        durationMinutes
      }
    }
  }
`);

const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

/** The whole weekly series of a show as one repeating event (RRULE, VTIMEZONE, the fan's alarm). */
export const GET: RequestHandler = async (event) => {
  const client = graphqlFor(event);
  const [{ performance }, context] = await Promise.all([
    client.query(SeriesForCalendar, { id: event.params.id }),
    client.query(CalendarContext, { signedIn: event.locals.user !== null }),
  ]);
  if (!performance) error(404, "We could not find that show.");
  const series = performance.series;
  if (!series) error(404, "This show is not part of a weekly series.");
  const body = icsForSeries(
    {
      id: series.id,
      title: series.title,
      description: performance.description,
      weekday: WEEKDAYS.indexOf(series.weekday) + 1,
      localTime: series.localTime,
      startsOn: series.startsOn,
      endsOn: series.endsOn ?? null,
      durationMinutes: series.durationMinutes,
      watchUrl: watchUrlOf(event, performance.id),
    },
    {
      host: event.url.hostname,
      timeZone: context.siteTimeZone,
      reminderMinutes: context.me?.notificationSettings?.reminderMinutesBefore ?? DEFAULT_REMINDER_MINUTES,
      now: new Date(),
    },
  );
  return calendarResponse(body, `${slug(series.title)}-every-week`);
};
