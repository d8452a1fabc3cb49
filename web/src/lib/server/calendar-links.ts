// "Add to Google Calendar" and "Add to Outlook" links: both services open a new event from the URL.

export interface LinkedEvent {
  title: string;
  description: string;
  start: string;
  end: string;
  watchUrl: string;
  /** RRULE value for a weekly series (Google only: Outlook's link takes single events) */
  recurrence?: string;
}

const utcStamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export function googleCalendarUrl(event: LinkedEvent): string {
  const url = new URL("https://calendar.google.com/calendar/render");
  url.searchParams.set("action", "TEMPLATE");
  url.searchParams.set("text", event.title);
  url.searchParams.set("dates", `${utcStamp(event.start)}/${utcStamp(event.end)}`);
  url.searchParams.set("details", [event.description.trim(), `Watch: ${event.watchUrl}`].filter(Boolean).join("\n\n"));
  url.searchParams.set("location", event.watchUrl);
  if (event.recurrence) url.searchParams.set("recur", `RRULE:${event.recurrence}`);
  return url.href;
}

export function outlookCalendarUrl(event: LinkedEvent): string {
  const url = new URL("https://outlook.live.com/calendar/0/deeplink/compose");
  url.searchParams.set("path", "/calendar/action/compose");
  url.searchParams.set("rru", "addevent");
  url.searchParams.set("subject", event.title);
  url.searchParams.set("startdt", new Date(event.start).toISOString());
  url.searchParams.set("enddt", new Date(event.end).toISOString());
  url.searchParams.set("body", [event.description.trim(), `Watch: ${event.watchUrl}`].filter(Boolean).join("\n\n"));
  url.searchParams.set("location", event.watchUrl);
  return url.href;
}
