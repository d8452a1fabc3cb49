import { UserRef } from "../accounts/user.graphql";
import { builder } from "../schema/builder";
import { findNotificationSettings, type NotificationSettings } from "./notification-settings.repository";
import { updateNotificationSettings } from "./notification-settings.service";

export const NotificationSettingsRef = builder.objectRef<NotificationSettings>("NotificationSettings").implement({
  description: "How a viewer wants to hear about shows; the defaults for each new registration.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    email: t.exposeBoolean("email", { description: "Email reminders and alerts, to the account's email" }),
    sms: t.exposeBoolean("sms", { description: "Text messages to phoneNumber" }),
    browser: t.exposeBoolean("browser", { description: "Browser notifications while a FireStream tab is open" }),
    phoneNumber: t.exposeString("phoneNumber", {
      nullable: true,
      description: "E.164, e.g. +15551234567; null when none is on file",
    }),
    reminderMinutesBefore: t.exposeInt("reminderMinutesBefore", {
      description: "How many minutes before each registered show its reminder goes out, 5 to 10080 (default 60)",
    }),
  }),
});

builder.objectField(UserRef, "notificationSettings", (t) =>
  t.field({
    type: NotificationSettingsRef,
    description: "Only the user sees their own settings",
    nullable: true,
    authScopes: (user) => ({ self: user.id }),
    resolve: (user, _args, context) => findNotificationSettings(context.deps.db, user.id),
  }),
);

const NotificationSettingsInput = builder.inputType("NotificationSettingsInput", {
  description: "Only the fields given change.",
  fields: (t) => ({
    email: t.boolean({ required: false, description: "Email reminders and alerts" }),
    sms: t.boolean({ required: false, description: "Text messages; needs a phone number" }),
    browser: t.boolean({ required: false, description: "Browser notifications while a FireStream tab is open" }),
    phoneNumber: t.string({ required: false, description: "E.164, e.g. +15551234567; empty string removes it" }),
    reminderMinutesBefore: t.int({ required: false, description: "5 to 10080 (one week)" }),
  }),
});

builder.mutationField("updateNotificationSettings", (t) =>
  t.withAuth({ signedIn: true }).field({
    type: NotificationSettingsRef,
    description:
      "Changes the signed-in user's notification settings and returns them all. Earlier registrations keep the channels chosen for them; reminderMinutesBefore applies to every registration. ValidationError for a number that is not E.164, a reminder time out of range, or SMS without a number.",
    args: { input: t.arg({ type: NotificationSettingsInput, description: "The settings to change" }) },
    errors: {
      union: {
        description: "The settings after the change, or why nothing changed (ValidationError, UnauthenticatedError).",
      },
    },
    resolve: (_root, { input }, context) => updateNotificationSettings(context.deps, context.caller.user.id, input),
  }),
);
