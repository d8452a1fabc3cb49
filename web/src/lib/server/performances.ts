import type { GraphqlClient } from "$lib/graphql/client";
import type { Document } from "$lib/graphql/client";

interface Page<Node> {
  edges: ReadonlyArray<{ node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Enough pages for any calendar period; a bound, so a runaway query cannot loop forever. */
const MAX_PAGES = 10;

/**
 * Every node of a connection query, page after page (100 a page). `connectionOf` picks the
 * connection out of a result.
 */
export async function allNodes<Result, Variables extends { after?: string | null }, Node>(
  client: GraphqlClient,
  document: Document<Result, Variables>,
  variables: Variables,
  connectionOf: (result: Result) => Page<Node>,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const connection = connectionOf(await client.query(document, { ...variables, after }));
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return nodes;
}
