import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { graphqlFor } from "$lib/server/graphql";
import { icsCalendar, slug } from "$lib/server/ics";
import type { RequestHandler } from "./$types";

const ShowForCalendar = graphql(`
  query ShowForCalendar($id: ID!) {
    performance(id: $id) {
      id
      title
      description
      scheduledTime
      endTime
      status
    }
  }
`);

export const GET: RequestHandler = async (event) => {
  const { performance } = await graphqlFor(event).query(ShowForCalendar, { id: event.params.id });
  if (!performance) error(404, "We could not find that show.");
  const url = new URL(`/shows/${performance.id}`, event.url).href;
  const body = icsCalendar({
    uid: `${performance.id}@${event.url.hostname}`,
    title: performance.title,
    description: performance.description,
    start: performance.scheduledTime,
    end: performance.endTime,
    url,
    cancelled: performance.status === "CANCELLED",
  });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${slug(performance.title)}.ics"`,
      "cache-control": "no-store",
    },
  });
};
