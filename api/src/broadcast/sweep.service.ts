import type { AppDeps } from "../deps";
import type { StatusChange } from "../performances/changes.service";
import { applyFeedEvent, markNotHeld } from "../performances/transitions.service";
import { listGoingLiveEndedBefore, listInterruptedSince } from "./broadcast.repository";
import { completeReplay } from "./replay.service";
import { listEndedAwaitingReplay } from "./replays.repository";

/** How long after a show ends the sweep keeps asking Stream for its recordings. */
const RECORDING_SEARCH_HOURS = 24;
/**
 * A show gone live whose feed has not connected this long after the end of its slot was not
 * held. Half an hour covers a show that started late and runs over its slot.
 */
export const NOT_HELD_GRACE_MINUTES = 30;

/**
 * The minutely safety net behind Stream's webhooks. It ends a show whose feed dropped and has
 * not come back within the intermission allowance, marks a show that went live but whose feed
 * never came not held once its slot and a grace have passed (CANCELLED with a message saying
 * so; the organizers are alerted, fans get no message: a "cancelled" email after the fact, or a
 * "live now" that never was, would only mislead), and completes the replay of an ended show
 * whose recording webhooks were lost (or came while Stream could not be asked), reading the
 * live input's recordings from Stream. Returns the status changes it made (each announced already).
 */
export async function sweepBroadcasts(deps: AppDeps): Promise<StatusChange[]> {
  const { db } = deps;
  const now = deps.clock.now();
  const givenUp = new Date(now.getTime() - deps.config.stream.intermissionMinutes * 60_000).toISOString();
  const changes: StatusChange[] = [];
  for (const performance of await listInterruptedSince(db, givenUp)) {
    const change = await applyFeedEvent(deps, performance, "feed-timeout");
    if (change) changes.push(change);
  }
  const slotOver = new Date(now.getTime() - NOT_HELD_GRACE_MINUTES * 60_000).toISOString();
  for (const performance of await listGoingLiveEndedBefore(db, slotOver)) {
    const change = await markNotHeld(deps, performance);
    if (!change) continue;
    changes.push(change);
    await deps.fanOut.alertOrganizers("NOT_HELD", change.after);
    // Its live input goes, as a cancelled show's does: a feed arriving now would find no show.
    deps.waitUntil(deps.fanOut.syncLiveInputs("CANCELLED", [change.after]));
  }
  const since = new Date(now.getTime() - RECORDING_SEARCH_HOURS * 3_600_000).toISOString();
  for (const performance of await listEndedAwaitingReplay(db, since)) {
    try {
      await completeReplay(deps, performance.id);
    } catch (error) {
      console.error(`completing the replay of ${performance.id} failed; the next sweep tries again`, error);
    }
  }
  return changes;
}
