import * as z from "../zod";
import type { Caller } from "../context";
import type { AppDeps } from "../deps";
import { ConflictError, InvalidCredentialsError, UnauthenticatedError, validate } from "../errors";
import { enforcePasswordCheckLimits, type SignedInRequest } from "./accounts.service";
import { MAX_PASSWORD_LENGTH } from "./account-rules";
import { verifyPassword } from "./password";
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
  const data = await collectPersonalData(deps.db, caller.user.id);
  const settings = data.settings;
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
        updatedAt: settings.updated_at,
      },
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
    },
    null,
    2,
  );
}
