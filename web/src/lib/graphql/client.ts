import { Client, type CombinedError, fetchExchange } from "@urql/core";
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

/** The one way this site talks GraphQL: a thin, typed wrapper around one urql client. */
export interface GraphqlClient {
  query<Result, Variables extends object>(document: Document<Result, Variables>, variables: Variables): Promise<Result>;
  mutate<Result, Variables extends object>(
    document: Document<Result, Variables>,
    variables: Variables,
  ): Promise<Result>;
}

export function createGraphqlClient({ url = "/graphql", fetch }: GraphqlClientOptions = {}): GraphqlClient {
  // No cache: every page load asks afresh (server loads run per request anyway). File
  // variables turn a mutation into a GraphQL multipart request (fetchExchange does this).
  const client = new Client({ url, fetch, exchanges: [fetchExchange], requestPolicy: "network-only" });
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
  };
}
