import type { IncomingMessage } from "node:http";
import { pathOf, type Reply, type Router, textReply, toRequest } from "../http/router";

/** Answers the playback host's requests from `router`: CORS preflight for any path, plain-text 404 and 405. */
export function createPlaybackHost(router: Router): (message: IncomingMessage) => Promise<Reply> {
  return async function handlePlaybackRequest(message: IncomingMessage): Promise<Reply> {
    const method = message.method ?? "GET";
    if (method === "OPTIONS") return preflightReply(message.headers.origin);
    const found = router.match(method, pathOf(message));
    if (found === undefined) return textReply(404, "Not Found");
    if (found === "methodNotAllowed") return textReply(405, "Method Not Allowed", { allow: "GET, HEAD, OPTIONS" });
    return found.handler(toRequest(message, found.params));
  };
}

function preflightReply(origin: string | undefined): Reply {
  return {
    status: 204,
    headers: {
      "access-control-allow-origin": origin ?? "*",
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "range, content-type",
      "access-control-max-age": "86400",
    },
    body: { none: true },
  };
}
