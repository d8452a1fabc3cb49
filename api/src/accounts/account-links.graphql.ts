import { builder } from "../schema/builder";
import { ErrorInterface } from "../schema/error-types.graphql";
import { ConflictError, InvalidCredentialsError, RateLimitedError } from "../errors";
import { InvalidLinkError, LINK_LIFETIME_MINUTES } from "./account-links";
import {
  confirmEmailChange,
  type LinkRequested,
  requestEmailChange,
  requestPasswordReset,
  requestSignInLink,
  resetPassword,
  signInWithLink,
} from "./account-links.service";
import { accountRequest, SignInPayload } from "./user.graphql";

const InvalidLinkReasonEnum = builder.enumType("InvalidLinkReason", {
  description: "Why an emailed link did not work.",
  values: {
    EXPIRED: { description: "Its time ran out: ask for a new link" },
    USED: { description: "It worked once already: each link works once" },
    INVALID: { description: "It is incomplete, altered, or no longer matches the account" },
  } as const,
});

builder.objectType(InvalidLinkError, {
  name: "InvalidLinkError",
  description:
    "An emailed link (password reset, sign-in, email confirmation) that is expired, used or not valid; nothing changed. As a GraphQL error: extensions.code INVALID_LINK.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    reason: t.field({ type: InvalidLinkReasonEnum, description: "Why", resolve: (error) => error.reason }),
  }),
});

const sentFields = (what: string) =>
  ({
    description: `${what} The answer is the same whether or not an account uses the address, so it tells no one which addresses have accounts.`,
    authScopes: { public: true },
    fields: (t) => ({
      email: t.string({ description: "The address as it was understood (trimmed)" }),
    }),
  }) satisfies Parameters<typeof builder.simpleObject>[1];

const RequestPasswordResetPayload = builder.simpleObject(
  "RequestPasswordResetPayload",
  sentFields(
    `If an account uses this address, a password reset link went to it (it works once, for ${LINK_LIFETIME_MINUTES.PASSWORD_RESET} minutes).`,
  ),
);
const RequestSignInLinkPayload = builder.simpleObject(
  "RequestSignInLinkPayload",
  sentFields(
    `If an account uses this address, a sign-in link went to it (it works once, for ${LINK_LIFETIME_MINUTES.SIGN_IN} minutes).`,
  ),
);
const RequestEmailChangePayload = builder.simpleObject(
  "RequestEmailChangePayload",
  sentFields(
    "A confirmation link went to the new address (it works once, for 24 hours) and a notice to the current one; the email changes when the link is used.",
  ),
);

const ConfirmEmailChangePayload = builder.simpleObject("ConfirmEmailChangePayload", {
  description: "The account uses the new address from now on; its sessions go on.",
  authScopes: { public: true },
  fields: (t) => ({ email: t.string({ description: "The account's email now" }) }),
});

const RequestEmailChangeInput = builder.inputType("RequestEmailChangeInput", {
  description: "The new address, and the current password to prove it is the account's owner asking.",
  fields: (t) => ({
    newEmail: t.string({ description: "Up to 254 characters" }),
    currentPassword: t.string({ description: "The password in use now" }),
  }),
});

const sent = (result: LinkRequested) => result;

builder.mutationFields((t) => ({
  requestPasswordReset: t.field({
    type: RequestPasswordResetPayload,
    description: `Emails a password reset link to the address if an account uses it (single use, ${LINK_LIFETIME_MINUTES.PASSWORD_RESET} minutes). Answers the same whether or not it does. Limited per address and per client like signIn.`,
    authScopes: { public: true },
    args: { email: t.arg.string({ description: "The account's email" }) },
    errors: {
      types: [RateLimitedError],
      union: { description: "Sent (if the account exists), or why not (RateLimitedError, ValidationError)." },
    },
    resolve: async (_root, { email }, context) =>
      sent(await requestPasswordReset(context.deps, accountRequest(context), email)),
  }),
  resetPassword: t.field({
    type: SignInPayload,
    description:
      "Sets a new password with the token of a reset link. Every session of the account ends and a new one starts (returned, and set as the site's cookie). InvalidLinkError for an expired, used or altered link; ValidationError for a refused password (the link stays usable).",
    authScopes: { public: true },
    args: {
      token: t.arg.string({ description: "The `token` parameter of the emailed link" }),
      password: t.arg.string({ description: "The new password: 10 to 200 characters, not a common one" }),
    },
    errors: {
      types: [InvalidLinkError, RateLimitedError],
      union: {
        description:
          "The new session, or why the password did not change (InvalidLinkError, RateLimitedError, ValidationError).",
      },
    },
    resolve: (_root, args, context) => resetPassword(context.deps, accountRequest(context), args),
  }),
  requestSignInLink: t.field({
    type: RequestSignInLinkPayload,
    description: `Emails a sign-in link to the address if an account uses it (single use, ${LINK_LIFETIME_MINUTES.SIGN_IN} minutes); signInWithLink uses it. Answers the same whether or not it does. Limited per address and per client like signIn.`,
    authScopes: { public: true },
    args: { email: t.arg.string({ description: "The account's email" }) },
    errors: {
      types: [RateLimitedError],
      union: { description: "Sent (if the account exists), or why not (RateLimitedError, ValidationError)." },
    },
    resolve: async (_root, { email }, context) =>
      sent(await requestSignInLink(context.deps, accountRequest(context), email)),
  }),
  signInWithLink: t.field({
    type: SignInPayload,
    description:
      "Signs in with the token of an emailed sign-in link (returns a bearer token, and sets the site's cookie). InvalidLinkError for an expired, used or altered link.",
    authScopes: { public: true },
    args: { token: t.arg.string({ description: "The `token` parameter of the emailed link" }) },
    errors: {
      types: [InvalidLinkError, RateLimitedError],
      union: {
        description: "The new session, or why there is none (InvalidLinkError, RateLimitedError, ValidationError).",
      },
    },
    resolve: (_root, { token }, context) => signInWithLink(context.deps, accountRequest(context), token),
  }),
  requestEmailChange: t.withAuth({ signedIn: true }).field({
    type: RequestEmailChangePayload,
    description:
      "Starts moving the signed-in account to another address: a confirmation link goes there and a notice to the current address. InvalidCredentialsError for a wrong password; ConflictError for an account without a password.",
    args: { input: t.arg({ type: RequestEmailChangeInput, description: "The new address and the password" }) },
    errors: {
      types: [InvalidCredentialsError, ConflictError, RateLimitedError],
      union: {
        description:
          "Sent, or why not (InvalidCredentialsError, ConflictError, RateLimitedError, ValidationError, UnauthenticatedError).",
      },
    },
    resolve: async (_root, { input }, context) =>
      sent(await requestEmailChange(context.deps, accountRequest(context), input)),
  }),
  confirmEmailChange: t.field({
    type: ConfirmEmailChangePayload,
    description:
      "Confirms a new address with the token of the link sent to it; works signed in or not (the link may be opened on another device). InvalidLinkError for an expired, used or altered link; ConflictError if the address has an account now.",
    authScopes: { public: true },
    args: { token: t.arg.string({ description: "The `token` parameter of the emailed link" }) },
    errors: {
      types: [InvalidLinkError, ConflictError, RateLimitedError],
      union: {
        description:
          "The new address, or why it did not change (InvalidLinkError, ConflictError, RateLimitedError, ValidationError).",
      },
    },
    resolve: (_root, { token }, context) => confirmEmailChange(context.deps, accountRequest(context), token),
  }),
}));
