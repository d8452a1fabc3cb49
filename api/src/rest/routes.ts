import type { ServerContext } from "../yoga";
import { yoga } from "../yoga";

/**
 * The seed's REST routes, kept for existing integrations. Each one runs exactly one GraphQL
 * operation through the same Yoga instance (same auth, validation and errors), so REST is a
 * thin adapter and GraphQL stays the single source of behaviour. The table is in the README.
 */
interface Route {
  method: string;
  pattern: URLPattern;
  /** The GraphQL operation; its single root field is the response body */
  document: string;
  variables: (input: {
    params: Record<string, string>;
    query: URLSearchParams;
    body: Record<string, unknown>;
  }) => Record<string, unknown>;
  /** Asked instead when the caller may not see a field of `document` (e.g. a viewer and the stream key) */
  fallback?: string;
  /** What a null root field means: the thing is missing (404), or the caller is signed out (401) */
  nullIs?: "NotFoundError" | "UnauthenticatedError";
}

const PERFORMANCE = `id title description scheduledTime endTime durationMinutes status thumbnailUrl registrationCount viewerIsRegistered cancelledAt
  series { id weekday localTime timeZone startsOn endsOn }`;
const ERROR = `... on Error { __typename message } ... on ValidationError { issues { path message } }`;
/** For the mutations that are rate limited: how long to wait (also sent as Retry-After) */
const LIMITED_ERROR = `${ERROR} ... on RateLimitedError { retryAfterSeconds }`;
/** For the mutations that move a show's status: what the status is now, and what was refused */
const TRANSITION_ERROR = `${ERROR} ... on IllegalTransitionError { status action }`;
const STREAM = `playback { ... on Playback { hlsUrl expiresAt live heartbeatToken } ${ERROR} } recording { durationSeconds readyAt }`;
const NOTIFICATION_SETTINGS = `email sms browser phoneNumber reminderLeadTimes timeZone runningLate emailUnsubscribed smsStopped`;
const SESSION = `... on SignInPayload { token expiresAt user { id email name role } }`;

const route = (
  method: string,
  pathname: string,
  document: string,
  variables: Route["variables"] = () => ({}),
  options: Pick<Route, "fallback" | "nullIs"> = {},
): Route => ({
  method,
  pattern: new URLPattern({ pathname }),
  document,
  variables,
  ...options,
});

/** Enum arguments in a query string are taken in any case (`?scope=this_and_following`). */
const enumParam = (value: string | null) => value?.toUpperCase() ?? null;

export const ROUTES: Route[] = [
  route(
    "POST",
    "/api/auth/signup",
    `mutation($input: SignUpInput!) { result: signUp(input: $input) { ${SESSION} ${LIMITED_ERROR} } }`,
    ({ body }) => ({ input: body }),
  ),
  route(
    "POST",
    "/api/auth/login",
    `mutation($input: SignInInput!) { result: signIn(input: $input) { ${SESSION} ${LIMITED_ERROR} } }`,
    ({ body }) => ({ input: body }),
  ),
  route(
    "POST",
    "/api/auth/logout",
    `mutation($everywhere: Boolean) { result: signOut(everywhere: $everywhere) { ... on SignOutPayload { signedOut } ${ERROR} } }`,
    ({ body }) => ({
      everywhere: body.everywhere === true,
    }),
  ),
  route(
    "GET",
    "/api/me",
    `query { result: me { id email name role notificationSettings { ${NOTIFICATION_SETTINGS} reminderMinutesBefore } } }`,
    () => ({}),
    { nullIs: "UnauthenticatedError" },
  ),
  route(
    "DELETE",
    "/api/me",
    `mutation($input: DeleteAccountInput!) { result: deleteAccount(input: $input) { ... on DeleteAccountPayload { deleted } ${LIMITED_ERROR} } }`,
    ({ body }) => ({ input: { password: typeof body.password === "string" ? body.password : null } }),
  ),
  route(
    "PUT",
    "/api/me/notifications",
    `mutation($input: NotificationSettingsInput!) { result: updateNotificationSettings(input: $input) { ... on NotificationSettings { ${NOTIFICATION_SETTINGS} reminderMinutesBefore } ${ERROR} } }`,
    ({ body }) => ({ input: body }),
  ),
  route(
    "POST",
    "/api/notifications/settings",
    `mutation($input: NotificationSettingsInput!) { result: updateNotificationSettings(input: $input) { ... on NotificationSettings { ${NOTIFICATION_SETTINGS} } ${ERROR} } }`,
    ({ body }) => ({ input: body }),
  ),
  route(
    "GET",
    "/api/me/registrations",
    `query($when: RegistrationWhen) { result: me { registrations(when: $when) { registeredAt notificationPreferences { email sms browser } performance { ${PERFORMANCE} } } } }`,
    ({ query }) => ({
      when: enumParam(query.get("when")) ?? "UPCOMING",
    }),
    { nullIs: "UnauthenticatedError" },
  ),
  route(
    "GET",
    "/api/performances",
    `query($from: DateTime, $to: DateTime, $first: Int, $after: String) { result: performances(from: $from, to: $to, first: $first, after: $after) { edges { cursor node { ${PERFORMANCE} } } pageInfo { hasNextPage endCursor } } }`,
    ({ query }) => ({
      from: query.get("from"),
      to: query.get("to"),
      first: query.has("first") ? Number(query.get("first")) : null,
      after: query.get("after"),
    }),
  ),
  route(
    "POST",
    "/api/performances",
    `mutation($input: CreatePerformanceInput!) { result: createPerformance(input: $input) { ... on Performance { ${PERFORMANCE} } ${ERROR} } }`,
    ({ body }) => ({ input: body }),
  ),
  route(
    "GET",
    "/api/performances/:id",
    `query($id: ID!) { result: performance(id: $id) { ${PERFORMANCE} } }`,
    ({ params }) => ({ id: params.id }),
  ),
  route(
    "PATCH",
    "/api/performances/:id",
    `mutation($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) { result: updatePerformance(id: $id, input: $input, scope: $scope) { ... on Performance { ${PERFORMANCE} } ${ERROR} } }`,
    ({ params, query, body }) => ({
      id: params.id,
      input: body,
      scope: enumParam(query.get("scope")),
    }),
  ),
  route(
    "DELETE",
    "/api/performances/:id",
    `mutation($id: ID!, $scope: SeriesScope) { result: cancelPerformance(id: $id, scope: $scope) { ... on Performance { ${PERFORMANCE} } ${TRANSITION_ERROR} } }`,
    ({ params, query }) => ({
      id: params.id,
      scope: enumParam(query.get("scope")),
    }),
  ),
  route(
    "GET",
    "/api/performances/:id/registrations",
    `query($id: ID!, $first: Int, $after: String) { result: performance(id: $id) { registrations(first: $first, after: $after) { edges { cursor node { registeredAt viewer { id name email } notificationPreferences { email sms browser } watching { watchedLive watchedReplay liveSeconds replaySeconds } } } pageInfo { hasNextPage endCursor } } } }`,
    ({ params, query }) => ({
      id: params.id,
      first: query.has("first") ? Number(query.get("first")) : 200,
      after: query.get("after"),
    }),
  ),
  route(
    "GET",
    "/api/performances/:id/notifications",
    `query($id: ID!, $first: Int, $after: String) { result: performance(id: $id) { notifications(first: $first, after: $after) { countsByStatus { status count } edges { cursor node { id kind channel leadTime plannedFor status sentAt attempts recipient lastError } } pageInfo { hasNextPage endCursor } } } }`,
    ({ params, query }) => ({
      id: params.id,
      first: query.has("first") ? Number(query.get("first")) : 50,
      after: query.get("after"),
    }),
  ),
  route(
    "POST",
    "/api/performances/:id/register",
    `mutation($id: ID!, $prefs: NotificationPreferencesInput) { result: registerForPerformance(performanceId: $id, notificationPreferences: $prefs) { ... on Registration { registeredAt notificationPreferences { email sms browser } performance { ${PERFORMANCE} } } ${LIMITED_ERROR} } }`,
    ({ params, body }) => ({
      id: params.id,
      prefs: body.notificationPreferences ?? null,
    }),
  ),
  route(
    "DELETE",
    "/api/performances/:id/register",
    `mutation($id: ID!) { result: unregisterFromPerformance(performanceId: $id) { ... on Performance { ${PERFORMANCE} } ${ERROR} } }`,
    ({ params }) => ({ id: params.id }),
  ),
  route(
    "GET",
    "/api/performances/:id/stream",
    `query($id: ID!) { result: performance(id: $id) { id status ingest { rtmpsUrl streamKey } ${STREAM} } }`,
    ({ params }) => ({ id: params.id }),
    // Registered viewers get the same answer without the organizers' ingest.
    { fallback: `query($id: ID!) { result: performance(id: $id) { id status ${STREAM} } }` },
  ),
  route(
    "POST",
    "/api/performances/:id/start",
    `mutation($id: ID!) { result: startPerformance(id: $id) { ... on Performance { ${PERFORMANCE} } ${TRANSITION_ERROR} } }`,
    ({ params }) => ({ id: params.id }),
  ),
  route(
    "POST",
    "/api/performances/:id/end",
    `mutation($id: ID!) { result: endPerformance(id: $id) { ... on Performance { ${PERFORMANCE} } ${TRANSITION_ERROR} } }`,
    ({ params }) => ({ id: params.id }),
  ),
  route(
    "POST",
    "/api/performances/:id/stream-key",
    `mutation($id: ID!) { result: rotateStreamKey(performanceId: $id) { ... on Ingest { rtmpsUrl streamKey } ${ERROR} } }`,
    ({ params }) => ({ id: params.id }),
  ),
  route(
    "GET",
    "/api/performances/:id/analytics",
    `query($id: ID!) { result: performance(id: $id) { analytics { peakConcurrentViewers totalViews uniqueViewers averageWatchSeconds countries { country viewers } funnel { registered watchedLive watchedReplay noShow } viewersOverTime { at viewers } } } }`,
    ({ params }) => ({ id: params.id }),
  ),
  route(
    "GET",
    "/api/analytics",
    `query($from: DateTime, $to: DateTime) { result: performanceAnalytics(from: $from, to: $to) { performance { id title scheduledTime } peakConcurrentViewers totalViews uniqueViewers averageWatchSeconds funnel { registered watchedLive watchedReplay noShow } computedAt } }`,
    ({ query }) => ({
      from: query.get("from"),
      to: query.get("to"),
    }),
  ),
];

const STATUS_OF_ERROR: Record<string, number> = {
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

export async function handleRestRoute(request: Request, context: ServerContext): Promise<Response | undefined> {
  for (const candidate of ROUTES) {
    if (candidate.method !== request.method) continue;
    const match = candidate.pattern.exec(request.url);
    if (!match) continue;
    let body: Record<string, unknown> = {};
    if (request.method !== "GET") {
      // No body at all is fine (`curl -X POST .../start`); a body must be JSON.
      const text = await request.text();
      try {
        body = text.trim() === "" ? {} : ((JSON.parse(text) ?? {}) as Record<string, unknown>);
      } catch {
        return Response.json({ error: { type: "ValidationError", message: "The body must be JSON" } }, { status: 400 });
      }
    }
    const url = new URL(request.url);
    const variables = candidate.variables({
      params: match.pathname.groups as Record<string, string>,
      query: url.searchParams,
      body,
    });
    const headers = new Headers({ "content-type": "application/json", accept: "application/json" });
    // The client's address travels along, so rate limits count the real caller.
    for (const name of ["authorization", "cookie", "cf-connecting-ip"]) {
      const value = request.headers.get(name);
      if (value) headers.set(name, value);
    }
    const execute = async (document: string) => {
      const response = await yoga.fetch(
        new Request(new URL("/graphql", url), {
          method: "POST",
          headers,
          body: JSON.stringify({ query: document, variables }),
        }),
        context,
      );
      return { response, result: (await response.json()) as GraphqlResult };
    };
    let answer = await execute(candidate.document);
    const refusedBelowRoot = answer.result.errors?.some(
      (error) => error.extensions?.code === "FORBIDDEN" && (error.path?.length ?? 0) > 1,
    );
    if (candidate.fallback && refusedBelowRoot) answer = await execute(candidate.fallback);
    return toRestResponse(answer.response, answer.result, candidate.nullIs ?? "NotFoundError");
  }
  return undefined;
}

interface GraphqlResult {
  data?: { result?: ({ __typename?: string } & Record<string, unknown>) | null } | null;
  errors?: Array<{ message: string; path?: readonly (string | number)[]; extensions?: { code?: string } }>;
}

function toRestResponse(response: Response, result: GraphqlResult, nullIs: string): Response {
  const headers = new Headers({ "content-type": "application/json" });
  for (const cookie of response.headers.getSetCookie()) headers.append("set-cookie", cookie);
  const failure = (type: string, message: string | undefined, status: number) =>
    Response.json({ error: { type, message } }, { status, headers });
  if (result.errors?.length) {
    const [first] = result.errors;
    // Yoga answers 400 without a code for variables that do not fit the schema.
    const type = TYPE_OF_CODE[first?.extensions?.code ?? ""] ?? (response.status === 400 ? "ValidationError" : "Error");
    const status = response.status !== 200 ? response.status : (STATUS_OF_ERROR[type] ?? 500);
    return failure(type, first?.message, status);
  }
  const value = result.data?.result;
  if (value === null || value === undefined)
    return nullIs === "UnauthenticatedError"
      ? failure(nullIs, "Sign in first.", 401)
      : failure("NotFoundError", "Not found", 404);
  const typename = value.__typename;
  if (typename && typename in STATUS_OF_ERROR) {
    const { __typename, ...error } = value;
    if (typeof error.retryAfterSeconds === "number") headers.set("retry-after", String(error.retryAfterSeconds));
    return Response.json({ error: { type: typename, ...error } }, { status: STATUS_OF_ERROR[typename], headers });
  }
  return Response.json(value, { headers });
}
