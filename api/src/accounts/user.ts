import { builder } from "../schema/builder";
import { ConflictError, InvalidCredentialsError, RateLimitedError } from "../errors";
import type { UserRow } from "../db/tables";
import { changePassword, type SignedIn, signIn, signOut, signUp } from "./accounts";
import { deleteAccount, exportMyData } from "./privacy";
import { findUsersByIds } from "./repository";

export const RoleEnum = builder.enumType("Role", {
  values: {
    VIEWER: { description: "A fan: registers for shows and watches them" },
    ORGANIZER: { description: "Schedules shows, broadcasts them and sees who watched" },
  } as const,
});

export const UserRef = builder.loadableObject("User", {
  description: "A FireStream account.",
  load: async (ids: string[], context) => {
    const rows = await findUsersByIds(context.db, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new Error(`User ${id} not found`));
  },
  sort: (user: UserRow) => user.id,
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
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

const SignInPayload = builder.objectRef<SignedIn>("SignInPayload").implement({
  description:
    "A new session. The site gets it as an httpOnly cookie; API clients send `token` as `Authorization: Bearer <token>`.",
  authScopes: { public: true },
  fields: (t) => ({
    token: t.exposeString("token"),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    user: t.field({ type: UserRef, resolve: (payload) => payload.user }),
  }),
});

const SignOutPayload = builder.simpleObject("SignOutPayload", {
  authScopes: { public: true },
  fields: (t) => ({ signedOut: t.boolean() }),
});

const SignUpInput = builder.inputType("SignUpInput", {
  fields: (t) => ({
    email: t.string(),
    password: t.string({ description: "At least 10 characters, and not one of the most common passwords" }),
    name: t.string({ description: "Shown to organizers" }),
  }),
});

const SignInInput = builder.inputType("SignInInput", {
  fields: (t) => ({ email: t.string(), password: t.string() }),
});

const ChangePasswordInput = builder.inputType("ChangePasswordInput", {
  fields: (t) => ({ currentPassword: t.string(), newPassword: t.string() }),
});

const DeleteAccountInput = builder.inputType("DeleteAccountInput", {
  fields: (t) => ({
    password: t.string({
      required: false,
      description: "The account's password; required unless the account signs in through the identity provider",
    }),
  }),
});

const DeleteAccountPayload = builder.simpleObject("DeleteAccountPayload", {
  authScopes: { public: true },
  fields: (t) => ({ deleted: t.boolean() }),
});

builder.queryField("exportMyData", (t) =>
  t.withAuth({ signedIn: true }).string({
    description:
      "Everything FireStream holds about the signed-in user (profile, sessions, registrations, notification settings, notifications sent, viewing sessions) as one JSON document.",
    resolve: (_root, _args, context) => exportMyData(context),
  }),
);

builder.queryField("me", (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    description: "The signed-in user, or null when signed out.",
    authScopes: { public: true },
    resolve: (_root, _args, context) => context.viewer?.user ?? null,
  }),
);

builder.mutationFields((t) => ({
  signUp: t.field({
    type: SignInPayload,
    description: "Creates a viewer account and signs it in.",
    authScopes: { public: true },
    args: { input: t.arg({ type: SignUpInput }) },
    errors: { types: [ConflictError, RateLimitedError] },
    resolve: (_root, { input }, context) => signUp(context, input),
  }),
  signIn: t.field({
    type: SignInPayload,
    authScopes: { public: true },
    args: { input: t.arg({ type: SignInInput }) },
    errors: { types: [InvalidCredentialsError, RateLimitedError] },
    resolve: (_root, { input }, context) => signIn(context, input),
  }),
  signOut: t.withAuth({ signedIn: true }).field({
    type: SignOutPayload,
    description: "Ends this session (or, with everywhere: true, every session of the account).",
    args: { everywhere: t.arg.boolean({ required: false, defaultValue: false }) },
    errors: {},
    resolve: async (_root, { everywhere }, context) => {
      await signOut(context, everywhere ?? false);
      return { signedOut: true };
    },
  }),
  deleteAccount: t.withAuth({ signedIn: true }).field({
    type: DeleteAccountPayload,
    description:
      "Deletes the signed-in user's own account: sessions, registrations, notification settings and notifications sent to them are removed, the account keeps no email or name (viewing figures of past shows stay, anonymous). The last organizer cannot be deleted.",
    args: { input: t.arg({ type: DeleteAccountInput }) },
    errors: { types: [InvalidCredentialsError, ConflictError, RateLimitedError] },
    resolve: async (_root, { input }, context) => {
      await deleteAccount(context, input);
      return { deleted: true };
    },
  }),
  changePassword: t.withAuth({ signedIn: true }).field({
    type: SignInPayload,
    description: "Sets a new password; every other session of the account ends.",
    args: { input: t.arg({ type: ChangePasswordInput }) },
    errors: { types: [InvalidCredentialsError, RateLimitedError] },
    resolve: (_root, { input }, context) => changePassword(context, input),
  }),
}));
