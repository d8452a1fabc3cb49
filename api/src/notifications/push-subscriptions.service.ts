import * as z from "../zod";
import type { PushSubscriptionRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { ConflictError, NotFoundError, validate } from "../errors";
import { replanReminders } from "./deliveries.repository";
import {
  countPushSubscriptions,
  deletePushSubscription,
  MAX_PUSH_SUBSCRIPTIONS_PER_USER,
  upsertPushSubscription,
} from "./push-subscriptions.repository";

const base64url = (bytes: number) =>
  z.string().check(
    z.regex(/^[A-Za-z0-9_-]+=*$/, "must be base64url"),
    z.refine((value) => decodedLength(value) === bytes, `must be ${bytes} bytes, base64url`),
  );

function decodedLength(value: string): number {
  const unpadded = value.replace(/=+$/, "");
  return Math.floor((unpadded.length * 3) / 4);
}

// The browser's PushSubscription.toJSON(); p256dh is an uncompressed P-256 point, auth 16 bytes.
const SubscriptionSchema = z.object({
  endpoint: z.url().check(
    z.maxLength(1024, "is too long"),
    z.refine((value) => value.startsWith("https://"), "must be an https URL (RFC 8030)"),
  ),
  p256dh: base64url(65),
  auth: base64url(16),
  label: z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(80, "is at most 80 characters")),
});

export interface PushSubscriptionInput {
  endpoint: string;
  p256dh: string;
  auth: string;
  label: string;
}

/**
 * Stores the signed-in fan's browser subscription (one per browser: the same endpoint again
 * replaces it); the fan's upcoming reminders by browser are planned for it.
 */
export async function registerPushSubscription(
  deps: AppDeps,
  userId: string,
  input: PushSubscriptionInput,
): Promise<PushSubscriptionRow> {
  if (!deps.config.notify.push) throw new ConflictError("Browser notifications are not set up on this site");
  const subscription = validate(SubscriptionSchema, input, ["input"]);
  const existing = await deps.db
    .selectFrom("push_subscriptions")
    .select("user_id")
    .where("endpoint", "=", subscription.endpoint)
    .executeTakeFirst();
  if (
    existing?.user_id !== userId &&
    (await countPushSubscriptions(deps.db, userId)) >= MAX_PUSH_SUBSCRIPTIONS_PER_USER
  ) {
    throw new ConflictError(
      `At most ${MAX_PUSH_SUBSCRIPTIONS_PER_USER} browsers can get notifications; remove one in your settings first`,
    );
  }
  const now = deps.clock.now().toISOString();
  const row = await upsertPushSubscription(deps.db, {
    id: crypto.randomUUID(),
    user_id: userId,
    ...subscription,
    created_at: now,
  });
  await replanReminders(deps.db, { userId, now });
  return row;
}

/** Removes one of the signed-in fan's browsers; NotFoundError for any other id. */
export async function removePushSubscription(deps: AppDeps, userId: string, id: string): Promise<string> {
  if (!(await deletePushSubscription(deps.db, { id, userId }))) throw new NotFoundError("PushSubscription", id);
  await replanReminders(deps.db, { userId, now: deps.clock.now().toISOString() });
  return id;
}
