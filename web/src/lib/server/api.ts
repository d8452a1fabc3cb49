import type { RequestEvent } from "@sveltejs/kit";
import { readConfig } from "./config";

/**
 * The API Worker answers these paths on the site's own origin: the browser talks to /graphql,
 * thumbnails live under /api/media/, and GraphiQL's assets under /graphiql/.
 */
const API_PATHS = [/^\/graphql\/?$/, /^\/api\//, /^\/graphiql\//];

/** Stands for the API when it is reached through the service binding (see handleFetch). */
const BOUND_API_ORIGIN = "https://api.firestream.internal";

export function isApiPath(pathname: string): boolean {
  return API_PATHS.some((pattern) => pattern.test(pathname));
}

/** The origin server-side code sends API requests to. */
export function apiOrigin(): string {
  return readConfig().apiOrigin ?? BOUND_API_ORIGIN;
}

/**
 * Sends a request meant for the API: through the `API` service binding in production, or over
 * HTTP to FIRESTREAM_API_ORIGIN (dev). Returns undefined for requests to anywhere else.
 */
export function fetchFromApi(platform: App.Platform | undefined, request: Request): Promise<Response> | undefined {
  const url = new URL(request.url);
  if (url.origin !== apiOrigin()) return undefined;
  if (url.origin === BOUND_API_ORIGIN) {
    const binding = platform?.env?.API;
    if (!binding) {
      throw new Error("The API is not configured: set FIRESTREAM_API_ORIGIN or bind the API Worker as `API`");
    }
    return binding.fetch(request);
  }
  return fetch(request);
}

// Hop-by-hop headers and ones the forwarded request gets anew.
const DROPPED_REQUEST_HEADERS = ["host", "connection", "keep-alive", "transfer-encoding", "upgrade", "accept-encoding"];

/** Passes a browser's request for an API path on to the API and its answer back, unchanged. */
export async function forwardToApi(event: RequestEvent): Promise<Response> {
  const { request, url } = event;
  const headers = new Headers(request.headers);
  for (const name of DROPPED_REQUEST_HEADERS) headers.delete(name);
  // Bodies pass through as they are; Node's fetch decompresses, so ask for none (see README.md).
  headers.set("accept-encoding", "identity");
  headers.set("x-forwarded-host", url.host);
  headers.set("x-forwarded-proto", url.protocol.replace(":", ""));
  // A service binding's request has no `cf` of the browser: its country goes along as the header
  // Cloudflare itself would set, for the analytics.
  const country = event.platform?.cf?.country;
  if (country) headers.set("cf-ipcountry", country);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const forwarded = new Request(apiOrigin() + url.pathname + url.search, {
    method: request.method,
    headers,
    body: hasBody ? request.body : undefined,
    redirect: "manual",
    // A browser that goes away (an EventSource closed) ends the API request too.
    signal: request.signal,
    // Streams the body instead of buffering it (required by Node's fetch for stream bodies).
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit);
  const response = await fetchFromApi(event.platform, forwarded);
  if (!response) throw new Error("unreachable: the forwarded request targets the API");
  const responseHeaders = new Headers(response.headers);
  responseHeaders.delete("content-encoding");
  responseHeaders.delete("content-length");
  // Subscriptions (text/event-stream) pass through event by event: nothing here reads or
  // buffers the body, and proxies in front of the site are asked not to either.
  if (responseHeaders.get("content-type")?.startsWith("text/event-stream")) {
    responseHeaders.set("cache-control", "no-cache, no-transform");
    responseHeaders.set("x-accel-buffering", "no");
  }
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: responseHeaders,
  });
}
