import { GraphQLError } from "graphql";
import { createYoga, maskError, type Plugin } from "graphql-yoga";
import { authenticate } from "./accounts/authentication.service";
import { clearedSessionCookie } from "./accounts/session-cookie";
import { createAppDeps } from "./app-deps";
import { readConfig } from "./config";
import type { Context } from "./context";
import { UnauthenticatedError } from "./errors";
import { renderGraphiQL } from "./graphiql";
import { createLoaders } from "./loaders";
import { schema } from "./root.graphql";
import { useCsrfPrevention } from "./security/csrf";
import { useBadUserInputCodes } from "./security/input-errors";
import { useOperationLimits } from "./security/operation-limits";

export interface ServerContext {
  env: Env;
  ctx: ExecutionContext;
}

// Set-Cookie headers queued by resolvers, keyed by the request they answer.
const pendingCookies = new WeakMap<Request, string[]>();

const setCookiesPlugin: Plugin = {
  onResponse({ request, response }) {
    for (const cookie of pendingCookies.get(request) ?? []) response.headers.append("set-cookie", cookie);
  },
};

export const yoga = createYoga<ServerContext, Context>({
  schema,
  graphqlEndpoint: "/graphql",
  landingPage: false,
  graphiql: (request) => ({ title: "FireStream GraphQL", endpoint: new URL(request.url).pathname }),
  renderGraphiQL,
  // CORS is answered for every API path at once (security/origins.ts, index.ts).
  cors: false,
  plugins: [
    setCookiesPlugin,
    useCsrfPrevention(),
    useOperationLimits<ServerContext>(({ env }) => readConfig(env).graphqlLimits),
    useBadUserInputCodes(),
  ],
  maskedErrors: {
    maskError(error, message) {
      // Expected errors are GraphQLErrors with a code and pass through; anything else is a bug:
      // log it, and tell the client only that something went wrong.
      const original = (error as { originalError?: unknown }).originalError ?? error;
      if (original instanceof Error && !("extensions" in original)) console.error("Unexpected error", original);
      return maskError(error, message);
    },
  },
  context: async ({ request, env, ctx }) => {
    const deps = createAppDeps(env, { waitUntil: (promise) => ctx.waitUntil(promise) });
    const cookies: string[] = [];
    pendingCookies.set(request, cookies);
    const { caller, staleCookie } = await authenticate(deps, request).catch((error: unknown) => {
      // A credential that does not verify ends the request with 401; the client must fix it.
      if (error instanceof UnauthenticatedError) {
        throw new GraphQLError(error.message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
      }
      throw error;
    });
    if (staleCookie) cookies.push(clearedSessionCookie(deps.config));
    return {
      request,
      deps,
      caller,
      loaders: createLoaders(deps.db, caller?.user.id),
      setCookie: (cookie) => cookies.push(cookie),
    };
  },
});
