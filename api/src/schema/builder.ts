import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import SimpleObjectsPlugin from "@pothos/plugin-simple-objects";
import { GraphQLError, Kind } from "graphql";
import { Temporal } from "temporal-polyfill";
import type { Context, SignedInContext } from "../context";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "../errors";
import { toUtcInstant } from "../wall-clock";
import { EDGES_COST, fieldCost } from "../security/operation-limits";

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: {
    /** Anyone, signed in or not: the explicit rule for public fields */
    public: boolean;
    signedIn: boolean;
    /** Signed in as the user with this id */
    self: string;
    organizer: boolean;
    /** Signed in and registered for the performance with this id */
    registeredFor: string;
  };
  AuthContexts: {
    signedIn: SignedInContext;
    self: SignedInContext;
    organizer: SignedInContext;
    registeredFor: SignedInContext;
  };
  Scalars: {
    DateTime: { Input: string; Output: string };
    LocalDate: { Input: string; Output: string };
    File: { Input: File; Output: never };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
}>({
  // Errors before scope-auth, so that an authorization failure becomes a typed result on fields
  // that list UnauthenticatedError/ForbiddenError.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, DataloaderPlugin, RelayPlugin, SimpleObjectsPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  errors: {
    defaultTypes: [UnauthenticatedError, ForbiddenError, ValidationError],
    directResult: true,
  },
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      public: true,
      signedIn: context.caller !== null,
      // A function, not a value, so a user who signs in during this request counts as themselves.
      self: (userId) => context.caller?.user.id === userId,
      organizer: context.caller?.user.role === "ORGANIZER",
      registeredFor: async (performanceId) =>
        context.caller !== null && (await context.loaders.callerRegistration.load(performanceId)) !== null,
    }),
    unauthorizedError: (_parent, context) =>
      context.caller === null ? new UnauthenticatedError() : new ForbiddenError(),
  },
  // Field costs only: operations are measured and refused before execution (security/operation-limits.ts).
  complexity: { fieldComplexity: fieldCost, disabled: true },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // Connection plumbing is as visible as the field that returns it.
    pageInfoTypeOptions: {
      authScopes: { public: true },
      description:
        "Where a page of a connection sits. To read the next page, pass endCursor as `after` with the same `first`.",
    },
    defaultConnectionTypeOptions: { authScopes: { public: true } },
    defaultEdgeTypeOptions: { authScopes: { public: true } },
    hasNextPageFieldOptions: {
      description: "Whether more items follow this page (when paging forward with first/after)",
    },
    hasPreviousPageFieldOptions: {
      description:
        "Whether items come before this page: when paging forward, true whenever `after` was given; when paging backward with last/before, whether more items precede it",
    },
    startCursorFieldOptions: { description: "The cursor of the first item of this page; null when the page is empty" },
    endCursorFieldOptions: {
      description: "The cursor of the last item of this page, to pass as `after`; null when the page is empty",
    },
    edgesFieldOptions: { complexity: EDGES_COST, description: "The items of this page, in the connection's order" },
    pageInfoFieldOptions: { description: "Whether there are more pages, and the cursors to reach them" },
    cursorFieldOptions: {
      description: "Opaque: pass it as `after` or `before` to page from this item. Do not build or parse cursors.",
    },
    nodeFieldOptions: { description: "The item" },
    firstArgOptions: {
      description:
        "Page size from the start, or after `after`. Each connection has a default and a maximum (see the field); larger values are cut to the maximum, negative ones refused.",
    },
    afterArgOptions: {
      description: "A cursor from this connection (an edge's cursor or pageInfo.endCursor): start after it",
    },
    lastArgOptions: {
      description:
        "Page size from the end, or before `before`; same limits as `first`. Use with `before` to page backward.",
    },
    beforeArgOptions: {
      description: "A cursor from this connection (an edge's cursor or pageInfo.startCursor): end before it",
    },
  },
});

builder.scalarType("DateTime", {
  description:
    "An instant as an ISO 8601 string with a time zone offset, e.g. 2026-12-04T20:00:00-06:00 (any offset is accepted; a time without one is refused with BAD_USER_INPUT). Always returned in UTC with milliseconds, e.g. 2026-12-05T02:00:00.000Z, so values sort as text.",
  serialize: (value) => value,
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType("LocalDate", {
  description:
    "A calendar date without a time or zone, YYYY-MM-DD, e.g. 2026-12-04; read in the time zone its field names (for series, PerformanceSeries.timeZone).",
  serialize: (value) => value,
  parseValue: (value) => parseLocalDate(value),
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType("File", {
  description:
    "A file sent with a GraphQL multipart request (the multipart request specification: operations, map, then the files). Input only.",
  serialize: () => {
    throw new Error("File is an input-only scalar");
  },
});

function parseDateTime(value: unknown): string {
  const instant = typeof value === "string" ? toUtcInstant(value) : undefined;
  if (instant !== undefined) return instant;
  throw new GraphQLError(
    `Expected a date and time with a time zone offset, such as 2026-12-04T20:00:00-06:00; got ${JSON.stringify(value)}`,
    { extensions: { code: "BAD_USER_INPUT" } },
  );
}

function parseLocalDate(value: unknown): string {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    try {
      return Temporal.PlainDate.from(value, { overflow: "reject" }).toString();
    } catch {
      // fall through to the error below
    }
  }
  throw new GraphQLError(`Expected a date such as 2026-12-04; got ${JSON.stringify(value)}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}
