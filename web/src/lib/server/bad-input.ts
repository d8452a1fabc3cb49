import { error } from "@sveltejs/kit";
import { GraphqlRequestError } from "$lib/graphql/client";

/**
 * Runs an API query made from a page's address (a cursor, a date): when the API refuses its
 * input (`BAD_USER_INPUT`, e.g. a garbage `after` cursor), the page answers 400 with `message`
 * instead of failing with a 500.
 */
export async function refusingBadInput<Result>(query: Promise<Result>, message: string): Promise<Result> {
  try {
    return await query;
  } catch (caught) {
    const refused =
      caught instanceof GraphqlRequestError &&
      caught.combined?.graphQLErrors.some((graphqlError) => graphqlError.extensions?.code === "BAD_USER_INPUT");
    if (refused) error(400, message);
    throw caught;
  }
}

/** A query parameter that is present but not what the page can read: a 400 with `message`. */
export function badParameter(message: string): never {
  error(400, message);
}

export const BAD_PAGE_LINK =
  "This page link is out of date or was changed by hand. Go back to the first page and page through from there.";
