import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { invalid, textOf } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";
import type { Actions, PageServerLoad } from "./$types";

const RequestSignInLink = graphql(`
  mutation RequestSignInLink($email: String!) {
    requestSignInLink(email: $email) {
      __typename
      ... on RequestSignInLinkPayload {
        email
      }
      ... on Error {
        message
      }
    }
  }
`);

const SignInWithLink = graphql(`
  mutation SignInWithLink($token: String!) {
    signInWithLink(token: $token) {
      __typename
      ... on SignInPayload {
        user {
          name
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

// The link only opens this page: signing in takes a press of the button, so mail scanners that
// fetch every link in an email cannot use it up.
export const load: PageServerLoad = ({ url, locals }) => {
  const token = url.searchParams.get("token") ?? "";
  if (!token && locals.user) redirect(303, "/me");
  return { token };
};

export const actions: Actions = {
  request: async (event) => {
    const form = await event.request.formData();
    const email = textOf(form, "email");
    if (!email) return invalid({ email }, { email: "Enter the email address of your account." });
    const { requestSignInLink: result } = await graphqlFor(event).mutate(RequestSignInLink, { email });
    switch (result.__typename) {
      case "RequestSignInLinkPayload":
        return { sent: result.email };
      case "ValidationError":
        return invalid({ email }, { email: "Enter an email address, like name@example.com." });
      default:
        return invalid({ email }, {}, result.message);
    }
  },
  signIn: async (event) => {
    const form = await event.request.formData();
    const token = textOf(form, "token");
    if (!token) return invalid({ email: "" }, {}, "This page needs the link from the email: open it from there.");
    const { signInWithLink: result } = await graphqlFor(event).mutate(SignInWithLink, { token });
    if (result.__typename === "SignInPayload") {
      setFlash(event.cookies, `Welcome back, ${result.user.name}!`);
      return redirect(303, "/me");
    }
    return invalid({ email: "" }, {}, `${result.message}.`);
  },
};
