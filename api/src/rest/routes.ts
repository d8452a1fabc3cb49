import { readConfig } from "../config";
import { addDays, instantAt } from "../wall-clock";
import type { ServerContext } from "../yoga";
import { analyticsCsv, registrationsCsv } from "./csv-exports";
import { restErrorOf, runGraphql, STATUS_OF_ERROR, type GraphqlResult } from "./graphql-call";
import { openApiDocument } from "./openapi";
import { CSV_RESPONSES, ERROR_CONTENT } from "./rest-errors";
import { thumbnail } from "./thumbnail";

/**
 * The design's REST routes (and the seed's), kept for existing integrations. Each GraphQL route
 * runs exactly one GraphQL operation through the same Yoga instance (same auth, validation and
 * errors), so REST is a thin adapter and GraphQL stays the single source of behaviour. The few
 * routes that answer something else than JSON (a picture, CSV files, the OpenAPI document) are
 * handlers. The OpenAPI document (openapi.ts) is generated from this table.
 */
export interface RouteInput {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The site's time zone: a date without a time (`startDate=2026-12-01`) is a day in it */
  timeZone: string;
}

interface RouteDocs {
  /** One line for the OpenAPI document; default: the GraphQL field the route runs */
  summary?: string;
  description?: string;
  /** Query parameters and what they mean (the route's variables show which it reads) */
  queryParams?: Record<string, string>;
  /** The body's fields and their GraphQL types, when the body is not one input type as a whole */
  bodyFields?: Record<string, string>;
}

export interface GraphqlRoute extends RouteDocs {
  method: string;
  pattern: URLPattern;
  /** The GraphQL operation; its single root field is the response body */
  document: string;
  variables: (input: RouteInput) => Record<string, unknown>;
  /** Asked instead when the caller may not see a field of `document` (e.g. a viewer and the stream key) */
  fallback?: string;
  /** What a null root field means: the thing is missing (404), or the caller is signed out (401) */
  nullIs?: "NotFoundError" | "UnauthenticatedError";
  /** Fields added beside the answer (e.g. the design's `{ url, live }`), with their JSON schemas */
  extra?: {
    add: (value: Record<string, unknown>) => Record<string, unknown>;
    schemas: Record<string, Record<string, unknown>>;
  };
}

export interface HandlerRoute extends RouteDocs {
  method: string;
  pattern: URLPattern;
  handle: (request: Request, input: RouteInput, context: ServerContext) => Promise<Response>;
  /** The OpenAPI responses of the route, by status */
  responses: Record<string, { description: string; content?: Record<string, { schema: Record<string, unknown> }> }>;
}

export type Route = GraphqlRoute | HandlerRoute;

export const isHandler = (route: Route): route is HandlerRoute => "handle" in route;

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
  variables: GraphqlRoute["variables"] = () => ({}),
  options: Pick<GraphqlRoute, "fallback" | "nullIs" | "extra" | keyof RouteDocs> = {},
): GraphqlRoute => ({
  method,
  pattern: new URLPattern({ pathname }),
  document,
  variables,
  ...options,
});

const handler = (
  method: string,
  pathname: string,
  handle: HandlerRoute["handle"],
  docs: RouteDocs & Pick<HandlerRoute, "responses">,
): HandlerRoute => ({ method, pattern: new URLPattern({ pathname }), handle, ...docs });

/** Enum arguments in a query string are taken in any case (`?scope=this_and_following`). */
const enumParam = (value: string | null) => value?.toUpperCase() ?? null;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A range's edge from `from`/`to` or the design's `startDate`/`endDate`: an instant, or a date in
 * the site's time zone (a start date from its midnight, an end date through its last minute).
 */
function rangeParam(input: RouteInput, names: [string, string], edge: "start" | "end"): string | null {
  const value = input.query.get(names[0]) ?? input.query.get(names[1]);
  if (value === null || !DATE_ONLY.test(value)) return value;
  try {
    return instantAt(edge === "start" ? value : addDays(value, 1), "00:00", input.timeZone);
  } catch {
    return value; // not a real date: the DateTime scalar explains
  }
}

const RANGE_DOCS = {
  from: "Start of the range: an ISO 8601 instant with an offset, or a date (YYYY-MM-DD, from its midnight in the site's time zone)",
  to: "End of the range (exclusive): an instant, or a date (through the end of that day)",
  startDate: "The design's name for `from`",
  endDate: "The design's name for `to`",
};

const ANALYTICS = `peakConcurrentViewers totalViews uniqueViewers totalWatchSeconds averageWatchSeconds countries { country viewers } funnel { registered watchedLive watchedReplay noShow } viewersOverTime { at viewers } retention { offsetSeconds live replay viewers }`;
const ANALYTICS_LIST = `query($from: DateTime, $to: DateTime) { result: performanceAnalytics(from: $from, to: $to) { performance { id title scheduledTime } peakConcurrentViewers totalViews uniqueViewers averageWatchSeconds funnel { registered watchedLive watchedReplay noShow } computedAt } }`;
const analyticsRangeVariables = (input: RouteInput) => ({
  from: rangeParam(input, ["from", "startDate"], "start"),
  to: rangeParam(input, ["to", "endDate"], "end"),
});

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
    (input) => ({
      from: rangeParam(input, ["from", "startDate"], "start"),
      to: rangeParam(input, ["to", "endDate"], "end"),
      first: input.query.has("first") ? Number(input.query.get("first")) : null,
      after: input.query.get("after"),
    }),
    {
      summary: "The schedule: shows in a range (upcoming by default), a page at a time",
      queryParams: {
        ...RANGE_DOCS,
        first: "Shows per page (default 20, at most 100)",
        after: "`pageInfo.endCursor` of the page before",
      },
    },
  ),
  route("GET", "/api/performances/analytics", ANALYTICS_LIST, analyticsRangeVariables, {
    summary: "Stored analytics summaries of the shows in a range (organizers); the same as /api/analytics",
    queryParams: RANGE_DOCS,
  }),
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
  ...["PATCH", "PUT"].map((method) =>
    route(
      method,
      "/api/performances/:id",
      `mutation($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) { result: updatePerformance(id: $id, input: $input, scope: $scope) { ... on Performance { ${PERFORMANCE} } ${ERROR} } }`,
      ({ params, query, body }) => ({
        id: params.id,
        input: body,
        scope: enumParam(query.get("scope")),
      }),
      {
        summary: "Changes a show (PUT and PATCH alike: fields left out keep their values)",
        queryParams: { scope: "For a show of a series: THIS (default), THIS_AND_FOLLOWING or ALL, in any case" },
      },
    ),
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
    {
      summary:
        "A show's player (and, for organizers, its ingest): `url` and `live` at the top, as the design's player reads them",
      // Registered viewers get the same answer without the organizers' ingest.
      fallback: `query($id: ID!) { result: performance(id: $id) { id status ${STREAM} } }`,
      extra: {
        add: (value) => {
          const playback = (value.playback ?? {}) as { hlsUrl?: string; live?: boolean };
          return { url: playback.hlsUrl ?? null, live: playback.live ?? false };
        },
        schemas: {
          url: { type: ["string", "null"], description: "playback.hlsUrl; null when the caller may not watch now" },
          live: { type: "boolean", description: "playback.live; false when the caller may not watch now" },
        },
      },
    },
  ),
  handler("GET", "/api/performances/:id/thumbnail", (_request, { params }, context) => thumbnail(context, params.id!), {
    summary: "The show's picture (the player's poster), as uploaded",
    responses: {
      "200": {
        description: "The image (JPEG, PNG, WebP or AVIF)",
        content: Object.fromEntries(
          ["image/jpeg", "image/png", "image/webp", "image/avif"].map((type) => [
            type,
            { schema: { type: "string", format: "binary" } },
          ]),
        ),
      },
      "404": { description: "No such show, or it has no picture", content: ERROR_CONTENT },
    },
  }),
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
    `query($id: ID!) { result: performance(id: $id) { analytics { ${ANALYTICS} } } }`,
    ({ params }) => ({ id: params.id }),
  ),
  handler("GET", "/api/performances/:id/registrations.csv", registrationsCsv, {
    summary: "Who registered for a show, as CSV (organizers)",
    responses: CSV_RESPONSES,
  }),
  handler("GET", "/api/performances/:id/analytics.csv", analyticsCsv, {
    summary: "A show's analytics as CSV: figures, funnel, countries, viewers over time, retention (organizers)",
    responses: CSV_RESPONSES,
  }),
  route("GET", "/api/analytics", ANALYTICS_LIST, analyticsRangeVariables, {
    summary: "Stored analytics summaries of the shows in a range (organizers)",
    queryParams: RANGE_DOCS,
  }),
  handler("GET", "/api/openapi.json", async () => Response.json(await openApiDocument()), {
    summary: "This document",
    responses: {
      "200": {
        description: "The OpenAPI 3.1 document of the REST routes",
        content: { "application/json": { schema: { type: "object" } } },
      },
    },
  }),
];

export async function handleRestRoute(request: Request, context: ServerContext): Promise<Response | undefined> {
  for (const candidate of ROUTES) {
    if (candidate.method !== request.method) continue;
    const match = candidate.pattern.exec(request.url);
    if (!match) continue;
    let body: Record<string, unknown> = {};
    if (request.method !== "GET") {
      // No body at all is fine (`curl -X POST .../start`); a body must be a JSON object.
      const text = await request.text();
      try {
        body = text.trim() === "" ? {} : ((JSON.parse(text) ?? {}) as Record<string, unknown>);
      } catch {
        return Response.json({ error: { type: "ValidationError", message: "The body must be JSON" } }, { status: 400 });
      }
      if (typeof body !== "object" || Array.isArray(body)) {
        return Response.json(
          { error: { type: "ValidationError", message: "The body must be a JSON object" } },
          { status: 400 },
        );
      }
    }
    const input: RouteInput = {
      params: match.pathname.groups as Record<string, string>,
      query: new URL(request.url).searchParams,
      body,
      timeZone: readConfig(context.env).siteTimeZone,
    };
    if (isHandler(candidate)) return candidate.handle(request, input, context);
    const variables = candidate.variables(input);
    let answer = await runGraphql(request, context, candidate.document, variables);
    const refusedBelowRoot = answer.result.errors?.some(
      (error) => error.extensions?.code === "FORBIDDEN" && (error.path?.length ?? 0) > 1,
    );
    if (candidate.fallback && refusedBelowRoot)
      answer = await runGraphql(request, context, candidate.fallback, variables);
    return toRestResponse(answer.response, answer.result, candidate);
  }
  return undefined;
}

function toRestResponse(response: Response, result: GraphqlResult, route: GraphqlRoute): Response {
  const headers = new Headers({ "content-type": "application/json" });
  for (const cookie of response.headers.getSetCookie()) headers.append("set-cookie", cookie);
  const failure = (type: string, message: string | undefined, status: number) =>
    Response.json({ error: { type, message } }, { status, headers });
  const refused = restErrorOf(response, result);
  if (refused) {
    for (const cookie of headers.getSetCookie()) refused.headers.append("set-cookie", cookie);
    return refused;
  }
  const nullIs = route.nullIs ?? "NotFoundError";
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
  return Response.json(route.extra ? { ...value, ...route.extra.add(value) } : value, { headers });
}
