import { googleCalendarUrl, outlookCalendarUrl } from "$lib/server/calendar-links";

const BYDAY: Record<string, string> = {
  MONDAY: "MO",
  TUESDAY: "TU",
  WEDNESDAY: "WE",
  THURSDAY: "TH",
  FRIDAY: "FR",
  SATURDAY: "SA",
  SUNDAY: "SU",
};

/**
 * The show page's "Add to calendar" choices, or null for a show nobody can attend any more
 * (over or cancelled).
 */
export function calendarLinksOf(
  performance: {
    id: string;
    title: string;
    description: string;
    scheduledTime: string;
    endTime: string;
    status: string;
    series?: { weekday: string; endsOn?: string | null } | null;
  },
  watchUrl: string,
) {
  const over = performance.status === "ENDED" || Date.parse(performance.endTime) <= Date.now();
  if (over || performance.status === "CANCELLED") return null;
  const event = {
    title: performance.title,
    description: performance.description,
    start: performance.scheduledTime,
    end: performance.endTime,
    watchUrl,
  };
  const series = performance.series;
  return {
    ics: `/shows/${performance.id}/calendar.ics`,
    google: googleCalendarUrl(event),
    outlook: outlookCalendarUrl(event),
    series: series
      ? {
          ics: `/shows/${performance.id}/series.ics`,
          google: googleCalendarUrl({
            ...event,
            recurrence: `FREQ=WEEKLY;BYDAY=${BYDAY[series.weekday] ?? "MO"}${
              series.endsOn ? `;UNTIL=${series.endsOn.replace(/-/g, "")}` : ""
            }`,
          }),
        }
      : null,
  };
}
