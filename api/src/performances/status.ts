import type { PerformanceStatus } from "../db/tables";

/**
 * The one state machine of a performance's status.
 *
 *   SCHEDULED --feed connected--> LIVE
 *   SCHEDULED --start--> GOING_LIVE                          (the organizer is ready; no feed yet: "no signal yet")
 *   GOING_LIVE --feed connected--> LIVE                      (the LIVE alert goes out now, not at the click)
 *   GOING_LIVE --undo start--> SCHEDULED                     (nothing was broadcast: the date is kept)
 *   SCHEDULED | GOING_LIVE --cancel--> CANCELLED
 *   GOING_LIVE --slot passed--> CANCELLED                    (not held: no feed came by the end of its slot + grace;
 *                                                              the sweep does it, organizers are alerted, fans sent nothing)
 *   LIVE --feed disconnected | feed errored--> INTERRUPTED   ("signal lost, back soon")
 *   INTERRUPTED --feed connected--> LIVE                      (an intermission: same show, same replay)
 *   LIVE | INTERRUPTED --end--> ENDED
 *   INTERRUPTED --feed timeout--> ENDED                       (the feed did not come back in time)
 *   ENDED, CANCELLED: final. A late "connected" never revives a show.
 *
 * Ending a show that is GOING_LIVE is refused: nothing was broadcast, so "end" would throw away
 * that date's show for good; undoing the go-live keeps it.
 *
 * Organizer actions (start, undo start, end, cancel) that do not apply are errors; feed events that do not
 * apply (a duplicate "connected", a "disconnected" for an ended show) are ignored.
 */
export type StatusEvent =
  | "start"
  | "undo-start"
  | "end"
  | "cancel"
  | "feed-connected"
  | "feed-disconnected"
  | "feed-errored"
  | "feed-timeout"
  | "slot-passed";

const TRANSITIONS: Record<PerformanceStatus, Partial<Record<StatusEvent, PerformanceStatus>>> = {
  SCHEDULED: { start: "GOING_LIVE", "feed-connected": "LIVE", cancel: "CANCELLED" },
  GOING_LIVE: { "feed-connected": "LIVE", "undo-start": "SCHEDULED", cancel: "CANCELLED", "slot-passed": "CANCELLED" },
  LIVE: { "feed-disconnected": "INTERRUPTED", "feed-errored": "INTERRUPTED", end: "ENDED" },
  INTERRUPTED: { "feed-connected": "LIVE", end: "ENDED", "feed-timeout": "ENDED" },
  ENDED: {},
  CANCELLED: {},
};

/** The status after `event`, or undefined when the event does not apply in `status`. */
export function nextStatus(status: PerformanceStatus, event: StatusEvent): PerformanceStatus | undefined {
  return TRANSITIONS[status][event];
}
