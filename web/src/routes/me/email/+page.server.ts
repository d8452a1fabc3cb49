import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { invalid, textOf } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";
import type { Actions, PageServerLoad } from "./$types";

const ConfirmEmailChange = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      __typename
      ... on ConfirmEmailChangePayload {
        email
      }
      ... on Error {
        message
      }
    }
  }
`);

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get("token") ?? "" });

export const actions: Actions = {
  default: async (event) => {
    const token = textOf(await event.request.formData(), "token");
    if (!token) return invalid({}, {}, "This page needs the link from the email: open it from there.");
    const { confirmEmailChange: result } = await graphqlFor(event).mutate(ConfirmEmailChange, { token });
    if (result.__typename === "ConfirmEmailChangePayload") {
      setFlash(event.cookies, `Your account's email is ${result.email} now.`);
      return redirect(303, event.locals.user ? "/me" : "/sign-in");
    }
    return invalid({}, {}, `${result.message}.`);
  },
};
