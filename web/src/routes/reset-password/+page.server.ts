import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { invalid, issuesToErrors, textOf } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";
import type { Actions, PageServerLoad } from "./$types";

const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      __typename
      ... on SignInPayload {
        user {
          name
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const FIELDS = { password: { id: "password", label: "New password" } };

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get("token") ?? "" });

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const token = textOf(form, "token");
    const password = textOf(form, "password", { trim: false });
    const confirmation = textOf(form, "confirmation", { trim: false });

    const errors: Record<string, string> = {};
    if (!password) errors.password = "Enter a new password.";
    if (!confirmation) errors.confirmation = "Enter the new password again.";
    else if (password && confirmation !== password) errors.confirmation = "The two passwords are not the same.";
    if (!token) return invalid({}, errors, "This page needs the link from the email: open it from there.");
    if (Object.keys(errors).length > 0) return invalid({}, errors);

    const { resetPassword: result } = await graphqlFor(event).mutate(ResetPassword, { token, password });
    switch (result.__typename) {
      case "SignInPayload":
        setFlash(event.cookies, `Your new password is set, ${result.user.name}. You're signed in.`);
        return redirect(303, "/me");
      case "ValidationError": {
        const { errors, message } = issuesToErrors(result.issues, FIELDS);
        return invalid({}, errors, message);
      }
      case "InvalidLinkError":
        return invalid({}, {}, `${result.message}.`, 400);
      default:
        return invalid({}, {}, result.message);
    }
  },
};
