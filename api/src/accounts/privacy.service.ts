import * as z from "../zod";
import type { Caller } from "../context";
import type { AppDeps } from "../deps";
import { ConflictError, InvalidCredentialsError, UnauthenticatedError, validate } from "../errors";
import { enforcePasswordCheckLimits, type SignedInRequest } from "./accounts.service";
import { MAX_PASSWORD_LENGTH } from "./account-rules";
import { verifyPassword } from "./password";
import { flushChatsOnAir, pendingChatMessagesOf } from "../chat/chat-personal-data";
import { anonymiseUser, collectPersonalData } from "./privacy.repository";
import { clearedSessionCookie } from "./session-cookie";

/**
 * Deletes the caller's own account. An account with a password must give it (a stolen session
 * alone cannot delete anyone); an account that signs in through the identity provider has no
 * password here and is trusted on its provider's token.
 */
export async function deleteAccount(
  deps: AppDeps,
  request: SignedInRequest,
  input: { password?: string | null },
): Promise<void> {
  const fields = validate(
    z.object({ password: z.nullish(z.string().check(z.maxLength(MAX_PASSWORD_LENGTH))) }),
    input,
    ["input"],
  );
  const user = request.caller.user;
  if (user.password_hash) {
    await enforcePasswordCheckLimits(deps, request);
    if (!(await verifyPassword(fields.password ?? "", user.password_hash))) throw new InvalidCredentialsError();
  }
  // Chat messages waiting in a live show's hub go to D1 first, where the deletion finds them.
  await flushChatsOnAir(deps);
  const outcome = await anonymiseUser(deps.db, user.id, deps.clock.now().toISOString());
  if (outcome === "already-deleted") throw new UnauthenticatedError("This account was deleted");
  if (outcome === "last-organizer") {
    throw new ConflictError(
      "You are the only organizer: make another account an organizer before deleting yours, or nobody can run the shows",
    );
  }
  request.setCookie(clearedSessionCookie(deps.config));
}

/** Everything FireStream holds about the caller, as one JSON document. */
export async function exportMyData(deps: AppDeps, caller: Caller): Promise<string> {
  const [data, pendingChat] = await Promise.all([
    collectPersonalData(deps.db, caller.user.id),
    pendingChatMessagesOf(deps, caller.user.id),
  ]);
  const settings = data.settings;
  const titles = new Map(data.registrations.map((registration) => [registration.performance_id, registration.title]));
  for (const message of data.chatMessages) titles.set(message.performance_id, message.title);
  const written = new Set(data.chatMessages.map((message) => message.id));
  return JSON.stringify(
    {
      exportedAt: deps.clock.now().toISOString(),
      profile: data.profile && {
        id: data.profile.id,
        email: data.profile.email,
        name: data.profile.name,
        role: data.profile.role,
        hasPassword: Boolean(data.profile.has_password),
        createdAt: data.profile.created_at,
        updatedAt: data.profile.updated_at,
      },
      externalIdentities: data.identities.map((identity) => ({
        issuer: identity.issuer,
        subject: identity.subject,
        linkedAt: identity.created_at,
      })),
      sessions: data.sessions.map((session) => ({
        id: session.id,
        createdAt: session.created_at,
        expiresAt: session.expires_at,
        revokedAt: session.revoked_at,
      })),
      registrations: data.registrations.map((registration) => ({
        performanceId: registration.performance_id,
        title: registration.title,
        scheduledTime: registration.scheduled_time,
        registeredAt: registration.registered_at,
        notificationPreferences: JSON.parse(registration.notification_preferences) as unknown,
      })),
      notificationSettings: settings && {
        email: settings.email === 1,
        sms: settings.sms === 1,
        browser: settings.browser === 1,
        phoneNumber: settings.phone_number,
        reminderMinutesBefore: settings.reminder_minutes_before,
        reminderLeadMinutes: JSON.parse(settings.reminder_lead_minutes) as unknown,
        timeZone: settings.time_zone,
        runningLate: settings.running_late === 1,
        emailUnsubscribedAt: settings.email_unsubscribed_at,
        smsStoppedAt: settings.sms_stopped_at,
        updatedAt: settings.updated_at,
      },
      // The browsers allowed to show notifications; their keys are the browser's secrets, not data about the fan.
      pushSubscriptions: data.pushSubscriptions.map((subscription) => ({
        id: subscription.id,
        label: subscription.label,
        endpoint: subscription.endpoint,
        createdAt: subscription.created_at,
        lastUsedAt: subscription.last_used_at,
      })),
      notificationDeliveries: data.deliveries.map((delivery) => ({
        id: delivery.id,
        performanceId: delivery.performance_id,
        kind: delivery.kind,
        channel: delivery.channel,
        status: delivery.status,
        createdAt: delivery.created_at,
        sentAt: delivery.sent_at,
      })),
      messagesSent: data.messages.map((message) => ({
        id: message.id,
        channel: message.channel,
        recipient: message.recipient,
        subject: message.subject,
        body: message.body,
        createdAt: message.created_at,
      })),
      viewingSessions: data.viewing.map((session) => ({
        id: session.id,
        performanceId: session.performance_id,
        mode: session.mode,
        country: session.country,
        startedAt: session.started_at,
        lastSeenAt: session.last_seen_at,
        watchedSeconds: session.watched_seconds,
        maxPositionSeconds: session.max_position_seconds,
      })),
      seriesRegistrations: data.seriesRegistrations.map((registration) => ({
        seriesId: registration.series_id,
        title: registration.title,
        registeredAt: registration.registered_at,
        notificationPreferences: JSON.parse(registration.notification_preferences) as unknown,
      })),
      calendarFeed: data.calendarFeed && { createdAt: data.calendarFeed.created_at },
      // Written to D1, and those a live show's hub has not written yet, in the order posted.
      chatMessages: [
        ...data.chatMessages.map((message) => ({
          id: message.id,
          performanceId: message.performance_id,
          title: message.title,
          authorName: message.author_name,
          authorRole: message.author_role,
          body: message.body,
          postedAt: message.posted_at,
          offsetSeconds: message.offset_seconds,
          removedAt: message.removed_at,
        })),
        ...pendingChat
          .filter((message) => !written.has(message.id))
          .map((message) => ({
            id: message.id,
            performanceId: message.performanceId,
            title: titles.get(message.performanceId) ?? null,
            authorName: message.authorName,
            authorRole: message.authorRole,
            body: message.body,
            postedAt: message.postedAt,
            offsetSeconds: message.offsetSeconds,
            removedAt: message.removedAt,
          })),
      ].sort((a, b) => a.postedAt.localeCompare(b.postedAt) || a.id.localeCompare(b.id)),
    },
    null,
    2,
  );
}
