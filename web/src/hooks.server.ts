import type { Handle, HandleFetch, HandleServerError, RequestEvent } from "@sveltejs/kit";
import { dev } from "$app/environment";
import { graphql } from "$lib/graphql/generated";
import { fetchFromApi, forwardToApi, isApiPath } from "$lib/server/api";
import { requestNow } from "$lib/server/clock";
import { readConfig } from "$lib/server/config";
import { graphqlFor } from "$lib/server/graphql";
import { API_POLICY, extendPolicy, graphiqlPolicy, securityHeaders, withHeaders } from "$lib/server/headers";
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

/** Vite's hot reloading talks over a WebSocket of its own in dev. */
const DEV_CONNECT_SOURCES = ["ws://localhost:*", "ws://127.0.0.1:*"];

export const handle: Handle = async ({ event, resolve }) => {
  const headers = securityHeaders(event.url);
  // The API lives on the site's origin: /graphql, /api/* and GraphiQL go straight to it.
  if (isApiPath(event.url.pathname)) return withHeaders(await apiResponse(event), headers);

  const response = await site({ event, resolve });
  // SvelteKit writes the policy (with this response's nonces); where video plays from is configuration.
  const policy = response.headers.get("content-security-policy");
  if (policy) {
    const { playbackOrigins } = readConfig();
    response.headers.set(
      "content-security-policy",
      extendPolicy(policy, {
        "media-src": playbackOrigins,
        "connect-src": [...playbackOrigins, ...(dev ? DEV_CONNECT_SOURCES : [])],
      }),
    );
  }
  return withHeaders(response, headers);
};

/** What the API answers, with a policy of its own: GraphiQL's page, or none at all for JSON and events. */
async function apiResponse(event: RequestEvent): Promise<Response> {
  const response = await forwardToApi(event);
  const pathname = event.url.pathname;
  // GraphiQL's scripts, styles and editor workers: a worker would inherit a policy set here.
  if (pathname.startsWith("/graphiql/")) return response;
  if (!response.headers.get("content-type")?.startsWith("text/html")) {
    return withHeaders(response, { "content-security-policy": API_POLICY });
  }
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.set("content-security-policy", await graphiqlPolicy(html));
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

const site: Handle = async ({ event, resolve }) => {
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
