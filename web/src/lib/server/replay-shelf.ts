import type { RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { graphqlFor } from "./graphql";
import { formatReplayUntil } from "./replay-until";
import { formatDateShort } from "./time";

const ReplayShelf = graphql(`
  query ReplayShelf {
    replays(first: 8) {
      edges {
        node {
          id
          title
          scheduledTime
          thumbnailUrl
          replayAvailableUntil
          viewerIsRegistered
        }
      }
    }
  }
`);

export interface ShelfReplay {
  id: string;
  title: string;
  thumbnailUrl: string | null;
  /** "Fri, Dec 4" */
  date: string;
  /** "Replay until Sunday 8 pm" */
  until: string | null;
  viewerIsRegistered: boolean;
}

/** The replays still open, latest first, for the home page's shelf (formatted in the viewer's zone). */
export async function loadReplayShelf(event: RequestEvent): Promise<ShelfReplay[]> {
  const zone = event.locals.timeZone;
  const { replays } = await graphqlFor(event).query(ReplayShelf, {});
  return replays.edges.map(({ node }) => ({
    id: node.id,
    title: node.title,
    thumbnailUrl: node.thumbnailUrl ?? null,
    date: formatDateShort(node.scheduledTime, zone),
    until: node.replayAvailableUntil ? formatReplayUntil(node.replayAvailableUntil, zone, event.locals.now) : null,
    viewerIsRegistered: node.viewerIsRegistered,
  }));
}
