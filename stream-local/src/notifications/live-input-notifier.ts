/**
 * Cloudflare Notifications for live inputs ("Stream Live Input" alerts): every enabled
 * stream_live_notifications policy whose filters match sends to its webhook destinations, with
 * the destination's secret in `cf-webhook-auth`.
 */
import type { WebhookSender } from "../webhooks/webhook-sender";
import {
  type NotificationPolicyRecord,
  type NotificationRecords,
  STREAM_LIVE_ALERT_TYPE,
} from "./notification-records";

export type LiveInputEventType = "live_input.connected" | "live_input.disconnected" | "live_input.errored";

export interface LiveInputEvent {
  inputUid: string;
  type: LiveInputEventType;
  at: Date;
  /** Why a feed was refused (Cloudflare's ERR_* code), with the codecs it sent */
  error?: { code: string; message: string; videoCodec: string; audioCodec: string };
}

function liveInputNotificationBody(event: LiveInputEvent, policy: NotificationPolicyRecord, accountId: string) {
  const updatedAt = event.at.toISOString();
  return {
    name: policy.name,
    text: `Notification type: Stream Live Input\nInput ID: ${event.inputUid}\nEvent type: ${event.type}\nUpdated at: ${updatedAt}`,
    data: {
      notification_name: "Stream Live Input",
      input_id: event.inputUid,
      event_type: event.type,
      updated_at: updatedAt,
      ...(event.error
        ? {
            live_input_errored: {
              error: { code: event.error.code, message: event.error.message },
              video_codec: event.error.videoCodec,
              audio_codec: event.error.audioCodec,
            },
          }
        : {}),
    },
    ts: Math.floor(event.at.getTime() / 1000),
    account_id: accountId,
    policy_id: policy.id,
    policy_name: policy.name,
    alert_type: STREAM_LIVE_ALERT_TYPE,
  };
}

function policyMatches(policy: NotificationPolicyRecord, event: LiveInputEvent): boolean {
  if (!policy.enabled || policy.alertType !== STREAM_LIVE_ALERT_TYPE) return false;
  const inputs = policy.filters.input_id;
  if (inputs && inputs.length > 0 && !inputs.includes(event.inputUid)) return false;
  const types = policy.filters.event_type;
  if (types && types.length > 0 && !types.includes(event.type)) return false;
  return true;
}

export function notifyLiveInputEvent(
  records: NotificationRecords,
  sender: WebhookSender,
  accountId: string,
  event: LiveInputEvent,
): void {
  for (const policy of records.policies.list()) {
    if (!policyMatches(policy, event)) continue;
    const body = JSON.stringify(liveInputNotificationBody(event, policy, accountId));
    for (const destinationId of policy.destinationIds) {
      const destination = records.destinations.get(destinationId);
      if (!destination) continue;
      sender.send({
        description: `${event.type} notification for input ${event.inputUid}`,
        url: destination.url,
        body,
        headers: (): Record<string, string> => (destination.secret ? { "cf-webhook-auth": destination.secret } : {}),
      });
    }
  }
}
