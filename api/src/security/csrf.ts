import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/** The header a GraphQL POST needs unless its content type already forces a CORS preflight. */
export const CSRF_HEADER = "x-graphql-yoga-csrf";
/** Apollo Client's name for the same thing (its upload link sends it) */
const APOLLO_CSRF_HEADER = "apollo-require-preflight";

/**
 * A browser sends form-encoded, multipart and text/plain POSTs to any origin without asking
 * first, so those must carry a header no form can set (as Apollo's CSRF prevention requires).
 * JSON POSTs are preflighted already. GET is exempt: it never runs a mutation (Yoga refuses
 * that with 405), and EventSource, which cannot set headers, subscribes with GET.
 */
export function useCsrfPrevention(): Plugin {
  const prevention = useCSRFPrevention({ requestHeaders: [CSRF_HEADER, APOLLO_CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      const method = payload.request.method.toUpperCase();
      if (method === "GET" || method === "HEAD") return;
      try {
        return prevention.onRequestParse?.(payload);
      } catch {
        throw new GraphQLError(
          `A form-encoded or multipart request needs the "${CSRF_HEADER}" header (any value), so that no other site's form can send it.`,
          { extensions: { code: "CSRF_HEADER_REQUIRED", http: { status: 403 } } },
        );
      }
    },
  };
}
