import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { invalid, issuesToErrors, signedOutOnly, textOf } from "$lib/server/forms";
import { safeRedirect } from "$lib/server/redirect";
import { graphqlFor } from "$lib/server/graphql";
import type { Actions, PageServerLoad } from "./$types";

const SignIn = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
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

const FIELDS = {
  email: { id: "email", label: "Email" },
  password: { id: "password", label: "Password" },
};

export const load: PageServerLoad = signedOutOnly;

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = textOf(form, "email");
    const password = textOf(form, "password", { trim: false });
    const redirectTo = safeRedirect(textOf(form, "redirectTo"));
    const values = { email };

    const errors: Record<string, string> = {};
    if (!email) errors.email = "Enter your email address.";
    if (!password) errors.password = "Enter your password.";
    if (Object.keys(errors).length > 0) return invalid(values, errors);

    const { signIn } = await graphqlFor(event).mutate(SignIn, { input: { email, password } });
    switch (signIn.__typename) {
      case "SignInPayload":
        setFlash(event.cookies, `Welcome back, ${signIn.user.name}!`);
        return redirect(303, redirectTo);
      case "InvalidCredentialsError":
        return invalid(values, {}, "That email and password do not match an account. Check them and try again.");
      case "ValidationError": {
        const { errors, message } = issuesToErrors(signIn.issues, FIELDS);
        return invalid(values, errors, message);
      }
      default:
        return invalid(values, {}, signIn.message);
    }
  },
};
