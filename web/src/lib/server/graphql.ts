import type { RequestEvent } from "@sveltejs/kit";
import { createGraphqlClient, type GraphqlClient } from "$lib/graphql/client";
import { apiOrigin } from "./api";
import { forwardSetCookies, SESSION_COOKIE } from "./session";

/**
 * The GraphQL client for server-side code handling `event`: it reaches the API directly with
 * SvelteKit's `event.fetch`, sends the visitor's session cookie and address along, and passes any cookie the
 * API sets (sign in, sign out, an expired session) on to the browser.
 */
export function graphqlFor(event: Pick<RequestEvent, "fetch" | "cookies" | "getClientAddress">): GraphqlClient {
  const fetchWithSession: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    // The API's rate limits count per visitor: tell it who is asking, not the site's own address.
    headers.set("cf-connecting-ip", event.getClientAddress());
    const session = event.cookies.get(SESSION_COOKIE);
    if (session) headers.set("cookie", `${SESSION_COOKIE}=${session}`);
    const response = await event.fetch(input, { ...init, headers });
    forwardSetCookies(event.cookies, response.headers);
    return response;
  };
  return createGraphqlClient({ url: `${apiOrigin()}/graphql`, fetch: fetchWithSession });
}
