/**
 * The REST API under /client/v4/accounts/:accountId, guarded by the configured bearer token. The
 * routes are the features'; they add them to the router this is given.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { accountForbidden, authenticationError, methodNotAllowed, noRoute } from "./cloudflare-envelope";
import { pathOf, type Reply, type Router, toRequest } from "./router";

export const API_ROOT = "/client/v4";
const ACCOUNT_PATH = /^\/client\/v4\/accounts\/([^/]+)(\/.*)$/;

export function isApiPath(path: string): boolean {
  return path === API_ROOT || path.startsWith(`${API_ROOT}/`);
}

/** Answers API requests from `router`, whose paths are relative to the account. */
export function createCloudflareApi(
  router: Router,
  credentials: { accountId: string; apiToken: string },
): (message: IncomingMessage) => Promise<Reply> {
  const expectedToken = digest(credentials.apiToken);

  return async function handleApiRequest(message: IncomingMessage): Promise<Reply> {
    const path = pathOf(message);
    const bearer = /^Bearer\s+(.+)$/i.exec(message.headers.authorization ?? "")?.[1]?.trim() ?? "";
    if (!timingSafeEqual(digest(bearer), expectedToken)) return authenticationError();
    const scoped = ACCOUNT_PATH.exec(path);
    if (!scoped) return noRoute(path);
    if (decodeURIComponent(scoped[1]!) !== credentials.accountId) return accountForbidden();
    const method = message.method ?? "GET";
    const route = router.match(method, scoped[2]!.replace(/\/+$/, "") || "/");
    if (route === undefined) return noRoute(path);
    if (route === "methodNotAllowed") return methodNotAllowed(method);
    return route.handler(toRequest(message, route.params));
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
