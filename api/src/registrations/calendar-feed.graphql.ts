import { UserRef } from "../accounts/user.graphql";
import { PerformanceRef } from "../performances/performance.graphql";
import { builder } from "../schema/builder";
import {
  type CalendarFeed,
  calendarFeed,
  calendarFeedUrlOf,
  revokeCalendarFeed,
  rotateCalendarFeed,
} from "./calendar-feed.service";

const CalendarFeedRef = builder.objectRef<CalendarFeed>("CalendarFeed").implement({
  description:
    "What a fan's secret calendar feed holds: the shows they registered for (those of the last 30 days and every one to come) and their reminder.",
  authScopes: { public: true },
  fields: (t) => ({
    reminderMinutesBefore: t.exposeInt("reminderMinutesBefore", {
      description: "The fan's reminder, minutes before each show (the feed's alarms)",
    }),
    performances: t.field({
      type: [PerformanceRef],
      description: "The registered shows in time order, cancelled ones included (marked so in calendars)",
      resolve: (feed) => feed.performances,
    }),
  }),
});

builder.objectField(UserRef, "calendarFeedUrl", (t) =>
  t.string({
    nullable: true,
    description:
      "The user's secret calendar feed (a webcal:// URL calendar apps subscribe to) of every show they registered for; null until rotateCalendarFeed starts it. Anyone with the URL can read the feed: keep it private, rotate it if it leaks. Only the user sees it.",
    authScopes: (user) => ({ self: user.id }),
    resolve: (user, _args, context) => calendarFeedUrlOf(context.deps, user.id),
  }),
);

builder.queryField("calendarFeed", (t) =>
  t.field({
    type: CalendarFeedRef,
    nullable: true,
    description:
      "A calendar feed by the secret token of its URL (for the site's feed route; no session needed). null for a token that does not work, for any reason.",
    authScopes: { public: true },
    args: { token: t.arg.string({ description: "The token part of User.calendarFeedUrl" }) },
    resolve: (_root, { token }, context) => calendarFeed(context.deps, token),
  }),
);

builder.mutationFields((t) => ({
  rotateCalendarFeed: t.withAuth({ signedIn: true }).field({
    type: UserRef,
    description:
      "Starts the signed-in user's calendar feed, or gives it a new URL: the previous URL stops working at once. Returns the user (read calendarFeedUrl).",
    errors: { union: { description: "The user with the new feed URL, or UnauthenticatedError." } },
    resolve: async (_root, _args, context) => {
      await rotateCalendarFeed(context.deps, context.caller.user.id);
      return context.caller.user;
    },
  }),
  revokeCalendarFeed: t.withAuth({ signedIn: true }).field({
    type: UserRef,
    description: "Turns the signed-in user's calendar feed off: its URL stops working. Harmless when there is none.",
    errors: { union: { description: "The user (calendarFeedUrl is null now), or UnauthenticatedError." } },
    resolve: async (_root, _args, context) => {
      await revokeCalendarFeed(context.deps, context.caller.user.id);
      return context.caller.user;
    },
  }),
}));
