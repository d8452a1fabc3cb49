/**
 * Browser notifications for a signed-in fan, while a FireStream tab is open: a reminder before
 * each show they asked to be told about in the browser, and alerts when it goes live, moves or
 * is cancelled (from the `scheduleChanged` subscription). Email and SMS go out from the API.
 */

export interface WatchedShow {
  id: string;
  title: string;
  scheduledTime: string;
  status: string;
}

export interface BrowserAlert {
  title: string;
  body: string;
  /** One notification per show and kind, even with several tabs open */
  tag: string;
  url: string;
}

export interface ScheduleEvent {
  change: string;
  status: string;
  performance: { id: string; title: string; scheduledTime: string };
}

/** The instant as the API's tags spell it (api/src/notifications/message-templates.ts, notificationTag). */
const tagTime = (iso: string) => new Date(iso).toISOString();

/**
 * Whether this tab pops up its own alert. A device with an active Web Push subscription gets
 * the same event by push (the service worker shows it, tab open or not), so the tab stays quiet
 * and the fan sees one notification; the tags are the push's too, so an alert and a push that
 * crossed (a subscription made in between) replace each other. Nor does a fan watching that
 * very page need a pop-up about it.
 */
export function inTabAlertWanted(
  alert: BrowserAlert,
  device: { pushSubscribed: boolean; path: string; visible: boolean },
): boolean {
  if (device.pushSubscribed) return false;
  return !(device.visible && device.path === alert.url);
}

const when = (iso: string) =>
  new Intl.DateTimeFormat(undefined, {
    weekday: "long",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(iso));

/** The shows a fan wants browser alerts for, from their registrations. */
export function showsToWatch(
  registrations: readonly { notificationPreferences: { browser: boolean }; performance?: WatchedShow | null }[],
): Map<string, WatchedShow> {
  const watched = new Map<string, WatchedShow>();
  for (const { notificationPreferences, performance } of registrations)
    if (notificationPreferences.browser && performance) watched.set(performance.id, { ...performance });
  return watched;
}

/** The alert a schedule event is worth to a fan who registered for the show, if any. */
export function alertFor(event: ScheduleEvent, show: WatchedShow): BrowserAlert | null {
  const { id, title, scheduledTime } = event.performance;
  const watch = `/shows/${id}/watch`;
  const notLiveYet = show.status === "SCHEDULED" || show.status === "GOING_LIVE";
  if (event.change === "STATUS" && event.status === "LIVE" && notLiveYet)
    return { title: `Live now: ${title}`, body: "The show has started. Tap to watch.", tag: `live-${id}`, url: watch };
  if (event.change === "CANCELLED")
    return {
      title: `Cancelled: ${title}`,
      body: `The show on ${when(show.scheduledTime)} is cancelled. We're sorry.`,
      tag: `cancelled-${id}`,
      url: `/shows/${id}`,
    };
  if (event.change === "RESCHEDULED" && scheduledTime !== show.scheduledTime)
    return {
      title: `New time: ${title}`,
      body: `Now on ${when(scheduledTime)}.`,
      tag: `moved-${id}-${tagTime(scheduledTime)}`,
      url: `/shows/${id}`,
    };
  return null;
}

/** setTimeout's longest delay; a reminder further away is planned on a later page view. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** Milliseconds until the show's reminder is due, or null when it is not (any more) to be given. */
export function reminderDelay(show: WatchedShow, minutesBefore: number, now = Date.now()): number | null {
  if (show.status !== "SCHEDULED") return null;
  const due = Date.parse(show.scheduledTime) - minutesBefore * 60_000;
  const delay = due - now;
  // A reminder whose moment passed while no tab was open is not given late: the email was.
  if (delay < -60_000 || delay > MAX_DELAY_MS) return null;
  return Math.max(0, delay);
}

/** The reminder given at `now` (when its timer fires). */
export function reminderFor(show: WatchedShow, now = Date.now()): BrowserAlert {
  const minutes = Math.max(1, Math.round((Date.parse(show.scheduledTime) - now) / 60_000));
  return {
    title: `Starting soon: ${show.title}`,
    body:
      minutes < 90 ? `Starts in ${minutes} minute${minutes === 1 ? "" : "s"}.` : `Starts ${when(show.scheduledTime)}.`,
    tag: `reminder-${show.id}-${tagTime(show.scheduledTime)}`,
    url: `/shows/${show.id}/watch`,
  };
}
