import type { ApiContext } from "../http/api-context";
import { notFound, ok } from "../http/cloudflare-envelope";
import type { Router } from "../http/router";
import { createSigningKey } from "./signing-key";

export function addSigningKeyRoutes(router: Router, context: ApiContext): void {
  const { state } = context;

  router.add("POST", "/stream/keys", () => {
    const created = createSigningKey(new Date().toISOString());
    state.signingKeys.put(created.record);
    context.log.info(`created signing key ${created.record.id}`);
    return ok(created.response);
  });

  router.add("GET", "/stream/keys", () => ok(state.signingKeys.list().map(({ id, created }) => ({ id, created }))));

  // Tokens signed by a deleted key stop working at once.
  router.add("DELETE", "/stream/keys/:id", (request) => {
    if (!state.signingKeys.delete(request.params.id ?? "")) return notFound("signing key");
    context.log.info(`deleted signing key ${request.params.id}`);
    return ok("ok");
  });
}
