import { z } from "zod";
import { badRequest, notFound, ok, parseBody } from "../http/cloudflare-envelope";
import type { Router } from "../http/router";
import { newUid } from "../ids";
import type { StateStore } from "../state/state-store";
import {
  type NotificationPolicyRecord,
  notificationRecords,
  toCloudflareDestination,
  toCloudflarePolicy,
} from "./notification-records";

const DestinationBodySchema = z.object({
  name: z.string().min(1),
  url: z.url(),
  secret: z.string().optional(),
});

const PolicyBodySchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  alert_type: z.string().min(1),
  enabled: z.boolean(),
  mechanisms: z.object({ webhooks: z.array(z.object({ id: z.string().min(1) })).default([]) }).loose(),
  filters: z.record(z.string(), z.array(z.string())).default({}),
});

export function addNotificationRoutes(router: Router, deps: { store: StateStore }): void {
  const { destinations, policies } = notificationRecords(deps.store);

  router.add("POST", "/alerting/v3/destinations/webhooks", async (request) => {
    const parsed = await parseBody(request, DestinationBodySchema);
    if ("reply" in parsed) return parsed.reply;
    const { name, url, secret } = parsed.value;
    const destination = destinations.put({
      id: newUid(),
      name,
      url,
      secret: secret || null,
      created: new Date().toISOString(),
    });
    return ok({ id: destination.id });
  });

  router.add("GET", "/alerting/v3/destinations/webhooks", () => ok(destinations.list().map(toCloudflareDestination)));

  router.add("GET", "/alerting/v3/destinations/webhooks/:id", (request) => {
    const destination = destinations.get(request.params.id ?? "");
    return destination ? ok(toCloudflareDestination(destination)) : notFound("webhook destination");
  });

  router.add("DELETE", "/alerting/v3/destinations/webhooks/:id", (request) => {
    const id = request.params.id ?? "";
    if (policies.find((policy) => policy.destinationIds.includes(id)))
      return badRequest("the destination is used by a policy");
    return destinations.delete(id) ? ok(null) : notFound("webhook destination");
  });

  const savePolicy = async (body: z.infer<typeof PolicyBodySchema>, existing: NotificationPolicyRecord | undefined) => {
    const destinationIds = body.mechanisms.webhooks.map((webhook) => webhook.id);
    const unknown = destinationIds.filter((id) => !destinations.get(id));
    if (unknown.length > 0) return badRequest(`unknown webhook destination ${unknown.join(", ")}`);
    const now = new Date().toISOString();
    const policy = policies.put({
      id: existing?.id ?? newUid(),
      name: body.name,
      description: body.description ?? "",
      alertType: body.alert_type,
      enabled: body.enabled,
      destinationIds,
      filters: body.filters,
      created: existing?.created ?? now,
      modified: now,
    });
    return ok({ id: policy.id });
  };

  router.add("POST", "/alerting/v3/policies", async (request) => {
    const parsed = await parseBody(request, PolicyBodySchema);
    return "reply" in parsed ? parsed.reply : savePolicy(parsed.value, undefined);
  });

  router.add("PUT", "/alerting/v3/policies/:id", async (request) => {
    const existing = policies.get(request.params.id ?? "");
    if (!existing) return notFound("policy");
    const parsed = await parseBody(request, PolicyBodySchema);
    return "reply" in parsed ? parsed.reply : savePolicy(parsed.value, existing);
  });

  router.add("GET", "/alerting/v3/policies", () => ok(policies.list().map(toCloudflarePolicy)));

  router.add("GET", "/alerting/v3/policies/:id", (request) => {
    const policy = policies.get(request.params.id ?? "");
    return policy ? ok(toCloudflarePolicy(policy)) : notFound("policy");
  });

  router.add("DELETE", "/alerting/v3/policies/:id", (request) =>
    policies.delete(request.params.id ?? "") ? ok(null) : notFound("policy"),
  );
}
