import { exports } from "cloudflare:workers";
import type { TypedDocumentString } from "./graphql/graphql";

export interface Subscription<R> {
  /** The next `next` event's payload (data and errors), or null once the stream completes */
  next(): Promise<{
    data?: R | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  } | null>;
  close(): Promise<void>;
}

/** Opens a GraphQL-over-SSE subscription through the Worker, as a browser or `curl -N` would. */
export async function openSubscription<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: { token?: string } = {},
): Promise<Subscription<R>> {
  const headers: Record<string, string> = { accept: "text/event-stream", "content-type": "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await exports.default.fetch("https://firestream.example.com/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  if (!response.body) throw new Error(`no stream: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    async next() {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event === "complete") return null;
          if (event === "next" && data) return JSON.parse(data);
          continue; // a ping or a comment
        }
        const { value, done } = await reader.read();
        if (done) return null;
        buffer += value;
      }
    },
    async close() {
      await reader.cancel();
    },
  };
}
