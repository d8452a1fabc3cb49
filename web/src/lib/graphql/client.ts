import {
  Client,
  type CombinedError,
  fetchExchange,
  type SubscriptionForwarder,
  subscriptionExchange,
} from "@urql/core";
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** A document written with the generated `graphql()` (codegen's client preset, string mode). */
export type Document<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

export interface GraphqlClientOptions {
  /** Where the API answers: same-origin `/graphql` in the browser, the API itself on the server */
  url?: string;
  /** SvelteKit's `fetch` (server side: `event.fetch`, wrapped to forward the session) */
  fetch?: typeof fetch;
}

/** The API could not be reached, or refused the operation itself (not a typed error result). */
export class GraphqlRequestError extends Error {
  constructor(readonly combined: CombinedError | undefined) {
    super(combined?.message ?? "The API answered without data");
    this.name = "GraphqlRequestError";
  }
}

export interface SubscriptionHandlers<Result> {
  /** Every event, in order; the API's first event is usually the current state */
  next: (data: Result) => void;
  /** The subscription was refused or broke for good (not a dropped connection: those reconnect) */
  error?: (error: GraphqlRequestError) => void;
}

/** The one way this site talks GraphQL: a thin, typed wrapper around one urql client. */
export interface GraphqlClient {
  query<Result, Variables extends object>(document: Document<Result, Variables>, variables: Variables): Promise<Result>;
  mutate<Result, Variables extends object>(
    document: Document<Result, Variables>,
    variables: Variables,
  ): Promise<Result>;
  /** Browser only: a subscription over Server-Sent Events. Returns the function that ends it. */
  subscribe<Result, Variables extends object>(
    document: Document<Result, Variables>,
    variables: Variables,
    handlers: SubscriptionHandlers<Result>,
  ): () => void;
}

/**
 * GraphQL over SSE, "distinct connections" mode (what the API's Yoga speaks): one EventSource
 * per subscription, same origin, so the session cookie goes along. `next` events carry results;
 * `complete` ends the stream. When the connection drops, EventSource reconnects by itself, and
 * the API's subscriptions start again with the current state.
 */
function forwardOverSse(url: string): SubscriptionForwarder {
  return (request) => ({
    subscribe(sink) {
      const params = new URLSearchParams({ query: request.query ?? "" });
      if (request.variables && Object.keys(request.variables).length > 0) {
        params.set("variables", JSON.stringify(request.variables));
      }
      if (request.operationName) params.set("operationName", request.operationName);
      const source = new EventSource(`${url}?${params}`);
      source.addEventListener("next", (event) => sink.next(JSON.parse((event as MessageEvent<string>).data)));
      source.addEventListener("complete", () => {
        source.close();
        sink.complete();
      });
      source.addEventListener("error", () => {
        // CLOSED: the server refused the stream (EventSource gives up); CONNECTING: it retries.
        if (source.readyState === EventSource.CLOSED) sink.error(new Error("The live connection was refused"));
      });
      return { unsubscribe: () => source.close() };
    },
  });
}

export function createGraphqlClient({ url = "/graphql", fetch }: GraphqlClientOptions = {}): GraphqlClient {
  // No cache: every page load asks afresh (server loads run per request anyway). File
  // variables turn a mutation into a GraphQL multipart request (fetchExchange does this).
  const client = new Client({
    url,
    fetch,
    // The API refuses form-encoded and multipart POSTs without it (CSRF prevention): a form on
    // another site cannot send a custom header. The thumbnail upload is such a POST.
    fetchOptions: { headers: { "x-graphql-yoga-csrf": "1" } },
    exchanges: [fetchExchange, subscriptionExchange({ forwardSubscription: forwardOverSse(url) })],
    requestPolicy: "network-only",
  });
  return {
    async query(document, variables) {
      const result = await client.query(document.toString(), variables as never).toPromise();
      if (result.error || !result.data) throw new GraphqlRequestError(result.error);
      return result.data;
    },
    async mutate(document, variables) {
      const result = await client.mutation(document.toString(), variables as never).toPromise();
      if (result.error || !result.data) throw new GraphqlRequestError(result.error);
      return result.data;
    },
    subscribe(document, variables, { next, error }) {
      const { unsubscribe } = client.subscription(document.toString(), variables as never).subscribe((result) => {
        if (result.data) next(result.data as never);
        else if (result.error) error?.(new GraphqlRequestError(result.error));
      });
      return unsubscribe;
    },
  };
}

let browserClient: GraphqlClient | undefined;

/** The browser's client: same-origin /graphql with the session cookie. */
export function graphqlInBrowser(): GraphqlClient {
  browserClient ??= createGraphqlClient();
  return browserClient;
}
