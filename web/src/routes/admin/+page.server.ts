import { graphql } from "$lib/graphql/generated";
import { BAD_PAGE_LINK, refusingBadInput } from "$lib/server/bad-input";
import { calendarShow } from "$lib/server/calendar";
import { graphqlFor } from "$lib/server/graphql";
import { formatDateShort } from "$lib/server/time";
import type { PageServerLoad } from "./$types";
import { offersBroadcast, scheduleRows } from "./schedule-rows";

const Schedule = graphql(`
  query Schedule($from: DateTime, $to: DateTime, $first: Int, $after: String, $last: Int, $before: String) {
    performances(from: $from, to: $to, first: $first, after: $after, last: $last, before: $before) {
      edges {
        node {
          id
          title
          scheduledTime
          endTime
          durationMinutes
          status
          viewerIsRegistered
          registrationCount
          thumbnailUrl
          series {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 25;
/** How far back the past tab reaches */
const PAST_DAYS = 2 * 366;

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const params = event.url.searchParams;
  const tab = params.get("when") === "past" ? "past" : "upcoming";
  const now = event.locals.now;
  const variables =
    tab === "upcoming"
      ? { first: PAGE_SIZE, after: params.get("after") }
      : {
          // Latest first: take the last page before `before` (or now) and turn it around.
          from: new Date(now.getTime() - PAST_DAYS * 86_400_000).toISOString(),
          to: now.toISOString(),
          last: PAGE_SIZE,
          before: params.get("before"),
        };
  const { performances } = await refusingBadInput(graphqlFor(event).query(Schedule, variables), BAD_PAGE_LINK);
  const shows = performances.edges.map(({ node }) => {
    const show = { ...calendarShow(node, zone, now), seriesId: node.series?.id ?? null };
    return { ...show, date: formatDateShort(node.scheduledTime, zone), broadcast: offersBroadcast(show, now) };
  });
  const { pageInfo } = performances;
  return {
    tab,
    rows: scheduleRows(tab === "past" ? shows.reverse() : shows),
    more:
      tab === "upcoming"
        ? pageInfo.hasNextPage && pageInfo.endCursor
          ? `?when=upcoming&after=${encodeURIComponent(pageInfo.endCursor)}`
          : null
        : pageInfo.hasPreviousPage && pageInfo.startCursor
          ? `?when=past&before=${encodeURIComponent(pageInfo.startCursor)}`
          : null,
    paged: params.has("after") || params.has("before"),
  };
};
