/**
 * What a broadcast tells the outside: the live input's connection status (kept on the input and
 * sent as Stream Live Input notifications), refused feeds (`live_input.errored`), and finished
 * recordings (the video webhook).
 */
import type { PublicUrls } from "../config";
import {
  type ConnectionState,
  type LiveInputRecords,
  liveInputRecords,
  withConnectionState,
} from "../live-inputs/live-input";
import { type LiveInputEvent, notifyLiveInputEvent } from "../notifications/live-input-notifier";
import { type NotificationRecords, notificationRecords } from "../notifications/notification-records";
import type { SingleRecord } from "../state/record-collection";
import type { StateStore } from "../state/state-store";
import { toCloudflareVideo, type VideoRecord } from "../videos/video";
import { sendVideoWebhook } from "../webhooks/video-webhook";
import type { WebhookSender } from "../webhooks/webhook-sender";
import { videoWebhookSubscription, type WebhookSubscriptionRecord } from "../webhooks/webhook-subscription";
import type { FeedError } from "./feed-inspector";

export class BroadcastEvents {
  readonly #inputs: LiveInputRecords;
  readonly #notifications: NotificationRecords;
  readonly #videoWebhook: SingleRecord<WebhookSubscriptionRecord>;
  readonly #webhooks: WebhookSender;
  readonly #accountId: string;
  readonly #urls: PublicUrls;

  constructor(deps: { store: StateStore; webhooks: WebhookSender; accountId: string; urls: PublicUrls }) {
    this.#inputs = liveInputRecords(deps.store);
    this.#notifications = notificationRecords(deps.store);
    this.#videoWebhook = videoWebhookSubscription(deps.store);
    this.#webhooks = deps.webhooks;
    this.#accountId = deps.accountId;
    this.#urls = deps.urls;
  }

  connectionChanged(inputUid: string, connection: ConnectionState, reason: string): void {
    const input = this.#inputs.get(inputUid);
    if (!input) return;
    const now = new Date();
    this.#inputs.put(withConnectionState(input, connection, reason, now.toISOString()));
    this.#notify({
      inputUid,
      type: connection === "connected" ? "live_input.connected" : "live_input.disconnected",
      at: now,
    });
  }

  feedRefused(inputUid: string, error: FeedError, codecs: { videoCodec: string; audioCodec: string }): void {
    this.#notify({ inputUid, type: "live_input.errored", at: new Date(), error: { ...error, ...codecs } });
  }

  /** A recording became ready, or failed. */
  recordingFinished(video: VideoRecord): void {
    sendVideoWebhook(this.#webhooks, this.#videoWebhook.get(), toCloudflareVideo(video, this.#urls));
  }

  #notify(event: LiveInputEvent): void {
    notifyLiveInputEvent(this.#notifications, this.#webhooks, this.#accountId, event);
  }
}
