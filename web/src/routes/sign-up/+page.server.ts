import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { invalid, issuesToErrors, signedOutOnly, textOf } from "$lib/server/forms";
import { safeRedirect } from "$lib/server/redirect";
import { graphqlFor } from "$lib/server/graphql";
import type { Actions, PageServerLoad } from "./$types";

const SignUp = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
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
  name: { id: "name", label: "Name" },
  email: { id: "email", label: "Email" },
  password: { id: "password", label: "Password" },
};

export const load: PageServerLoad = signedOutOnly;

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const name = textOf(form, "name");
    const email = textOf(form, "email");
    const password = textOf(form, "password", { trim: false });
    const redirectTo = safeRedirect(textOf(form, "redirectTo"));
    const values = { name, email };

    const { signUp } = await graphqlFor(event).mutate(SignUp, { input: { name, email, password } });
    switch (signUp.__typename) {
      case "SignInPayload":
        setFlash(event.cookies, `Welcome to FireStream, ${signUp.user.name}! Your account is ready.`);
        return redirect(303, redirectTo);
      case "ValidationError": {
        const { errors, message } = issuesToErrors(signUp.issues, FIELDS);
        return invalid(values, errors, message);
      }
      case "ConflictError":
        return invalid(
          values,
          { email: "An account with this email already exists. Sign in instead, or use another email." },
          undefined,
          409,
        );
      default:
        return invalid(values, {}, signUp.message);
    }
  },
};
