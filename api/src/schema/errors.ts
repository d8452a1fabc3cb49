import {
  AppError,
  ConflictError,
  ForbiddenError,
  IllegalTransitionError,
  InvalidCredentialsError,
  NotAvailableError,
  NotFoundError,
  RateLimitedError,
  StreamUnavailableError,
  UnauthenticatedError,
  type ValidationIssue,
  ValidationError,
} from "../errors";
import { PerformanceStatusEnum } from "../performances/performance";
import { builder } from "./builder";

export const ErrorInterface = builder.interfaceRef<AppError>("Error").implement({
  description: "Every expected failure implements Error; query `... on Error { message }` to show any of them.",
  authScopes: { public: true },
  fields: (t) => ({
    message: t.exposeString("message"),
  }),
});

const ValidationIssueRef = builder.objectRef<ValidationIssue>("ValidationIssue").implement({
  description: "One problem with one input field.",
  authScopes: { public: true },
  fields: (t) => ({
    path: t.exposeStringList("path", { description: 'Path to the input field, e.g. ["input", "title"]' }),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input broke one or more rules; nothing was changed.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    issues: t.field({ type: [ValidationIssueRef], resolve: (error) => error.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "No such thing, or not one you can see.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    resource: t.exposeString("resource"),
    id: t.exposeID("id"),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The request contradicts the current state, e.g. registering for a cancelled show.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

builder.objectType(UnauthenticatedError, {
  name: "UnauthenticatedError",
  description: "Sign in first.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "Signed in, but not allowed to do this.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

builder.objectType(InvalidCredentialsError, {
  name: "InvalidCredentialsError",
  description: "The email or the password is wrong.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

const OrganizerActionEnum = builder.enumType("OrganizerAction", { values: ["start", "end", "cancel"] as const });

builder.objectType(IllegalTransitionError, {
  name: "IllegalTransitionError",
  description: "The show's status does not allow this now, e.g. ending a show that has not started.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    status: t.field({
      type: PerformanceStatusEnum,
      description: "The show's status now",
      resolve: (error) => error.status,
    }),
    action: t.field({ type: OrganizerActionEnum, resolve: (error) => error.action }),
  }),
});

builder.objectType(NotAvailableError, {
  name: "NotAvailableError",
  description: "Not there yet (or any more), e.g. playback before the show starts.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
});

builder.objectType(StreamUnavailableError, {
  name: "StreamUnavailableError",
  description: "Cloudflare Stream did not answer in time or failed; nothing was changed. Try again.",
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
