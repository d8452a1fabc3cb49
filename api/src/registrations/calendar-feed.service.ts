import type { PerformanceRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { findNotificationSettings } from "../notifications/notification-settings.repository";
import { feedIdOf, feedToken, feedUrl, newFeedId } from "./calendar-feed";
import {
  deleteFeed,
  findFeedIdOfUser,
  findUserIdOfFeed,
  listRegisteredShows,
  replaceFeedId,
} from "./calendar-feed.repository";

/** A feed shows the last month's shows too, so calendars keep what the fan just watched. */
const FEED_PAST_DAYS = 30;
const FEED_MAX_SHOWS = 500;

export interface CalendarFeed {
  reminderMinutesBefore: number;
  performances: PerformanceRow[];
}

/** The user's feed URL, or null while they have none. */
export async function calendarFeedUrlOf(deps: AppDeps, userId: string): Promise<string | null> {
  const feedId = await findFeedIdOfUser(deps.db, userId);
  return feedId ? feedUrl(deps.config, await feedToken(deps.config, feedId)) : null;
}

/** Starts the user's feed, or replaces its URL with a new one (the old one stops working). */
export async function rotateCalendarFeed(deps: AppDeps, userId: string): Promise<void> {
  await replaceFeedId(deps.db, userId, newFeedId(), deps.clock.now().toISOString());
}

export async function revokeCalendarFeed(deps: AppDeps, userId: string): Promise<void> {
  await deleteFeed(deps.db, userId);
}

/** What a feed token shows: the owner's registered shows and reminder; null for any token that does not work. */
export async function calendarFeed(deps: AppDeps, token: string): Promise<CalendarFeed | null> {
  const feedId = await feedIdOf(deps.config, token);
  const userId = feedId ? await findUserIdOfFeed(deps.db, feedId) : undefined;
  if (!userId) return null;
  const since = new Date(deps.clock.now().getTime() - FEED_PAST_DAYS * 86_400_000).toISOString();
  const [settings, performances] = await Promise.all([
    findNotificationSettings(deps.db, userId),
    listRegisteredShows(deps.db, userId, { since, limit: FEED_MAX_SHOWS }),
  ]);
  // The calendar's alarm rings at the fan's shortest reminder (none chosen: at the start).
  const reminderMinutesBefore = settings.reminderLeadMinutes.length > 0 ? Math.min(...settings.reminderLeadMinutes) : 0;
  return { reminderMinutesBefore, performances };
}
