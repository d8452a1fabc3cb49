import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { PerformanceRef } from "../performances/performance.graphql";
import { builder } from "../schema/builder";
import { decodeCursor, encodeCursor } from "../schema/cursor";
import {
  countDeliveriesByStatus,
  type DeliveryKey,
  type DeliveryListRow,
  listDeliveriesOfPerformance,
} from "./deliveries.repository";
import { leadTimeNames } from "./lead-times";
import { ReminderLeadTimeEnum } from "./notification-settings.graphql";
import { isRunningLate } from "./running-late.service";

const NotificationKindEnum = builder.enumType("NotificationKind", {
  description: "What a notification is about.",
  values: {
    REMINDER: { description: "The show is coming up (at one of the fan's lead times)" },
    LIVE: { description: "The show went live" },
    CANCELLED: { description: "The show was cancelled" },
    RESCHEDULED: { description: "The show moved to another time" },
    RUNNING_LATE: { description: "The show had not started 10 minutes after its time" },
    REPLAY_READY: { description: "The replay is ready (sent to fans who did not watch live)" },
  } as const,
});

const NotificationChannelEnum = builder.enumType("NotificationChannel", {
  description: "How a notification reaches the fan.",
  values: {
    EMAIL: { description: "Email, HTML with a plain-text part" },
    SMS: { description: "Text message" },
    PUSH: { description: "Browser notification (Web Push)" },
  } as const,
});

const DeliveryStatusEnum = builder.enumType("NotificationStatus", {
  description: "Where a notification is on its way.",
  values: {
    PLANNED: { description: "Waiting for its time (reminders)" },
    QUEUED: { description: "On the queue, or waiting to be retried" },
    SENDING: { description: "Being sent" },
    SENT: { description: "Handed to the provider" },
    FAILED: { description: "Given up (see lastError)" },
    SKIPPED: { description: "Not sent: the show started first, or the fan opted out of the channel" },
  } as const,
});

const NotificationRef = builder.objectRef<DeliveryListRow>("Notification").implement({
  description: "One message to one fan about one show, on one channel. Seen by that fan and by organizers.",
  authScopes: (row) => ({ $any: { self: row.user_id, organizer: true } }),
  fields: (t) => ({
    id: t.exposeID("id", { description: "The delivery id (also the providers' idempotency key)" }),
    kind: t.field({ type: NotificationKindEnum, description: "What it is about", resolve: (row) => row.kind }),
    channel: t.field({ type: NotificationChannelEnum, description: "How it goes", resolve: (row) => row.channel }),
    leadTime: t.field({
      type: ReminderLeadTimeEnum,
      nullable: true,
      description: "Reminders: how long before the show; null for other kinds",
      resolve: (row) => (row.kind === "REMINDER" ? (leadTimeNames([row.lead_minutes])[0] ?? null) : null),
    }),
    plannedFor: t.expose("send_at", { type: "DateTime", description: "When it is (or was) due to go out" }),
    status: t.field({ type: DeliveryStatusEnum, description: "Where it is", resolve: (row) => row.status }),
    sentAt: t.expose("sent_at", { type: "DateTime", nullable: true, description: "When it went out" }),
    attempts: t.exposeInt("attempts", { description: "Sending attempts so far" }),
    recipient: t.field({
      type: "ID",
      description: "The fan's user id",
      resolve: (row) => row.user_id,
    }),
    lastError: t.string({
      nullable: true,
      description: "Why the last attempt failed (organizers only; null for fans)",
      resolve: (row, _args, context) => (context.caller?.user.role === "ORGANIZER" ? row.last_error : null),
    }),
  }),
});

const StatusCountRef = builder.simpleObject("NotificationStatusCount", {
  description: "How many notifications are in one status.",
  // Read only through Performance.notifications, which decides whose notifications are counted.
  authScopes: { public: true },
  fields: (t) => ({
    status: t.field({ type: DeliveryStatusEnum, description: "The status" }),
    count: t.int({ description: "How many" }),
  }),
});

function deliveryKey(cursor: string): DeliveryKey {
  const [sendAt = "", id = ""] = decodeCursor(cursor, 2);
  return { sendAt, id };
}

/** Whose notifications a connection lists: an organizer sees everyone's, a fan their own. */
const scopeOf = (context: { caller?: { user: { id: string; role: string } } | null }) =>
  context.caller?.user.role === "ORGANIZER" ? undefined : context.caller?.user.id;

builder.objectFields(PerformanceRef, (t) => ({
  notifications: t.connection(
    {
      type: NotificationRef,
      description:
        "What was and will be sent about this show, in planned-time order: a fan sees their own, an organizer everyone's. 50 a page by default, at most 200. Signed in only (null, with UNAUTHENTICATED in errors, when signed out)",
      nullable: true,
      authScopes: { signedIn: true },
      resolve: async (performance, args, context) => {
        const userId = scopeOf(context);
        const connection = await resolveCursorConnection(
          {
            args,
            defaultSize: 50,
            maxSize: 200,
            toCursor: (row: DeliveryListRow) => encodeCursor([row.send_at, row.id]),
          },
          ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
            listDeliveriesOfPerformance(context.deps.db, performance.id, {
              userId,
              after: after ? deliveryKey(after) : undefined,
              before: before ? deliveryKey(before) : undefined,
              inverted,
              limit,
            }),
        );
        return Object.assign(connection, { performanceId: performance.id, userId });
      },
    },
    {
      name: "NotificationConnection",
      description: "A page of a show's notifications, with counts of them all by status.",
      fields: (c) => ({
        countsByStatus: c.field({
          type: [StatusCountRef],
          description: "How many of the notifications listed (all pages) are in each status that has any",
          resolve: (connection, _args, context) => {
            const scope = connection as unknown as { performanceId: string; userId?: string };
            return countDeliveriesByStatus(context.deps.db, scope.performanceId, scope.userId);
          },
        }),
      }),
    },
    { name: "NotificationEdge", description: "One notification of a page, with its cursor." },
  ),
  runningLate: t.boolean({
    description:
      "True while the show has not gone live 10 minutes after its scheduled time (subscribers of performanceStatus hear when it becomes true); public",
    resolve: (performance, _args, context) => isRunningLate(performance, context.deps.clock.now()),
  }),
}));
