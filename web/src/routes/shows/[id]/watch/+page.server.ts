import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { graphqlFor } from "$lib/server/graphql";
import { formatReplayUntil } from "$lib/server/replay-until";
import { formatDateLong, formatDuration, formatTimeRange } from "$lib/server/time";
import type { Actions, PageServerLoad } from "./$types";

const WatchPage = graphql(`
  query WatchPage($id: ID!, $signedIn: Boolean!) {
    performance(id: $id) {
      id
      title
      description
      scheduledTime
      endTime
      durationMinutes
      status
      runningLate
      thumbnailUrl
      contentNotes
      accessFeatures
      viewerIsRegistered
      recording {
        durationSeconds
        readyAt
      }
      replayAvailableUntil
      replayStatus
      playback @include(if: $signedIn) {
        __typename
        ... on Playback {
          hlsUrl
          expiresAt
          live
          heartbeatToken
          parts {
            hlsUrl
            durationSeconds
            startedAt
          }
        }
        ... on Error {
          message
        }
      }
    }
  }
`);

const RegisterToWatch = graphql(`
  mutation RegisterToWatch($performanceId: ID!) {
    registerForPerformance(performanceId: $performanceId) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const user = event.locals.user;
  const { performance } = await graphqlFor(event).query(WatchPage, { id: event.params.id, signedIn: user !== null });
  if (!performance) error(404, "We could not find that show. It may have been removed.");
  const { playback, ...show } = performance;
  const access = !user
    ? "signed-out"
    : user.role === "ORGANIZER" || performance.viewerIsRegistered
      ? "allowed"
      : "not-registered";
  return {
    show: {
      ...show,
      date: formatDateLong(show.scheduledTime, zone),
      timeRange: formatTimeRange(show.scheduledTime, show.endTime, zone),
      duration: formatDuration(show.durationMinutes),
      replayUntil: show.replayAvailableUntil ? formatReplayUntil(show.replayAvailableUntil, zone) : null,
    },
    access,
    playback: playback?.__typename === "Playback" ? playback : null,
  } as const;
};

export const actions: Actions = {
  register: async (event) => {
    const here = `/shows/${event.params.id}/watch`;
    if (!event.locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(here)}`);
    const { registerForPerformance: result } = await graphqlFor(event).mutate(RegisterToWatch, {
      performanceId: event.params.id,
    });
    if (result.__typename === "Registration") {
      setFlash(event.cookies, "You're registered. Enjoy the show!");
      redirect(303, here);
    }
    return fail(400, { message: "message" in result ? result.message : "Registration failed." });
  },
};
