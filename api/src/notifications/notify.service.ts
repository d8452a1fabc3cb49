import type { AppDeps } from "../deps";
import {
  type AlertKind,
  dropPlannedReminders,
  planAlerts,
  planReminders,
  releaseDueDeliveries,
  requeueStuckDeliveries,
} from "./deliveries.repository";
import { enqueueDeliveries } from "./dispatch.service";
import { noticeLateShows } from "./running-late.service";

/**
 * Tells the registered viewers of these shows about a change, through the queue. Reminders
 * planned for a cancelled show are dropped; those of a moved show are planned for its new time.
 */
export async function alertViewers(deps: AppDeps, kind: AlertKind, performanceIds: readonly string[]): Promise<number> {
  const { db } = deps;
  const now = deps.clock.now().toISOString();
  if (kind === "CANCELLED") await dropPlannedReminders(db, { performanceIds });
  if (kind === "RESCHEDULED") {
    await dropPlannedReminders(db, { performanceIds, movedOnly: true });
    await planReminders(db, { performanceIds, now });
  }
  const planned = await planAlerts(db, { kind, performanceIds, now });
  await enqueueDeliveries(deps.env.NOTIFICATIONS, planned);
  return planned.length;
}

/** A new registration's reminders are planned at once (the fan sees them), or dropped with it. */
export async function planRegistrationReminders(deps: AppDeps, performanceId: string, userId: string): Promise<void> {
  const now = deps.clock.now().toISOString();
  await dropPlannedReminders(deps.db, { performanceIds: [performanceId], userId });
  const planned = await planReminders(deps.db, { performanceIds: [performanceId], userId, now });
  const due = planned.filter((delivery) => delivery.send_at <= now);
  if (due.length > 0) await enqueueDeliveries(deps.env.NOTIFICATIONS, await releaseDueDeliveries(deps.db, now));
}

export async function dropRegistrationReminders(deps: AppDeps, performanceId: string, userId: string): Promise<void> {
  await dropPlannedReminders(deps.db, { performanceIds: [performanceId], userId });
}

/** How long a consumer may hold a delivery before the cron hands it to another. */
const STUCK_AFTER_MS = 10 * 60_000;

/**
 * The minutely cron's part: reminders coming up are planned (those registering and moving
 * shows did not plan already), the ones due now go on the queue with deliveries whose consumer
 * died while sending them, and shows that are late are noticed.
 */
export async function sendDueReminders(deps: AppDeps): Promise<number> {
  const { db } = deps;
  const now = deps.clock.now();
  await planReminders(db, { upcoming: true, now: now.toISOString() });
  const due = await releaseDueDeliveries(db, now.toISOString());
  const stuck = await requeueStuckDeliveries(db, new Date(now.getTime() - STUCK_AFTER_MS).toISOString());
  await enqueueDeliveries(deps.env.NOTIFICATIONS, [...due, ...stuck]);
  await noticeLateShows(deps);
  return due.length;
}
