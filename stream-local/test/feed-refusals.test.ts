import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LiveInput } from "../../api/src/stream/client";
import { type Publisher, startPublisher } from "./support/publisher";
import { startTestStreamLocal, type TestStreamLocal } from "./support/test-stream-local";
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver";

const SMALL = ["-vf", "scale=320:180"];

describe("feeds Cloudflare would refuse", () => {
  let local: TestStreamLocal;
  let receiver: WebhookReceiver;
  const publishers: Publisher[] = [];

  const newInput = () =>
    local.client.createLiveInput({
      meta: { name: "refusals" },
      recording: { mode: "automatic", timeoutSeconds: 0, requireSignedURLs: false },
    });
  const publish = (input: LiveInput, videoCodecArgs: string[]) => {
    const publisher = startPublisher(local.ingestUrl(input.rtmps.streamKey), { videoCodecArgs });
    publishers.push(publisher);
    return publisher;
  };
  const erroredEvent = (input: LiveInput) =>
    receiver.waitFor(
      (delivery) =>
        delivery.json?.data?.event_type === "live_input.errored" && delivery.json.data.input_id === input.uid,
    );

  beforeAll(async () => {
    local = await startTestStreamLocal();
    receiver = await startWebhookReceiver();
    const destination = await local.client.createNotificationDestination({
      name: "refusals",
      url: `${receiver.url}/live`,
      secret: "refusals-secret",
    });
    await local.client.createLiveInputNotificationPolicy({ name: "refusals", destinationId: destination.id });
  });

  afterAll(async () => {
    await Promise.all(publishers.map((publisher) => publisher.kill()));
    await local?.close();
    await receiver?.close();
  });

  it("reports a video codec other than H.264 as live_input.errored and ends the feed", async () => {
    const input = await newInput();
    const publisher = publish(input, [...SMALL, "-c:v", "flv1"]);
    const errored = await erroredEvent(input);
    expect(errored.headers["cf-webhook-auth"]).toBe("refusals-secret");
    expect(errored.json.data.live_input_errored).toEqual({
      error: { code: "ERR_UNSUPPORTED_VIDEO_CODEC", message: expect.any(String) },
      video_codec: "flv1",
      audio_codec: "aac",
    });
    expect(await publisher.exited).not.toBe(0);
    expect((await local.client.lifecycle(input.uid)).live).toBe(false);
    expect(await local.client.listLiveInputVideos(input.uid)).toEqual([]);
  });

  it("reports a keyframe interval over 10 s as ERR_GOP_OUT_OF_RANGE", async () => {
    const input = await newInput();
    const publisher = publish(input, [
      ...SMALL,
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-g",
      "900",
      "-keyint_min",
      "900",
      "-sc_threshold",
      "0",
    ]);
    const errored = await erroredEvent(input);
    expect(errored.json.data.live_input_errored.error.code).toBe("ERR_GOP_OUT_OF_RANGE");
    expect(errored.json.data.live_input_errored.video_codec).toBe("h264");
    expect(await publisher.exited).not.toBe(0);
  });

  it("refuses a publisher on a disabled input", async () => {
    const input = await newInput();
    await local.client.updateLiveInput(input.uid, { enabled: false });
    expect(await publish(input, [...SMALL, "-c:v", "libx264", "-preset", "ultrafast"]).exited).not.toBe(0);
    expect(receiver.deliveries.filter((delivery) => delivery.json?.data?.input_id === input.uid)).toEqual([]);
    expect((await local.client.getLiveInput(input.uid)).status).toBeNull();
  });
});
