import { type Config, readConfig } from "../config";
import { CSRF_HEADER } from "./csrf";

/**
 * Where a browser request comes from, as far as the session cookie is concerned: a page of the
 * site (SITE_URL's origin, CORS_ALLOWED_ORIGINS, the API's own origin for GraphiQL), a page
 * anywhere else, or no page at all (a server, curl, a same-origin GET, a link followed).
 */
export type OriginStanding = "site" | "foreign" | "none";

const ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
const ALLOWED_HEADERS = ["authorization", "content-type", CSRF_HEADER, "apollo-require-preflight"].join(", ");
const EXPOSED_HEADERS = "retry-after";
const PREFLIGHT_MAX_AGE_SECONDS = "600";

export function isOriginGuardedPath(pathname: string): boolean {
  return pathname === "/graphql" || pathname.startsWith("/api/");
}

export function originStanding(request: Request, config: Config): OriginStanding {
  const origin = request.headers.get("origin");
  if (origin !== null) return isSiteOrigin(origin, request, config) ? "site" : "foreign";
  // Browsers that send no Origin (a GET for an image or a script) still tell where it came from.
  const fetchSite = request.headers.get("sec-fetch-site");
  return fetchSite === "cross-site" || fetchSite === "same-site" ? "foreign" : "none";
}

function isSiteOrigin(origin: string, request: Request, config: Config): boolean {
  if (config.siteOrigins.includes(origin) || origin === new URL(request.url).origin) return true;
  // In development the site is as much http://127.0.0.1:5173 as http://localhost:5173.
  return config.environment === "development" && URL.canParse(origin) && isLoopback(new URL(origin).hostname);
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

type FetchHandler = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;

/**
 * CORS and the session cookie for /graphql and /api/*. The site's origins get credentialed CORS;
 * every other origin gets CORS without credentials (bearer-token integrators work from
 * anywhere), and its requests lose the session cookie on the way in and any Set-Cookie on the
 * way out, so a page elsewhere can neither act as a signed-in visitor nor sign one in.
 */
export function withOriginPolicy(handler: FetchHandler): FetchHandler {
  return async (request, env, ctx) => {
    if (!isOriginGuardedPath(new URL(request.url).pathname)) return handler(request, env, ctx);
    const standing = originStanding(request, readConfig(env));
    const origin = request.headers.get("origin");
    if (request.method === "OPTIONS" && origin !== null && request.headers.has("access-control-request-method")) {
      const headers = corsHeaders(origin, standing);
      headers.set("access-control-allow-methods", ALLOWED_METHODS);
      // Headers are no credential: whatever a client asks to send may be sent.
      headers.set(
        "access-control-allow-headers",
        request.headers.get("access-control-request-headers") ?? ALLOWED_HEADERS,
      );
      headers.append("vary", "Access-Control-Request-Headers");
      headers.set("access-control-max-age", PREFLIGHT_MAX_AGE_SECONDS);
      return new Response(null, { status: 204, headers });
    }
    const response = await handler(standing === "foreign" ? withoutCookies(request) : request, env, ctx);
    const headers = new Headers(response.headers);
    for (const [name, value] of corsHeaders(origin, standing)) {
      if (name === "vary") headers.append(name, value);
      else headers.set(name, value);
    }
    if (standing === "foreign") headers.delete("set-cookie");
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

function corsHeaders(origin: string | null, standing: OriginStanding): Headers {
  // The answer depends on Origin, so caches must keep one per origin.
  const headers = new Headers({ vary: "Origin" });
  if (origin === null) return headers;
  if (standing === "site") {
    headers.set("access-control-allow-origin", origin);
    headers.set("access-control-allow-credentials", "true");
  } else {
    headers.set("access-control-allow-origin", "*");
  }
  headers.set("access-control-expose-headers", EXPOSED_HEADERS);
  return headers;
}

function withoutCookies(request: Request): Request {
  if (!request.headers.has("cookie")) return request;
  const headers = new Headers(request.headers);
  headers.delete("cookie");
  return new Request(request, { headers });
}
