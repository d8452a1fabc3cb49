import type { ValidationIssue } from "../errors";
import type { ServerContext } from "../yoga";
import { yoga } from "../yoga";

export const STATUS_OF_ERROR: Record<string, number> = {
  ValidationError: 400,
  UnauthenticatedError: 401,
  InvalidCredentialsError: 401,
  ForbiddenError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  IllegalTransitionError: 409,
  NotAvailableError: 409,
  StreamUnavailableError: 503,
  RateLimitedError: 429,
};

/** Errors that fail a query's field (auth rules on fields, malformed input) by their code. */
const TYPE_OF_CODE: Record<string, string> = {
  UNAUTHENTICATED: "UnauthenticatedError",
  FORBIDDEN: "ForbiddenError",
  NOT_FOUND: "NotFoundError",
  BAD_USER_INPUT: "ValidationError",
  GRAPHQL_VALIDATION_FAILED: "ValidationError",
  STREAM_UNAVAILABLE: "StreamUnavailableError",
};

/** Runs one GraphQL operation as the REST caller (their token or cookie, their address). */
export async function runGraphql(
  request: Request,
  context: ServerContext,
  document: string,
  variables: Record<string, unknown>,
): Promise<{ response: Response; result: GraphqlResult }> {
  const headers = new Headers({ "content-type": "application/json", accept: "application/json" });
  // The client's address travels along, so rate limits count the real caller.
  for (const name of ["authorization", "cookie", "cf-connecting-ip"]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const response = await yoga.fetch(
    new Request(new URL("/graphql", request.url), {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document, variables }),
    }),
    context,
  );
  return { response, result: (await response.json()) as GraphqlResult };
}

export interface GraphqlResult {
  data?: { result?: ({ __typename?: string } & Record<string, unknown>) | null } | null;
  errors?: Array<{
    message: string;
    path?: readonly (string | number)[];
    extensions?: { code?: string; issues?: ValidationIssue[] };
  }>;
}

/** What a failed GraphQL answer means for a REST caller: the error's type, message and status. */
export function restErrorOf(response: Response, result: GraphqlResult): Response | undefined {
  if (!result.errors?.length) return undefined;
  const [first] = result.errors;
  // Yoga answers 400 without a code for variables that do not fit the schema.
  const type = TYPE_OF_CODE[first?.extensions?.code ?? ""] ?? (response.status === 400 ? "ValidationError" : "Error");
  const status = response.status !== 200 ? response.status : (STATUS_OF_ERROR[type] ?? 500);
  // A variable that did not fit its type is bad input like any other: the same shape, with issues.
  const issues = result.errors.flatMap((error) => error.extensions?.issues ?? []);
  if (type === "ValidationError" && issues.length > 0) {
    return Response.json(
      {
        error: { type, message: issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "), issues },
      },
      { status },
    );
  }
  return Response.json({ error: { type, message: first?.message } }, { status });
}
