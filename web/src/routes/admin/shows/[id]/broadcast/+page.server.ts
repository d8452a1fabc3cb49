import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { OrganizerAction, PerformanceStatus } from "$lib/graphql/generated/graphql";
import { setFlash } from "$lib/server/flash";
import { graphqlFor } from "$lib/server/graphql";
import { requireOrganizer } from "$lib/server/organizer";
import { formatDateLong, formatTimeRange } from "$lib/server/time";
import type { Actions, PageServerLoad } from "./$types";

const BroadcastPanel = graphql(`
  query BroadcastPanel($id: ID!) {
    performance(id: $id) {
      id
      title
      scheduledTime
      endTime
      status
      thumbnailUrl
      registrationCount
      liveAlertRecipientCount
      streamHealth {
        ...StreamHealthFields
      }
      recording {
        durationSeconds
        readyAt
        renditions
      }
      ingest {
        rtmpsUrl
        streamKey
      }
      playback {
        __typename
        ... on Playback {
          hlsUrl
          expiresAt
          live
          heartbeatToken
        }
        ... on Error {
          message
        }
      }
    }
  }
`);

const StartShow = graphql(`
  mutation StartShow($id: ID!) {
    startPerformance(id: $id) {
      __typename
      ... on Performance {
        status
      }
      ... on IllegalTransitionError {
        status
        attemptedAction
      }
      ... on Error {
        message
      }
    }
  }
`);

const UndoGoLive = graphql(`
  mutation UndoGoLive($id: ID!) {
    undoStartPerformance(id: $id) {
      __typename
      ... on Performance {
        status
      }
      ... on IllegalTransitionError {
        status
        attemptedAction
      }
      ... on Error {
        message
      }
    }
  }
`);

const EndShow = graphql(`
  mutation EndShow($id: ID!) {
    endPerformance(id: $id) {
      __typename
      ... on Performance {
        status
      }
      ... on IllegalTransitionError {
        status
        attemptedAction
      }
      ... on Error {
        message
      }
    }
  }
`);

const RotateKey = graphql(`
  mutation RotateKey($id: ID!) {
    rotateStreamKey(performanceId: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const { performance } = await graphqlFor(event).query(BroadcastPanel, { id: event.params.id });
  if (!performance) error(404, "There is no show with this address. It may have been removed.");
  const { playback, streamHealth, ...show } = performance;
  return {
    zone,
    streamHealth,
    show: {
      ...show,
      date: formatDateLong(show.scheduledTime, zone),
      timeRange: formatTimeRange(show.scheduledTime, show.endTime, zone),
    },
    playback: playback.__typename === "Playback" ? playback : null,
  };
};

const STATUS_WORDS: Record<PerformanceStatus, string> = {
  SCHEDULED: "has not started yet",
  GOING_LIVE: "is going live, with no signal yet",
  LIVE: "is already live",
  INTERRUPTED: "is live, with its signal lost",
  ENDED: "has already ended",
  CANCELLED: "was cancelled",
};

const ACTION_WORDS: Record<Uppercase<OrganizerAction>, string> = {
  START: "go live",
  UNDO_START: "undo going live",
  END: "end the show",
  CANCEL: "cancel it",
};

/** An IllegalTransitionError in words: what was refused and why. */
function refusal(action: OrganizerAction, status: PerformanceStatus): string {
  return `Could not ${ACTION_WORDS[action.toUpperCase() as Uppercase<OrganizerAction>]}: the show ${STATUS_WORDS[status]}.`;
}

type Result =
  | { __typename: "Performance" }
  | {
      __typename: "IllegalTransitionError";
      status: PerformanceStatus;
      attemptedAction: OrganizerAction;
      message: string;
    }
  | { __typename: string; message: string };

function failure(action: "start" | "undo" | "end" | "rotate", result: Result) {
  if (result.__typename === "IllegalTransitionError" && "status" in result) {
    return fail(409, { action, kind: result.__typename, message: refusal(result.attemptedAction, result.status) });
  }
  return fail(400, { action, kind: result.__typename, message: "message" in result ? result.message : "" });
}

export const actions: Actions = {
  start: async (event) => {
    requireOrganizer(event);
    const { startPerformance: result } = await graphqlFor(event).mutate(StartShow, { id: event.params.id });
    if (result.__typename !== "Performance") return failure("start", result);
    setFlash(
      event.cookies,
      "status" in result && result.status === "LIVE"
        ? "The show is live. Fans can watch now."
        : "You are going live. The show goes live, and fans are alerted, as soon as your signal arrives.",
    );
    redirect(303, event.url.pathname);
  },
  undo: async (event) => {
    requireOrganizer(event);
    const { undoStartPerformance: result } = await graphqlFor(event).mutate(UndoGoLive, { id: event.params.id });
    if (result.__typename !== "Performance") return failure("undo", result);
    setFlash(event.cookies, "Going live is undone: the show is scheduled again, at its time. Nobody was alerted.");
    redirect(303, event.url.pathname);
  },
  end: async (event) => {
    requireOrganizer(event);
    const { endPerformance: result } = await graphqlFor(event).mutate(EndShow, { id: event.params.id });
    if (result.__typename !== "Performance") return failure("end", result);
    setFlash(event.cookies, "The show has ended. The replay is ready within a minute of the signal stopping.");
    redirect(303, event.url.pathname);
  },
  rotate: async (event) => {
    requireOrganizer(event);
    const { rotateStreamKey: result } = await graphqlFor(event).mutate(RotateKey, { id: event.params.id });
    if (result.__typename !== "Ingest") return failure("rotate", result);
    setFlash(event.cookies, "New stream key issued. Paste it into OBS: the old key no longer works.");
    redirect(303, event.url.pathname);
  },
};
