import { builder } from "../schema/builder";
import { ConflictError, InvalidCredentialsError, RateLimitedError } from "../errors";
import type { UserRow } from "../db/tables";
import type { Context, SignedInContext } from "../context";
import { clientAddress } from "../security/rate-limits";
import {
  type AccountRequest,
  changePassword,
  type SignedIn,
  type SignedInRequest,
  signIn,
  signOut,
  signUp,
} from "./accounts.service";
import { deleteAccount, exportMyData } from "./privacy.service";
import { findUsersByIds } from "./accounts.repository";

export const RoleEnum = builder.enumType("Role", {
  description: "What an account may do. New accounts are viewers; organizers are made by the company.",
  values: {
    VIEWER: { description: "A fan: registers for shows and watches them" },
    ORGANIZER: { description: "Schedules shows, broadcasts them and sees who watched" },
  } as const,
});

export const UserRef = builder.loadableObject("User", {
  description: "A FireStream account.",
  load: async (ids: string[], context) => {
    const rows = await findUsersByIds(context.deps.db, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new Error(`User ${id} not found`));
  },
  sort: (user: UserRow) => user.id,
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable and opaque" }),
    name: t.exposeString("name", { description: "The name the person gave; visible to anyone who can see the user" }),
    email: t.exposeString("email", {
      description: "Visible to the user and to organizers",
      authScopes: (user) => ({ $any: { self: user.id, organizer: true } }),
    }),
    role: t.field({
      type: RoleEnum,
      description: "Visible to the user and to organizers",
      authScopes: (user) => ({ $any: { self: user.id, organizer: true } }),
      resolve: (user) => user.role,
    }),
  }),
});

export const SignInPayload = builder.objectRef<SignedIn>("SignInPayload").implement({
  description:
    "A new session. The site gets it as an httpOnly cookie; API clients send `token` as `Authorization: Bearer <token>`.",
  authScopes: { public: true },
  fields: (t) => ({
    token: t.exposeString("token", {
      description: "A secret bearer token (JWT). Send it as `Authorization: Bearer <token>`; never put it in a URL",
    }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      description: "When the token stops working (14 days by default); sign in again then",
    }),
    user: t.field({ type: UserRef, description: "The signed-in user", resolve: (payload) => payload.user }),
  }),
});

const SignOutPayload = builder.simpleObject("SignOutPayload", {
  description: "The session ended: its token (and the site's cookie) no longer signs anyone in.",
  authScopes: { public: true },
  fields: (t) => ({ signedOut: t.boolean({ description: "Always true" }) }),
});

const SignUpInput = builder.inputType("SignUpInput", {
  description: "A new viewer account.",
  fields: (t) => ({
    email: t.string({ description: "Up to 254 characters; one account per email" }),
    password: t.string({
      description: "At least 10 characters (at most 200), and not one of the most common passwords",
    }),
    name: t.string({ description: "1 to 100 characters; shown to organizers" }),
  }),
});

const SignInInput = builder.inputType("SignInInput", {
  description: "The credentials of a built-in account.",
  fields: (t) => ({
    email: t.string({ description: "The account's email" }),
    password: t.string({ description: "The account's password" }),
  }),
});

const ChangePasswordInput = builder.inputType("ChangePasswordInput", {
  description: "The current password, to prove it is the account's owner, and the new one.",
  fields: (t) => ({
    currentPassword: t.string({ description: "The password in use now" }),
    newPassword: t.string({ description: "10 to 200 characters" }),
  }),
});

const DeleteAccountInput = builder.inputType("DeleteAccountInput", {
  description: "Confirms that the signed-in user means to delete their own account.",
  fields: (t) => ({
    password: t.string({
      required: false,
      description: "The account's password; required unless the account signs in through the identity provider",
    }),
  }),
});

const DeleteAccountPayload = builder.simpleObject("DeleteAccountPayload", {
  description: "The account is gone: its sessions have ended, so drop the token or cookie.",
  authScopes: { public: true },
  fields: (t) => ({ deleted: t.boolean({ description: "Always true: the account was deleted" }) }),
});

builder.queryField("exportMyData", (t) =>
  t.withAuth({ signedIn: true }).string({
    description:
      "Everything FireStream holds about the signed-in user (profile, sessions, registrations, notification settings, notifications sent, viewing sessions) as one JSON document.",
    resolve: (_root, _args, context) => exportMyData(context.deps, context.caller),
  }),
);

builder.queryField("me", (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    description: "The signed-in user, or null when signed out.",
    authScopes: { public: true },
    resolve: (_root, _args, context) => context.caller?.user ?? null,
  }),
);

builder.mutationFields((t) => ({
  signUp: t.field({
    type: SignInPayload,
    description:
      "Creates a viewer account and signs it in (returns a bearer token, and sets the site's cookie). ConflictError when the email has an account; ValidationError for a bad email, password or name.",
    authScopes: { public: true },
    args: { input: t.arg({ type: SignUpInput, description: "The new account" }) },
    errors: {
      types: [ConflictError, RateLimitedError],
      union: {
        description: "The new session, or why there is none (ConflictError, RateLimitedError, ValidationError).",
      },
    },
    resolve: (_root, { input }, context) => signUp(context.deps, accountRequest(context), input),
  }),
  signIn: t.field({
    type: SignInPayload,
    description:
      "Signs in with email and password: returns a bearer token for API clients (and sets the site's cookie). InvalidCredentialsError when either is wrong.",
    authScopes: { public: true },
    args: { input: t.arg({ type: SignInInput, description: "Email and password" }) },
    errors: {
      types: [InvalidCredentialsError, RateLimitedError],
      union: {
        description:
          "The new session, or why there is none (InvalidCredentialsError, RateLimitedError, ValidationError).",
      },
    },
    resolve: (_root, { input }, context) => signIn(context.deps, accountRequest(context), input),
  }),
  signOut: t.withAuth({ signedIn: true }).field({
    type: SignOutPayload,
    description: "Ends this session (or, with everywhere: true, every session of the account).",
    args: {
      everywhere: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "true: end every session of the account, on every device",
      }),
    },
    errors: { union: { description: "Signed out, or UnauthenticatedError when there was no session." } },
    resolve: async (_root, { everywhere }, context) => {
      await signOut(context.deps, accountRequest(context), everywhere ?? false);
      return { signedOut: true };
    },
  }),
  deleteAccount: t.withAuth({ signedIn: true }).field({
    type: DeleteAccountPayload,
    description:
      "Deletes the signed-in user's own account: sessions, registrations, notification settings and notifications sent to them are removed, the account keeps no email or name (viewing figures of past shows stay, anonymous). The last organizer cannot be deleted.",
    args: { input: t.arg({ type: DeleteAccountInput, description: "The password that confirms it" }) },
    errors: {
      types: [InvalidCredentialsError, ConflictError, RateLimitedError],
      union: {
        description:
          "The deletion, or why the account stays (InvalidCredentialsError, ConflictError for the last organizer, RateLimitedError, UnauthenticatedError).",
      },
    },
    resolve: async (_root, { input }, context) => {
      await deleteAccount(context.deps, accountRequest(context), input);
      return { deleted: true };
    },
  }),
  changePassword: t.withAuth({ signedIn: true }).field({
    type: SignInPayload,
    description:
      "Sets a new password; every session of the account ends and a new one starts (use the returned token from now on). InvalidCredentialsError when currentPassword is wrong. Built-in accounts only.",
    args: { input: t.arg({ type: ChangePasswordInput, description: "The current and the new password" }) },
    errors: {
      types: [InvalidCredentialsError, RateLimitedError],
      union: {
        description:
          "The new session, or why the password did not change (InvalidCredentialsError, RateLimitedError, ValidationError, UnauthenticatedError).",
      },
    },
    resolve: (_root, { input }, context) => changePassword(context.deps, accountRequest(context), input),
  }),
}));

/** What an account use case needs of the request: the client's address, its cookies, its caller. */
export function accountRequest(context: SignedInContext): SignedInRequest;
export function accountRequest(context: Context): AccountRequest;
export function accountRequest(context: Context): AccountRequest & { caller: Context["caller"] } {
  return {
    address: clientAddress(context.request),
    setCookie: (cookie) => context.setCookie(cookie),
    startedSession: (caller) => {
      context.caller = caller;
    },
    caller: context.caller,
  };
}
