import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { graphqlFor } from "$lib/server/graphql";
import { SESSION_COOKIE } from "$lib/server/session";
import type { Actions, PageServerLoad } from "./$types";

const SignOut = graphql(`
  mutation SignOut {
    signOut {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, "/");
};

export const actions: Actions = {
  default: async (event) => {
    // The API ends the session and clears its cookie (graphqlFor passes that on to the browser).
    const result = event.locals.user ? await graphqlFor(event).mutate(SignOut, {}) : undefined;
    if (result?.signOut.__typename !== "SignOutPayload") {
      event.cookies.delete(SESSION_COOKIE, { path: "/", secure: event.url.protocol === "https:" });
    }
    setFlash(event.cookies, "You are signed out. See you at the next show!");
    redirect(303, "/");
  },
};
