import { UserRef } from "../accounts/user.graphql";
import type { PushSubscriptionRow } from "../db/tables";
import { ConflictError, NotFoundError } from "../errors";
import { builder } from "../schema/builder";
import { LEAD_TIMES, leadTimeNames } from "./lead-times";
import { findNotificationSettings, type NotificationSettings, shortestLead } from "./notification-settings.repository";
import { updateNotificationSettings } from "./notification-settings.service";
import { listPushSubscriptions } from "./push-subscriptions.repository";
import { registerPushSubscription, removePushSubscription } from "./push-subscriptions.service";

export const ReminderLeadTimeEnum = builder.enumType("ReminderLeadTime", {
  description: "How long before a show a reminder goes out.",
  values: {
    ONE_WEEK: { description: "A week before", value: "ONE_WEEK" },
    ONE_DAY: { description: "24 hours before", value: "ONE_DAY" },
    THREE_HOURS: { description: "3 hours before", value: "THREE_HOURS" },
    ONE_HOUR: { description: "1 hour before", value: "ONE_HOUR" },
    FIFTEEN_MINUTES: { description: "15 minutes before", value: "FIFTEEN_MINUTES" },
  } as const,
});

const PushSubscriptionRef = builder.objectRef<PushSubscriptionRow>("PushSubscription").implement({
  description: "A browser (device) that shows this fan's notifications, also when no FireStream tab is open.",
  authScopes: (row) => ({ self: row.user_id }),
  fields: (t) => ({
    id: t.exposeID("id", { description: "For removePushSubscription" }),
    label: t.exposeString("label", { description: "Which browser, as it described itself, e.g. Chrome on Linux" }),
    createdAt: t.expose("created_at", { type: "DateTime", description: "When the fan allowed notifications there" }),
    lastUsedAt: t.expose("last_used_at", {
      type: "DateTime",
      nullable: true,
      description: "When a notification last reached it; null before the first",
    }),
  }),
});

export const NotificationSettingsRef = builder
  .objectRef<NotificationSettings & { userId: string }>("NotificationSettings")
  .implement({
    description: "How a viewer wants to hear about shows; the defaults for each new registration.",
    authScopes: { signedIn: true },
    fields: (t) => ({
      email: t.exposeBoolean("email", { description: "Email reminders and alerts, to the account's email" }),
      sms: t.exposeBoolean("sms", { description: "Text messages to phoneNumber" }),
      browser: t.exposeBoolean("browser", {
        description: "Browser notifications (Web Push), on every browser in pushSubscriptions",
      }),
      phoneNumber: t.exposeString("phoneNumber", {
        nullable: true,
        description: "E.164, e.g. +15551234567; null when none is on file",
      }),
      reminderLeadTimes: t.field({
        type: [ReminderLeadTimeEnum],
        description: "When reminders go out before each show, longest first (default ONE_DAY and ONE_HOUR)",
        resolve: (settings) => leadTimeNames(settings.reminderLeadMinutes),
      }),
      reminderMinutesBefore: t.int({
        description: "The shortest reminder lead time, in minutes; 0 when the fan wants no reminders",
        deprecationReason: "Use reminderLeadTimes (a fan may choose several)",
        resolve: (settings) => shortestLead(settings.reminderLeadMinutes),
      }),
      timeZone: t.exposeString("timeZone", {
        nullable: true,
        description: "The IANA zone messages give times in, next to the circus's; null: only the circus's",
      }),
      runningLate: t.exposeBoolean("runningLate", {
        description: "A short notice when a registered show has not started 10 minutes after its time",
      }),
      emailUnsubscribed: t.boolean({
        description: "True after an email's unsubscribe link: no email goes out until email is turned on again",
        resolve: (settings) => settings.emailUnsubscribedAt !== null,
      }),
      smsStopped: t.boolean({
        description: "True after a STOP reply: no text message goes out until the fan texts START",
        resolve: (settings) => settings.smsStoppedAt !== null,
      }),
      pushSubscriptions: t.field({
        type: [PushSubscriptionRef],
        description: "The browsers that show this fan's notifications, oldest first",
        resolve: (settings, _args, context) => listPushSubscriptions(context.deps.db, settings.userId),
      }),
    }),
  });

builder.objectField(UserRef, "notificationSettings", (t) =>
  t.field({
    type: NotificationSettingsRef,
    description: "Only the user sees their own settings",
    nullable: true,
    authScopes: (user) => ({ self: user.id }),
    resolve: async (user, _args, context) => ({
      ...(await findNotificationSettings(context.deps.db, user.id)),
      userId: user.id,
    }),
  }),
);

const NotificationSettingsInput = builder.inputType("NotificationSettingsInput", {
  description: "Only the fields given change.",
  fields: (t) => ({
    email: t.boolean({ required: false, description: "Email reminders and alerts; true also undoes an unsubscribe" }),
    sms: t.boolean({ required: false, description: "Text messages; needs a phone number" }),
    browser: t.boolean({ required: false, description: "Browser notifications (Web Push)" }),
    phoneNumber: t.string({ required: false, description: "E.164, e.g. +15551234567; empty string removes it" }),
    reminderLeadTimes: t.field({
      type: [ReminderLeadTimeEnum],
      required: false,
      description: `When reminders go out, any of the ${Object.keys(LEAD_TIMES).length} lead times; empty: no reminders`,
    }),
    reminderMinutesBefore: t.int({
      required: false,
      description: "5 to 10080 (one week): one reminder this long before",
      deprecationReason: "Use reminderLeadTimes",
    }),
    timeZone: t.string({
      required: false,
      description: "IANA zone such as Europe/Berlin for the times in messages; empty string: the circus's only",
    }),
    runningLate: t.boolean({ required: false, description: "A notice when a show runs late" }),
  }),
});

builder.mutationField("updateNotificationSettings", (t) =>
  t.withAuth({ signedIn: true }).field({
    type: NotificationSettingsRef,
    description:
      "Changes the signed-in user's notification settings and returns them all. Earlier registrations keep the channels and lead times chosen for them; those registered without their own lead times follow reminderLeadTimes. ValidationError for a number that is not E.164, an unknown time zone, both reminderLeadTimes and reminderMinutesBefore, or SMS without a number.",
    args: { input: t.arg({ type: NotificationSettingsInput, description: "The settings to change" }) },
    errors: {
      union: {
        description: "The settings after the change, or why nothing changed (ValidationError, UnauthenticatedError).",
      },
    },
    resolve: async (_root, { input }, context) => ({
      ...(await updateNotificationSettings(context.deps, context.caller.user.id, input)),
      userId: context.caller.user.id,
    }),
  }),
);

builder.queryField("webPushPublicKey", (t) =>
  t.string({
    nullable: true,
    authScopes: { public: true },
    description:
      "The VAPID public key (base64url) a browser subscribes with (PushManager.subscribe's applicationServerKey); null when this site sends no browser notifications",
    resolve: (_root, _args, context) => context.deps.config.notify.push?.publicKey ?? null,
  }),
);

const PushSubscriptionInput = builder.inputType("PushSubscriptionInput", {
  description: "A browser's PushSubscription (its toJSON()), and a name for it.",
  fields: (t) => ({
    endpoint: t.string({ description: "The push service URL (https)" }),
    p256dh: t.string({ description: "keys.p256dh: the browser's P-256 public key, base64url" }),
    auth: t.string({ description: "keys.auth: 16 bytes, base64url" }),
    label: t.string({ description: "What the fan sees in the list, e.g. Chrome on Linux (1 to 80 characters)" }),
  }),
});

const RemovedPushSubscriptionRef = builder.simpleObject("RemovePushSubscriptionPayload", {
  description: "The browser no longer gets notifications.",
  // Only the fan who removed it gets this payload (removePushSubscription checks who may).
  authScopes: { public: true },
  fields: (t) => ({ id: t.id({ description: "The subscription removed" }) }),
});

builder.mutationFields((t) => ({
  registerPushSubscription: t.withAuth({ signedIn: true }).field({
    type: PushSubscriptionRef,
    description:
      "Lets a browser of the signed-in fan show their notifications (after the fan allowed it); the same browser again replaces its subscription. ConflictError when Web Push is not set up or the fan has 10 browsers already; ValidationError for a subscription that is not one.",
    args: { input: t.arg({ type: PushSubscriptionInput, description: "The subscription" }) },
    errors: {
      types: [ConflictError],
      union: {
        description: "The subscription, or why not (ConflictError, ValidationError, UnauthenticatedError).",
      },
    },
    resolve: (_root, { input }, context) => registerPushSubscription(context.deps, context.caller.user.id, input),
  }),
  removePushSubscription: t.withAuth({ signedIn: true }).field({
    type: RemovedPushSubscriptionRef,
    description: "Stops notifications to one of the signed-in fan's browsers. NotFoundError for any id not theirs.",
    args: { id: t.arg.id({ description: "PushSubscription.id" }) },
    errors: {
      types: [NotFoundError],
      union: { description: "What was removed, or why not (NotFoundError, UnauthenticatedError)." },
    },
    resolve: async (_root, { id }, context) => ({
      id: await removePushSubscription(context.deps, context.caller.user.id, String(id)),
    }),
  }),
}));
