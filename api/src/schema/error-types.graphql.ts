import {
  AppError,
  ConflictError,
  ForbiddenError,
  InvalidCredentialsError,
  NotAvailableError,
  ReplayExpiredError,
  NotFoundError,
  RateLimitedError,
  StreamUnavailableError,
  UnauthenticatedError,
  type ValidationIssue,
  ValidationError,
} from "../errors";
import { builder } from "./builder";

export const ErrorInterface = builder.interfaceRef<AppError>("Error").implement({
  description:
    "Every expected failure implements Error; query `... on Error { message }` to show any of them. Where a field has no result union, the same failure comes in the response's `errors` with `extensions.code` (named on each error type).",
  authScopes: { public: true },
  fields: (t) => ({
    message: t.exposeString("message", {
      description: "What went wrong, in plain English, fit to show to the person using your app",
    }),
  }),
});

const ValidationIssueRef = builder.objectRef<ValidationIssue>("ValidationIssue").implement({
  description: "One problem with one input field.",
  authScopes: { public: true },
  fields: (t) => ({
    path: t.exposeStringList("path", { description: 'Path to the input field, e.g. ["input", "title"]' }),
    message: t.exposeString("message", { description: 'What is wrong with the value, e.g. "must not be empty"' }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description:
    "The input broke one or more rules; nothing was changed. As a GraphQL error: extensions.code BAD_USER_INPUT.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    issues: t.field({
      type: [ValidationIssueRef],
      description: "Every problem found, one per input field (message summarises the first)",
      resolve: (error) => error.issues,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "No such thing, or not one you can see. As a GraphQL error: extensions.code NOT_FOUND.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    resource: t.exposeString("resource", { description: "What was looked for, e.g. Performance" }),
    id: t.exposeID("id", { description: "The id that was looked for" }),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description:
    "The request contradicts the current state, e.g. registering for a cancelled show or signing up with an email that has an account. Nothing was changed. As a GraphQL error: extensions.code CONFLICT.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

builder.objectType(UnauthenticatedError, {
  name: "UnauthenticatedError",
  description:
    "Sign in first: the request has no session. (A bearer token that is invalid, expired or signed out fails the whole request instead: HTTP 401, extensions.code UNAUTHENTICATED.) As a GraphQL error: extensions.code UNAUTHENTICATED.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description:
    "Signed in, but not allowed to do this, e.g. a viewer calling an organizer mutation. As a GraphQL error: extensions.code FORBIDDEN.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

builder.objectType(InvalidCredentialsError, {
  name: "InvalidCredentialsError",
  description:
    "The email or the password is wrong (which one is not told). As a GraphQL error: extensions.code INVALID_CREDENTIALS.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

builder.objectType(NotAvailableError, {
  name: "NotAvailableError",
  description:
    "Not there yet (or any more), e.g. playback before the show starts, or the replay while the recording is being prepared; message says which. As a GraphQL error: extensions.code NOT_AVAILABLE.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

builder.objectType(ReplayExpiredError, {
  name: "ReplayExpiredError",
  description:
    "The show's replay window has closed (availableUntil): nobody can watch or register for its replay any more. As a GraphQL error: extensions.code REPLAY_EXPIRED.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    availableUntil: t.expose("availableUntil", { type: "DateTime", description: "When the replay closed (UTC)" }),
  }),
});

builder.objectType(StreamUnavailableError, {
  name: "StreamUnavailableError",
  description:
    "Cloudflare Stream did not answer in time or failed; nothing was changed. Try again in a minute. As a GraphQL error: extensions.code STREAM_UNAVAILABLE.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

builder.objectType(RateLimitedError, {
  name: "RateLimitedError",
  description: "Too many attempts in a short time; nothing was tried. Wait retryAfterSeconds, then try again.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt("retryAfterSeconds", {
      description: "Seconds until the limit's window has passed (at most the window's length)",
    }),
  }),
});
