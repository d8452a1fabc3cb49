import { GraphQLError } from "graphql";
import type * as z from "./zod";
import type { PerformanceStatus } from "./db/tables";

/**
 * Expected failures. Each one is a GraphQL type implementing `Error` (schema/error-types.graphql.ts), returned
 * as a typed result where a field lists it, and otherwise sent as a GraphQL error carrying
 * `extensions.code`. Extending GraphQLError keeps them out of Yoga's error masking, which hides
 * every other exception.
 */
export abstract class AppError extends GraphQLError {
  constructor(message: string, code: string) {
    super(message, { extensions: { code } });
  }
}

export interface ValidationIssue {
  /** Path to the offending input field, e.g. ["input", "title"] */
  path: string[];
  message: string;
}

export class ValidationError extends AppError {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], message = summarize(issues)) {
    super(message, "BAD_USER_INPUT");
    this.issues = issues;
  }

  static fromZod(error: z.core.$ZodError, pathPrefix: string[] = []): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => ({
        path: [...pathPrefix, ...issue.path.map(String)],
        message: issue.message,
      })),
    );
  }
}

function summarize(issues: ValidationIssue[]): string {
  const [first] = issues;
  if (!first) return "Invalid input";
  const where = first.path.length > 0 ? `${first.path.join(".")}: ` : "";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `${where}${first.message}${more}`;
}

export class NotFoundError extends AppError {
  readonly resource: string;
  readonly id: string;

  constructor(resource: string, id: string) {
    super(`${resource} ${id} was not found`, "NOT_FOUND");
    this.resource = resource;
    this.id = id;
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, "CONFLICT");
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in to do this") {
    super(message, "UNAUTHENTICATED");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do this") {
    super(message, "FORBIDDEN");
  }
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super("Email or password is incorrect", "INVALID_CREDENTIALS");
  }
}

/** Parses `value` with `schema`, turning zod's issues into a ValidationError under `path`. */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown, path: string[] = []): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationError.fromZod(result.error, path);
  return result.data;
}

/** Too many attempts from this address or for this account; nothing was tried. */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number, message = `Too many attempts: try again in ${retryAfterSeconds} seconds`) {
    super(message, "RATE_LIMITED");
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export type OrganizerAction = "start" | "undo-start" | "end" | "cancel";

const STATUS_WORDS: Record<PerformanceStatus, string> = {
  SCHEDULED: "not live yet",
  GOING_LIVE: "going live with no signal yet",
  LIVE: "live",
  INTERRUPTED: "live (signal lost)",
  ENDED: "over",
  CANCELLED: "cancelled",
};
const ACTION_WORDS: Record<OrganizerAction, string> = {
  start: "started",
  "undo-start": "taken back to scheduled",
  end: "ended",
  cancel: "cancelled",
};

function refusal(status: PerformanceStatus, action: OrganizerAction): string {
  const message = `This performance is ${STATUS_WORDS[status]}: it cannot be ${ACTION_WORDS[action]}`;
  // Nothing was broadcast: ending would lose the date, undoing keeps it.
  if (status === "GOING_LIVE" && action === "end") return `${message}; undo the go-live instead (undoStartPerformance)`;
  return message;
}

/** An organizer action the status machine (performances/status.ts) does not allow now. */
export class IllegalTransitionError extends AppError {
  readonly status: PerformanceStatus;
  readonly action: OrganizerAction;

  constructor(status: PerformanceStatus, action: OrganizerAction) {
    super(refusal(status, action), "ILLEGAL_TRANSITION");
    this.status = status;
    this.action = action;
  }
}

/** Something the viewer asked for does not exist yet, e.g. playback before the show starts. */
export class NotAvailableError extends AppError {
  constructor(message: string) {
    super(message, "NOT_AVAILABLE");
  }
}

/** The show's replay window has closed: its recording is no longer shown to anyone. */
export class ReplayExpiredError extends AppError {
  readonly availableUntil: string;

  constructor(availableUntil: string) {
    super("The replay of this show is no longer available", "REPLAY_EXPIRED");
    this.availableUntil = availableUntil;
  }
}

/** Cloudflare Stream timed out, refused or failed: nothing was changed, the organizer may try again. */
export class StreamUnavailableError extends AppError {
  constructor() {
    super("Stream is not answering, try again in a minute", "STREAM_UNAVAILABLE");
  }
}
