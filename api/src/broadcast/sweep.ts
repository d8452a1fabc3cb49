import type { StreamConfig } from "../config";
import type { Database } from "../db/database";
import { listInterruptedSince } from "./repository";
import { applyFeedEvent, type StatusChange } from "./transitions";

/** Extra time after the recording timeout before a silent feed ends the show (webhooks may be late). */
const GRACE_SECONDS = 120;

/**
 * Ends shows whose feed dropped and did not come back within the recording timeout. Normally
 * the recording-ready webhook does this; the sweep covers a webhook that never arrives.
 */
export async function endAbandonedShows(db: Database, stream: StreamConfig, now: Date): Promise<StatusChange[]> {
  const cutoff = new Date(now.getTime() - (stream.recordingTimeoutSeconds + GRACE_SECONDS) * 1000).toISOString();
  const changes: StatusChange[] = [];
  for (const performance of await listInterruptedSince(db, cutoff)) {
    const change = await applyFeedEvent(db, performance, "feed-timeout", { now });
    if (change) changes.push(change);
  }
  return changes;
}
