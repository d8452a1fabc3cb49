import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { BAD_PAGE_LINK, refusingBadInput } from "$lib/server/bad-input";
import { graphqlFor } from "$lib/server/graphql";
import { formatDateLong, formatDateTime, formatTimeRange } from "$lib/server/time";
import type { PageServerLoad } from "./$types";

const ShowRegistrations = graphql(`
  query ShowRegistrations($id: ID!, $after: String) {
    performance(id: $id) {
      id
      title
      scheduledTime
      endTime
      status
      registrationCount
      registrations(first: 50, after: $after) {
        edges {
          node {
            registeredAt
            viewer {
              id
              name
              email
            }
            notificationPreferences {
              email
              sms
              browser
            }
            watching {
              watchedLive
              watchedReplay
              liveSeconds
              replaySeconds
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const after = event.url.searchParams.get("after");
  const { performance } = await refusingBadInput(
    graphqlFor(event).query(ShowRegistrations, { id: event.params.id, after }),
    BAD_PAGE_LINK,
  );
  if (!performance) error(404, "There is no show with this address. It may have been removed.");
  const connection = performance.registrations;
  return {
    show: {
      id: performance.id,
      title: performance.title,
      status: performance.status,
      registrationCount: performance.registrationCount,
      date: formatDateLong(performance.scheduledTime, zone),
      timeRange: formatTimeRange(performance.scheduledTime, performance.endTime, zone),
    },
    // Who came: shown once the show has started.
    showsWatching: performance.status !== "SCHEDULED" && performance.status !== "CANCELLED",
    registrations: (connection?.edges ?? []).map(({ node }) => ({
      ...node,
      registeredAt: formatDateTime(node.registeredAt, zone),
      watched: describeWatching(node.watching, performance.status === "ENDED"),
    })),
    next: connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null,
    paged: after !== null,
  };
};

const minutes = (seconds: number) => (seconds < 60 ? "under a minute" : `${Math.round(seconds / 60)} min`);

/** "Live, 42 min · Replay, 5 min", or who has not (yet) watched. */
function describeWatching(
  watching: { watchedLive: boolean; watchedReplay: boolean; liveSeconds: number; replaySeconds: number },
  over: boolean,
): string {
  const parts = [
    ...(watching.watchedLive ? [`Live, ${minutes(watching.liveSeconds)}`] : []),
    ...(watching.watchedReplay ? [`Replay, ${minutes(watching.replaySeconds)}`] : []),
  ];
  if (parts.length > 0) return parts.join(" · ");
  return over ? "Did not watch" : "Not yet";
}
