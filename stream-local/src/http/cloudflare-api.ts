/** The REST API under /client/v4/accounts/:accountId, guarded by the configured bearer token. */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { addLiveInputRoutes } from "../live-inputs/live-input-routes";
import { addNotificationRoutes } from "../notifications/notification-routes";
import { addSigningKeyRoutes } from "../signing/signing-key-routes";
import { addVideoRoutes } from "../videos/video-routes";
import { addWebhookRoutes } from "../webhooks/webhook-routes";
import type { ApiContext } from "./api-context";
import { accountForbidden, authenticationError, methodNotAllowed, noRoute } from "./cloudflare-envelope";
import { type Reply, Router, toRequest } from "./router";

export const API_ROOT = "/client/v4";
const ACCOUNT_PATH = /^\/client\/v4\/accounts\/([^/]+)(\/.*)$/;

export type ApiHandler = (message: IncomingMessage) => Promise<Reply>;

export function createCloudflareApi(
  context: ApiContext,
  credentials: { accountId: string; apiToken: string },
): ApiHandler {
  const router = new Router();
  addLiveInputRoutes(router, context);
  addSigningKeyRoutes(router, context);
  addWebhookRoutes(router, context);
  addNotificationRoutes(router, context);
  addVideoRoutes(router, context);
  const expectedToken = digest(credentials.apiToken);

  return async function handleApiRequest(message: IncomingMessage): Promise<Reply> {
    const path = new URL(message.url ?? "/", "http://stream-local").pathname;
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
