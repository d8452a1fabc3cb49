/** Cloudflare Notifications, the subset stream-local keeps: webhook destinations and policies. */
import type { RecordCollection } from "../state/record-collection";
import type { StateStore } from "../state/state-store";

export interface WebhookDestinationRecord {
  id: string;
  name: string;
  url: string;
  secret: string | null;
  created: string;
}

export interface NotificationPolicyRecord {
  id: string;
  name: string;
  description: string;
  alertType: string;
  enabled: boolean;
  destinationIds: string[];
  filters: Record<string, string[]>;
  created: string;
  modified: string;
}

export interface NotificationRecords {
  destinations: RecordCollection<WebhookDestinationRecord>;
  policies: RecordCollection<NotificationPolicyRecord>;
}

export function notificationRecords(store: StateStore): NotificationRecords {
  return {
    destinations: store.collection(
      "notification-destinations",
      (destination: WebhookDestinationRecord) => destination.id,
    ),
    policies: store.collection("notification-policies", (policy: NotificationPolicyRecord) => policy.id),
  };
}

export const STREAM_LIVE_ALERT_TYPE = "stream_live_notifications";

export function toCloudflareDestination(destination: WebhookDestinationRecord) {
  return {
    id: destination.id,
    name: destination.name,
    url: destination.url,
    type: "generic",
    created_at: destination.created,
    last_success: null,
    last_failure: null,
  };
}

export function toCloudflarePolicy(policy: NotificationPolicyRecord) {
  return {
    id: policy.id,
    name: policy.name,
    description: policy.description,
    alert_type: policy.alertType,
    enabled: policy.enabled,
    mechanisms: { webhooks: policy.destinationIds.map((id) => ({ id })) },
    filters: policy.filters,
    created: policy.created,
    modified: policy.modified,
  };
}
