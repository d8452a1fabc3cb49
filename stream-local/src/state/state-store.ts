import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { LiveInputRecord } from "../live-inputs/live-input";
import type { NotificationPolicyRecord, WebhookDestinationRecord } from "../notifications/notification-records";
import type { SigningKeyRecord } from "../signing/signing-key";
import type { VideoRecord } from "../videos/video";
import type { WebhookSubscriptionRecord } from "../webhooks/webhook-subscription";
import { RecordCollection, SingleRecord } from "./record-collection";

/** Everything stream-local keeps across restarts, under `<data dir>/state/`. */
export interface StateStore {
  liveInputs: RecordCollection<LiveInputRecord>;
  videos: RecordCollection<VideoRecord>;
  signingKeys: RecordCollection<SigningKeyRecord>;
  webhook: SingleRecord<WebhookSubscriptionRecord>;
  destinations: RecordCollection<WebhookDestinationRecord>;
  policies: RecordCollection<NotificationPolicyRecord>;
}

export function openStateStore(dataDir: string): StateStore {
  const dir = join(dataDir, "state");
  mkdirSync(dir, { recursive: true });
  return {
    liveInputs: new RecordCollection(join(dir, "live-inputs.json"), (input) => input.uid),
    videos: new RecordCollection(join(dir, "videos.json"), (video) => video.uid),
    signingKeys: new RecordCollection(join(dir, "signing-keys.json"), (key) => key.id),
    webhook: new SingleRecord(join(dir, "webhook.json")),
    destinations: new RecordCollection(join(dir, "notification-destinations.json"), (destination) => destination.id),
    policies: new RecordCollection(join(dir, "notification-policies.json"), (policy) => policy.id),
  };
}

export function findLiveInputByStreamKey(state: StateStore, streamKey: string): LiveInputRecord | undefined {
  return state.liveInputs.find((input) => input.credentials.rtmpsKey === streamKey);
}

/** Newest first, as Cloudflare lists them. */
export function recordingsOf(state: StateStore, inputUid: string): VideoRecord[] {
  return state.videos
    .list()
    .filter((video) => video.liveInput === inputUid)
    .sort((a, b) => b.created.localeCompare(a.created));
}
