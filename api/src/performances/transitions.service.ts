import type { PerformanceRow, PerformanceStatus, PerformanceUpdate } from "../db/tables";
import type { AppDeps } from "../deps";
import { IllegalTransitionError, NotFoundError, type OrganizerAction } from "../errors";
import { findPerformance, noteLiveEventTime, updateStatusIf } from "./performances.repository";
import { announceStatusChange, type StatusChange } from "./changes.service";
import { nextStatus, type StatusEvent } from "./status";

/** What a status change writes besides the status itself. */
function changesFor(
  to: PerformanceStatus,
  row: PerformanceRow,
  now: string,
  eventTime: string | undefined,
): PerformanceUpdate {
  const changes: PerformanceUpdate = { status: to, updated_at: now };
  if (eventTime) changes.live_status_updated_at = eventTime;
  if (to === "LIVE") {
    changes.started_at = row.started_at ?? now;
    changes.interrupted_at = null;
  }
  if (to === "INTERRUPTED") changes.interrupted_at = eventTime ?? now;
  if (to === "ENDED") {
    changes.ended_at = now;
    changes.interrupted_at = null;
  }
  if (to === "CANCELLED") changes.cancelled_at = now;
  return changes;
}

/**
 * Applies `event` to the performance with a compare-and-set on its status, re-reading and
 * retrying when a concurrent change won, and announces the change once stored. Returns the
 * change, or undefined when the event does not apply to the current status.
 */
async function transition(
  deps: AppDeps,
  performance: string | PerformanceRow,
  event: StatusEvent,
  options: { eventTime?: string; extra?: PerformanceUpdate; accept?: (row: PerformanceRow) => boolean } = {},
): Promise<{ change: StatusChange | undefined; current: PerformanceRow }> {
  const { db } = deps;
  const now = deps.clock.now().toISOString();
  const performanceId = typeof performance === "string" ? performance : performance.id;
  // A row the caller just read saves the first lookup.
  let known = typeof performance === "string" ? undefined : performance;
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = known ?? (await findPerformance(db, performanceId));
    known = undefined;
    if (!before) throw new NotFoundError("Performance", performanceId);
    const to = nextStatus(before.status, event);
    if (!to || (options.accept && !options.accept(before))) return { change: undefined, current: before };
    const changes = { ...changesFor(to, before, now, options.eventTime), ...options.extra };
    const after = await updateStatusIf(db, performanceId, before.status, changes);
    if (after) {
      const change = { before, after };
      await announceStatusChange(deps, change);
      return { change, current: after };
    }
  }
  throw new Error(`performance ${performanceId}: status kept changing under event ${event}`);
}

/** An organizer's start, end or cancel: an error when the status machine does not allow it. */
export async function applyOrganizerAction(
  deps: AppDeps,
  performanceId: string,
  action: OrganizerAction,
): Promise<StatusChange> {
  const { change, current } = await transition(deps, performanceId, action);
  if (!change) throw new IllegalTransitionError(current.status, action);
  return change;
}

/**
 * A live input event reported at `eventTime`. Events older than the last one applied are
 * ignored (deliveries can arrive out of order), as are events the status does not accept.
 */
export async function applyFeedEvent(
  deps: AppDeps,
  performance: string | PerformanceRow,
  event: "feed-connected" | "feed-disconnected" | "feed-errored" | "feed-timeout",
  eventTime?: string,
): Promise<StatusChange | undefined> {
  const isNewest = (row: PerformanceRow) =>
    !eventTime || !row.live_status_updated_at || eventTime > row.live_status_updated_at;
  const { change, current } = await transition(deps, performance, event, { eventTime, accept: isNewest });
  // An event that changes nothing still moves the clock, so an older event arriving later
  // (e.g. "connected" after the "disconnected" that followed it) cannot apply.
  if (!change && eventTime && isNewest(current)) await noteLiveEventTime(deps.db, current.id, eventTime);
  return change;
}

/** What fans read on a show that was not held (the watch page and the show page show it). */
export const NOT_HELD_MESSAGE = "This show did not go on air: no signal arrived from the performers.";

/**
 * The sweep's "slot passed": a show still GOING_LIVE (its feed never connected) is marked not
 * held, CANCELLED with a message saying so, unless its feed connected meanwhile (the
 * compare-and-set sees LIVE and leaves it). Undefined when it no longer applies.
 */
export async function markNotHeld(deps: AppDeps, performance: PerformanceRow): Promise<StatusChange | undefined> {
  const { change } = await transition(deps, performance, "slot-passed", {
    extra: { cancellation_message: NOT_HELD_MESSAGE },
  });
  return change;
}
