import type { PerformanceStatus } from "../db/tables";

/**
 * The one state machine of a performance's status.
 *
 *   SCHEDULED --start | feed connected--> LIVE
 *   SCHEDULED --cancel--> CANCELLED
 *   LIVE --feed disconnected | feed errored--> INTERRUPTED   ("signal lost, back soon")
 *   INTERRUPTED --feed connected--> LIVE                      (an intermission: same show, same replay)
 *   LIVE | INTERRUPTED --end--> ENDED
 *   INTERRUPTED --feed timeout--> ENDED                       (the feed did not come back in time)
 *   ENDED, CANCELLED: final. A late "connected" never revives a show.
 *
 * Organizer actions (start, end, cancel) that do not apply are errors; feed events that do not
 * apply (a duplicate "connected", a "disconnected" for an ended show) are ignored.
 */
export type StatusEvent =
  "start" | "end" | "cancel" | "feed-connected" | "feed-disconnected" | "feed-errored" | "feed-timeout";

const TRANSITIONS: Record<PerformanceStatus, Partial<Record<StatusEvent, PerformanceStatus>>> = {
  SCHEDULED: { start: "LIVE", "feed-connected": "LIVE", cancel: "CANCELLED" },
  LIVE: { "feed-disconnected": "INTERRUPTED", "feed-errored": "INTERRUPTED", end: "ENDED" },
  INTERRUPTED: { "feed-connected": "LIVE", end: "ENDED", "feed-timeout": "ENDED" },
  ENDED: {},
  CANCELLED: {},
};

/** The status after `event`, or undefined when the event does not apply in `status`. */
export function nextStatus(status: PerformanceStatus, event: StatusEvent): PerformanceStatus | undefined {
  return TRANSITIONS[status][event];
}
