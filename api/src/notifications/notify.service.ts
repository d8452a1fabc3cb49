import type { Database } from "../db/database";
import type { NotificationKind } from "../db/tables";
import { planAlerts, planDueReminders, requeueStuckDeliveries } from "./deliveries.repository";
import { enqueueDeliveries } from "./dispatch.service";

/** Tells the registered viewers of these shows about a change, through the queue. */
export async function alertViewers(
  env: Pick<Env, "NOTIFICATIONS">,
  db: Database,
  kind: Exclude<NotificationKind, "REMINDER">,
  performanceIds: readonly string[],
): Promise<number> {
  const planned = await planAlerts(db, { kind, performanceIds, now: new Date().toISOString() });
  await enqueueDeliveries(env.NOTIFICATIONS, planned);
  return planned.length;
}

/** How long a consumer may hold a delivery before the cron hands it to another. */
const STUCK_AFTER_MS = 10 * 60_000;

/**
 * The minutely cron's part: reminders that are due now go on the queue, with deliveries whose
 * consumer died while sending them.
 */
export async function sendDueReminders(env: Pick<Env, "NOTIFICATIONS">, db: Database, now: Date): Promise<number> {
  const planned = await planDueReminders(db, now.toISOString());
  const stuck = await requeueStuckDeliveries(db, new Date(now.getTime() - STUCK_AFTER_MS).toISOString());
  await enqueueDeliveries(env.NOTIFICATIONS, [...planned, ...stuck]);
  return planned.length;
}
