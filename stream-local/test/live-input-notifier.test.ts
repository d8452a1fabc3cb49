import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { notifyLiveInputEvent } from "../src/notifications/live-input-notifier";
import { type NotificationRecords, notificationRecords } from "../src/notifications/notification-records";
import { openStateStore } from "../src/state/state-store";
import type { WebhookDelivery, WebhookSender } from "../src/webhooks/webhook-sender";
import { makeTempDataDir } from "./support/test-stream-local";

const INPUT = "11111111111111111111111111111111";
const OTHER_INPUT = "22222222222222222222222222222222";

describe("live input notifications", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function setup(policies: Array<{ enabled?: boolean; alertType?: string; filters?: Record<string, string[]> }>) {
    const dir = makeTempDataDir();
    dirs.push(dir);
    const state: NotificationRecords = notificationRecords(openStateStore(dir));
    state.destinations.put({
      id: "d1",
      name: "site",
      url: "http://127.0.0.1:9/live",
      secret: "s3cret",
      created: new Date().toISOString(),
    });
    policies.forEach((policy, i) =>
      state.policies.put({
        id: `p${i}`,
        name: `policy ${i}`,
        description: "",
        alertType: policy.alertType ?? "stream_live_notifications",
        enabled: policy.enabled ?? true,
        destinationIds: ["d1"],
        filters: policy.filters ?? {},
        created: "",
        modified: "",
      }),
    );
    const sent: WebhookDelivery[] = [];
    const sender = { send: (delivery: WebhookDelivery) => sent.push(delivery) } as unknown as WebhookSender;
    return { state, sender, sent };
  }

  it("sends Cloudflare's body to each enabled policy that matches, with cf-webhook-auth", () => {
    const { state, sender, sent } = setup([
      {},
      { filters: { input_id: [OTHER_INPUT] } },
      { enabled: false },
      { alertType: "stream_live_notifications", filters: { event_type: ["live_input.disconnected"] } },
      { alertType: "health_check_status_notification" },
    ]);
    const at = new Date("2026-01-02T03:04:05.678Z");
    notifyLiveInputEvent(state, sender, "acct", { inputUid: INPUT, type: "live_input.connected", at });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers()).toEqual({ "cf-webhook-auth": "s3cret" });
    expect(JSON.parse(sent[0]!.body)).toMatchObject({
      name: "policy 0",
      text: `Notification type: Stream Live Input\nInput ID: ${INPUT}\nEvent type: live_input.connected\nUpdated at: 2026-01-02T03:04:05.678Z`,
      data: {
        notification_name: "Stream Live Input",
        input_id: INPUT,
        event_type: "live_input.connected",
        updated_at: "2026-01-02T03:04:05.678Z",
      },
      ts: 1767323045,
    });
  });

  it("adds the error and codecs to live_input.errored", () => {
    const { state, sender, sent } = setup([{}]);
    notifyLiveInputEvent(state, sender, "acct", {
      inputUid: INPUT,
      type: "live_input.errored",
      at: new Date(),
      error: { code: "ERR_GOP_OUT_OF_RANGE", message: "too long", videoCodec: "h264", audioCodec: "aac" },
    });
    expect(JSON.parse(sent[0]!.body).data.live_input_errored).toEqual({
      error: { code: "ERR_GOP_OUT_OF_RANGE", message: "too long" },
      video_codec: "h264",
      audio_codec: "aac",
    });
  });
});
