import { graphql } from "$lib/graphql/generated";
import { invalid, textOf } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";
import type { Actions } from "./$types";

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) {
      __typename
      ... on RequestPasswordResetPayload {
        email
      }
      ... on Error {
        message
      }
    }
  }
`);

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = textOf(form, "email");
    if (!email) return invalid({ email }, { email: "Enter the email address of your account." });
    const { requestPasswordReset: result } = await graphqlFor(event).mutate(RequestPasswordReset, { email });
    switch (result.__typename) {
      case "RequestPasswordResetPayload":
        return { sent: result.email };
      case "ValidationError":
        return invalid({ email }, { email: "Enter an email address, like name@example.com." });
      default:
        return invalid({ email }, {}, result.message);
    }
  },
};
