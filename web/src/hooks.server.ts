import type { Handle, HandleFetch, HandleServerError } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { fetchFromApi, forwardToApi, isApiPath } from "$lib/server/api";
import { requestNow } from "$lib/server/clock";
import { readConfig } from "$lib/server/config";
import { graphqlFor } from "$lib/server/graphql";
import { isTimeZone } from "$lib/server/time";
import { TIME_ZONE_COOKIE } from "$lib/time-zone";

const Viewer = graphql(`
  query Viewer {
    me {
      id
      name
      email
      role
    }
  }
`);

export const handle: Handle = async ({ event, resolve }) => {
  // The API lives on the site's origin: /graphql, /api/* and GraphiQL go straight to it.
  if (isApiPath(event.url.pathname)) return forwardToApi(event);

  event.locals.now = requestNow(event.cookies);
  const zone = event.cookies.get(TIME_ZONE_COOKIE);
  event.locals.timeZoneDetected = zone !== undefined && isTimeZone(zone);
  event.locals.timeZone = event.locals.timeZoneDetected && zone ? zone : readConfig().siteTimeZone;

  // Who is asking, decoded once per request (an expired session cookie is cleared on the way).
  const { me } = await graphqlFor(event).query(Viewer, {});
  event.locals.user = me;

  return resolve(event);
};

/** Server-side requests to the API go through the service binding in production. */
export const handleFetch: HandleFetch = ({ event, request, fetch }) =>
  fetchFromApi(event.platform, request) ?? fetch(request);

export const handleError: HandleServerError = ({ error, status, message }) => {
  if (status === 404) return { message };
  console.error(error);
  return { message: "Something went wrong on our side. Please try again in a moment." };
};
