import type { NotificationKind } from "../db/tables";
import type { AppDeps } from "../deps";
import { planAlerts, planDueReminders, requeueStuckDeliveries } from "./deliveries.repository";
import { enqueueDeliveries } from "./dispatch.service";

/** Tells the registered viewers of these shows about a change, through the queue. */
export async function alertViewers(
  deps: AppDeps,
  kind: Exclude<NotificationKind, "REMINDER">,
  performanceIds: readonly string[],
): Promise<number> {
  const now = deps.clock.now().toISOString();
  const planned = await planAlerts(deps.db, { kind, performanceIds, now });
  await enqueueDeliveries(deps.env.NOTIFICATIONS, planned);
  return planned.length;
}

/** How long a consumer may hold a delivery before the cron hands it to another. */
const STUCK_AFTER_MS = 10 * 60_000;

/**
 * The minutely cron's part: reminders that are due now go on the queue, with deliveries whose
 * consumer died while sending them.
 */
export async function sendDueReminders(deps: AppDeps): Promise<number> {
  const { db } = deps;
  const now = deps.clock.now();
  const planned = await planDueReminders(db, now.toISOString());
  const stuck = await requeueStuckDeliveries(db, new Date(now.getTime() - STUCK_AFTER_MS).toISOString());
  await enqueueDeliveries(deps.env.NOTIFICATIONS, [...planned, ...stuck]);
  return planned.length;
}
