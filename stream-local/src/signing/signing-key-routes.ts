import { notFound, ok } from "../http/cloudflare-envelope";
import type { Router } from "../http/router";
import type { Logger } from "../logger";
import type { StateStore } from "../state/state-store";
import { createSigningKey, signingKeyRecords } from "./signing-key";

export function addSigningKeyRoutes(router: Router, deps: { store: StateStore; log: Logger }): void {
  const { log } = deps;
  const keys = signingKeyRecords(deps.store);

  router.add("POST", "/stream/keys", () => {
    const created = createSigningKey(new Date().toISOString());
    keys.put(created.record);
    log.info(`created signing key ${created.record.id}`);
    return ok(created.response);
  });

  router.add("GET", "/stream/keys", () => ok(keys.list().map(({ id, created }) => ({ id, created }))));

  // Tokens signed by a deleted key stop working at once.
  router.add("DELETE", "/stream/keys/:id", (request) => {
    if (!keys.delete(request.params.id ?? "")) return notFound("signing key");
    log.info(`deleted signing key ${request.params.id}`);
    return ok("ok");
  });
}
