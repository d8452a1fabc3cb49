import { IllegalTransitionError } from "../errors";
import { builder } from "../schema/builder";
import { ErrorInterface } from "../schema/error-types.graphql";

export const PerformanceStatusEnum = builder.enumType("PerformanceStatus", {
  description:
    "Where a show is in its life: SCHEDULED, GOING_LIVE once the organizer went live before the feed, then LIVE (INTERRUPTED while the feed is lost), then ENDED; or CANCELLED. ENDED and CANCELLED are final.",
  values: {
    SCHEDULED: { description: "Announced; not started yet" },
    GOING_LIVE: {
      description:
        "The organizer went live but no feed has connected yet: fans see that the performers are getting ready, and the live alert goes out when the feed connects",
    },
    LIVE: { description: "Broadcasting now" },
    INTERRUPTED: { description: "The feed dropped; the show resumes if it comes back in time" },
    ENDED: { description: "Over; the recording becomes the replay" },
    CANCELLED: { description: "Will not take place" },
  } as const,
});

const OrganizerActionEnum = builder.enumType("OrganizerAction", {
  description: "What an organizer asked to do to a show's status.",
  values: {
    START: { description: "startPerformance: go live" },
    UNDO_START: { description: "undoStartPerformance: take a go-live with no feed back to SCHEDULED" },
    END: { description: "endPerformance: end the show" },
    CANCEL: { description: "cancelPerformance: call the show off" },
    start: { description: "Old spelling of START", deprecationReason: "Use START (read attemptedAction)" },
    end: { description: "Old spelling of END", deprecationReason: "Use END (read attemptedAction)" },
    cancel: { description: "Old spelling of CANCEL", deprecationReason: "Use CANCEL (read attemptedAction)" },
  } as const,
});

const SCREAMING_ACTION = { start: "START", "undo-start": "UNDO_START", end: "END", cancel: "CANCEL" } as const;

builder.objectType(IllegalTransitionError, {
  name: "IllegalTransitionError",
  description:
    "The show's status does not allow this now, e.g. ending a show that has not started. Nothing was changed; read the show again before retrying. As a GraphQL error: extensions.code ILLEGAL_TRANSITION.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    status: t.field({
      type: PerformanceStatusEnum,
      description: "The show's status now",
      resolve: (error) => error.status,
    }),
    attemptedAction: t.field({
      type: OrganizerActionEnum,
      description: "What was asked and refused: START, UNDO_START, END or CANCEL",
      resolve: (error) => SCREAMING_ACTION[error.action],
    }),
    action: t.field({
      type: OrganizerActionEnum,
      description: "What was asked and refused, in the old lowercase spelling: start, end or cancel",
      deprecationReason: "Returns the lowercase values start, end, cancel; use attemptedAction (START, END, CANCEL)",
      // UNDO_START came after the lowercase spelling was retired: it has only the new one.
      resolve: (error) => (error.action === "undo-start" ? "UNDO_START" : error.action),
    }),
  }),
});
