import type { PerformanceRow } from "../db/tables";
import { NotFoundError } from "../errors";
import { PerformanceRef } from "../performances/performance.graphql";
import { PerformanceStatusEnum } from "../performances/status.graphql";
import { findPerformance } from "../performances/performances.repository";
import { builder } from "../schema/builder";
import type { Channel } from "./channel";
import { SCHEDULE_HUB, subscribe } from "./hub-client";
import type { PerformanceEvent, ViewerCount } from "./hub-messages";

type EventShape = Omit<PerformanceEvent, "change"> & { change: PerformanceEvent["change"] | "CURRENT" };

const PerformanceChangeEnum = builder.enumType("PerformanceChange", {
  description: "What a PerformanceEvent reports.",
  values: {
    CURRENT: { description: "The state when the subscription started (always the first event)" },
    CREATED: { description: "A new show (for a weekly series, its first show)" },
    STATUS: { description: "The status changed: live, signal lost, ended..." },
    RESCHEDULED: { description: "The time changed" },
    UPDATED: { description: "Title, description, duration or thumbnail changed" },
    CANCELLED: { description: "The show was cancelled" },
  } as const,
});

const PerformanceEventRef = builder.objectRef<EventShape>("PerformanceEvent").implement({
  description: "Something happened to a performance.",
  authScopes: { public: true },
  fields: (t) => ({
    change: t.field({ type: PerformanceChangeEnum, description: "What happened", resolve: (event) => event.change }),
    status: t.field({
      type: PerformanceStatusEnum,
      description: "The show's status after the change (the same as performance.status)",
      resolve: (event) => event.performance.status,
    }),
    performance: t.field({
      type: PerformanceRef,
      description: "The performance after the change",
      resolve: (event) => event.performance,
    }),
    at: t.expose("at", { type: "DateTime", description: "When it happened (UTC)" }),
  }),
});

const LiveViewerCountRef = builder.objectRef<ViewerCount>("LiveViewerCount").implement({
  description: "How many signed-in viewers are watching live now (each viewer counts once, whatever their devices).",
  authScopes: { signedIn: true },
  fields: (t) => ({
    performanceId: t.exposeID("performanceId", { description: "The show counted" }),
    viewers: t.exposeInt("viewers", {
      description: "Signed-in viewers watching now (a heartbeat within 35 s), each once whatever their devices",
    }),
    peak: t.exposeInt("peak", { description: "Most viewers at once so far" }),
    at: t.expose("at", { type: "DateTime", description: "When it was counted (UTC)" }),
  }),
});

/** Skips events the current state already includes. */
const newerThan = (current: PerformanceRow) => (event: EventShape) => event.performance.updated_at > current.updated_at;

builder.subscriptionFields((t) => ({
  performanceStatus: t.field({
    type: PerformanceEventRef,
    description:
      "Every change of one performance: live, signal lost, ended, cancelled, rescheduled. The first event is its current state (change CURRENT), also after a reconnect. Public. For a show that does not exist, the stream sends one error with code NOT_FOUND and ends.",
    authScopes: { public: true },
    args: { id: t.arg.id({ description: "Performance.id" }) },
    subscribe: async (_root, { id }, context) => {
      // Listen first, then read the current state: nothing published in between is lost.
      const events = (await subscribe(context.deps.env, String(id), "status")) as Channel<EventShape>;
      const current = await findPerformance(context.deps.db, String(id));
      if (!current) {
        events.end();
        throw new NotFoundError("Performance", String(id));
      }
      events.filter(newerThan(current));
      events.prepend({ change: "CURRENT", performance: current, at: context.deps.clock.now().toISOString() });
      return events;
    },
    resolve: (event) => event,
  }),
  liveViewerCount: t.field({
    type: LiveViewerCountRef,
    description:
      "The live viewer count of a show, pushed when it changes (at most every 2 s). Registered viewers and organizers only (UNAUTHENTICATED or FORBIDDEN otherwise; the stream sends one error and ends; NOT_FOUND for a show that does not exist).",
    args: { id: t.arg.id({ description: "Performance.id" }) },
    authScopes: (_root, { id }) => ({ $any: { organizer: true, registeredFor: String(id) } }),
    subscribe: async (_root, { id }, context) => {
      if (!(await findPerformance(context.deps.db, String(id)))) throw new NotFoundError("Performance", String(id));
      return subscribe(context.deps.env, String(id), "viewers");
    },
    resolve: (count) => count,
  }),
  scheduleChanged: t.field({
    type: PerformanceEventRef,
    description:
      "Tells a calendar that the schedule changed (a show was created, moved, edited, cancelled or changed status), one event per show changed. Public. No CURRENT event: read performances first, then apply the events.",
    authScopes: { public: true },
    subscribe: (_root, _args, context) => subscribe(context.deps.env, SCHEDULE_HUB, "schedule"),
    resolve: (event) => event,
  }),
}));
