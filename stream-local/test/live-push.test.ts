import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LiveInput, SigningKey } from "../../api/src/stream/client";
import { eventually } from "./support/eventually";
import { probeCodecs } from "./support/ffprobe";
import { signPlaybackToken } from "./support/playback-tokens";
import { type Publisher, startPublisher } from "./support/publisher";
import { makeTempDataDir, startTestStreamLocal, type TestStreamLocal } from "./support/test-stream-local";
import { type Delivery, startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver";

const NOTIFICATION_SECRET = "live-input-notification-secret";
const UID = /^[0-9a-f]{32}$/;

// One show, end to end, in order: each step builds on the state the previous one left.
describe("a real RTMP push through stream-local", () => {
  const dataDir = makeTempDataDir();
  const scratch = mkdtempSync(join(tmpdir(), "stream-local-push-"));
  const publishers: Publisher[] = [];
  let local: TestStreamLocal;
  let receiver: WebhookReceiver;
  let key: SigningKey;
  let input: LiveInput;
  let webhookSecret: string;
  let firstPublisher: Publisher;
  let recordingUid: string;

  const publish = (streamKey: string, options?: { seconds?: number }) => {
    const publisher = startPublisher(local.ingestUrl(streamKey), options);
    publishers.push(publisher);
    return publisher;
  };
  const liveEvents = (type: string) =>
    receiver.deliveries.filter(
      (delivery) =>
        delivery.path === "/live" &&
        delivery.json?.data?.event_type === type &&
        delivery.json.data.input_id === input.uid,
    );
  const playback = (path: string) => fetch(`${local.streamLocal.httpUrl}${path}`);
  const playlistWhenReady = (path: string) =>
    eventually(
      async () => {
        const response = await playback(path);
        return response.ok ? response.text() : undefined;
      },
      { timeoutMs: 60_000, what: `${path.slice(-30)} served` },
    );

  beforeAll(async () => {
    local = await startTestStreamLocal({ dataDir });
    receiver = await startWebhookReceiver();
    webhookSecret = (await local.client.setWebhook(`${receiver.url}/video`)).secret;
    const destination = await local.client.createNotificationDestination({
      name: "FireStream",
      url: `${receiver.url}/live`,
      secret: NOTIFICATION_SECRET,
    });
    await local.client.createLiveInputNotificationPolicy({
      name: "FireStream live inputs",
      destinationId: destination.id,
    });
    key = await local.client.createSigningKey();
    input = await local.client.createLiveInput({
      meta: { name: "Push test show" },
      enabled: true,
      recording: { mode: "automatic", timeoutSeconds: 6, requireSignedURLs: true, allowedOrigins: null },
    });
  });

  afterAll(async () => {
    await Promise.all(publishers.map((publisher) => publisher.kill()));
    await local?.close();
    await receiver?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it("goes live: connected notification, two renditions behind a signed token, H.264, lifecycle live", async () => {
    firstPublisher = publish(input.rtmps.streamKey);
    const connected = await receiver.waitFor((delivery) => liveEvents("live_input.connected").includes(delivery));
    expect(connected.headers["cf-webhook-auth"]).toBe(NOTIFICATION_SECRET);
    const updatedAt = connected.json.data.updated_at;
    expect(connected.json).toMatchObject({
      name: "FireStream live inputs",
      text: `Notification type: Stream Live Input\nInput ID: ${input.uid}\nEvent type: live_input.connected\nUpdated at: ${updatedAt}`,
      data: {
        notification_name: "Stream Live Input",
        input_id: input.uid,
        event_type: "live_input.connected",
        updated_at: updatedAt,
      },
      ts: expect.any(Number),
    });

    const token = await signPlaybackToken(key, { sub: input.uid });
    const master = await playlistWhenReady(`/${token}/manifest/video.m3u8`);
    expect(master.match(/#EXT-X-STREAM-INF/g)).toHaveLength(2);
    expect(master).toContain("RESOLUTION=1280x720");
    expect(master).toContain("RESOLUTION=640x360");
    expect(master.split("\n").filter((line) => line.endsWith(".m3u8"))).toEqual(["0/index.m3u8", "1/index.m3u8"]);
    expect(await probeCodecs(`${local.streamLocal.httpUrl}/${token}/manifest/video.m3u8`)).toContain("h264");

    expect(await local.client.lifecycle(input.uid)).toEqual({
      isInput: true,
      videoUID: expect.stringMatching(UID),
      live: true,
    });
    expect(await local.client.liveViewers(input.uid)).toBeGreaterThanOrEqual(1);
    // The feed as measured from its packets: the synthetic publisher sends 1280x720, 30 fps, a keyframe every 60 frames.
    const { status } = await local.client.getLiveInput(input.uid);
    const ingest = typeof status === "object" ? status?.current?.ingest : undefined;
    expect(ingest).toMatchObject({
      videoCodec: "h264",
      audioCodec: "aac",
      width: 1280,
      height: 720,
      keyframeIntervalSeconds: 2,
    });
    expect(ingest?.frameRate).toBeCloseTo(30, 0);
    expect(ingest?.bitrateKbps).toBeGreaterThan(0);
    expect((await playback(`/${input.uid}/manifest/video.m3u8`)).status).toBe(401);
    const thumbnail = await playback(`/${token}/thumbnails/thumbnail.jpg`);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get("content-type")).toBe("image/jpeg");
  });

  it("refuses an unknown stream key and a second publisher on a live key", async () => {
    expect(await publish(`${"0".repeat(32)}k${input.uid}`).exited).not.toBe(0);
    expect(await publish(input.rtmps.streamKey).exited).not.toBe(0);
    expect((await local.client.lifecycle(input.uid)).live).toBe(true);
    expect(liveEvents("live_input.connected")).toHaveLength(1);
  });

  it("restarts a crashed ffmpeg worker while the publisher stays connected", async () => {
    const crashed = local.streamLocal.activeTranscoderPid(input.uid);
    expect(crashed).toBeGreaterThan(0);
    process.kill(crashed!, "SIGKILL");
    await eventually(
      () => {
        const next = local.streamLocal.activeTranscoderPid(input.uid);
        return next !== undefined && next !== crashed ? next : undefined;
      },
      { what: "a new ffmpeg worker" },
    );
    const token = await signPlaybackToken(key, { sub: input.uid });
    // The new worker's segments follow the old ones in the same playlist, after a discontinuity.
    const joined = await eventually(
      async () => {
        const response = await playback(`/${token}/manifest/0/index.m3u8`);
        const text = response.ok ? await response.text() : "";
        return /#EXT-X-DISCONTINUITY\n#EXTINF/.test(text) ? text : undefined;
      },
      { timeoutMs: 60_000, what: "the new worker's segments" },
    );
    expect(joined).not.toContain("#EXT-X-ENDLIST");
    expect((await local.client.lifecycle(input.uid)).live).toBe(true);
  });

  it("keeps one recording when the feed drops and comes back within the timeout", async () => {
    recordingUid = (await local.client.lifecycle(input.uid)).videoUID!;
    await firstPublisher.kill();
    await eventually(async () => ((await local.client.lifecycle(input.uid)).live ? undefined : true), {
      intervalMs: 100,
      what: "input offline",
    });
    const comeback = publish(input.rtmps.streamKey, { seconds: 4 });
    await eventually(() => (liveEvents("live_input.connected").length >= 2 ? true : undefined), {
      what: "second connected notification",
    });
    expect((await local.client.lifecycle(input.uid)).videoUID).toBe(recordingUid);
    expect(await comeback.exited).toBe(0);
    await eventually(() => (liveEvents("live_input.disconnected").length >= 2 ? true : undefined), {
      what: "disconnected notifications",
    });
    const recordings = await local.client.listLiveInputVideos(input.uid);
    expect(recordings.map((video) => video.uid)).toEqual([recordingUid]);
  });

  it("finalizes after the timeout: signed video webhook, then a ready VOD, MP4 and thumbnail", async () => {
    const delivery: Delivery = await receiver.waitFor((candidate) => candidate.path === "/video", 120_000);
    const signature = Object.fromEntries(
      String(delivery.headers["webhook-signature"])
        .split(",")
        .map((part) => part.split("=") as [string, string]),
    );
    expect(Math.abs(Date.now() / 1000 - Number(signature.time))).toBeLessThan(300);
    expect(signature.sig1).toBe(
      createHmac("sha256", webhookSecret).update(`${signature.time}.${delivery.rawBody}`).digest("hex"),
    );
    expect(delivery.json).toMatchObject({
      uid: recordingUid,
      liveInput: input.uid,
      readyToStream: true,
      status: { state: "ready" },
    });
    // Longer than the 4 s comeback alone: the first session is in the same recording.
    expect(delivery.json.duration).toBeGreaterThan(6);

    const [video, ...others] = await local.client.listLiveInputVideos(input.uid);
    expect(others).toHaveLength(0);
    expect(video).toMatchObject({
      uid: recordingUid,
      readyToStream: true,
      status: { state: "ready" },
      requireSignedURLs: true,
    });
    expect(await local.client.lifecycle(input.uid)).toEqual({ isInput: true, videoUID: recordingUid, live: false });

    const token = await signPlaybackToken(key, { sub: recordingUid, downloadable: true });
    expect(await playlistWhenReady(`/${token}/manifest/video.m3u8`)).toContain("#EXT-X-STREAM-INF");
    const variant = await playlistWhenReady(`/${token}/manifest/0/index.m3u8`);
    expect(variant).toContain("#EXT-X-PLAYLIST-TYPE:VOD");
    expect(variant).toContain("#EXT-X-ENDLIST");

    await local.client.createDownload(recordingUid);
    await eventually(async () =>
      (await local.client.getDownloads(recordingUid)).default?.status === "ready" ? true : undefined,
    );
    const mp4 = await playback(`/${token}/downloads/default.mp4`);
    expect(mp4.status).toBe(200);
    expect(mp4.headers.get("content-type")).toBe("video/mp4");
    const mp4File = join(scratch, "default.mp4");
    writeFileSync(mp4File, Buffer.from(await mp4.arrayBuffer()));
    expect(await probeCodecs(mp4File)).toEqual(expect.arrayContaining(["h264", "aac"]));

    const thumbnail = await playback(`/${token}/thumbnails/thumbnail.jpg`);
    expect(thumbnail.headers.get("content-type")).toBe("image/jpeg");
    expect([...new Uint8Array(await thumbnail.arrayBuffer()).slice(0, 2)]).toEqual([0xff, 0xd8]);
  });

  it("refuses the old key after rotate_keys, and takes the new one", async () => {
    const rotated = await local.client.rotateLiveInputKey(input.uid);
    expect(await publish(input.rtmps.streamKey).exited).not.toBe(0);
    const connectedBefore = liveEvents("live_input.connected").length;
    const fresh = publish(rotated.rtmps.streamKey);
    await eventually(() => (liveEvents("live_input.connected").length > connectedBefore ? true : undefined), {
      what: "connected with the new key",
    });
    await fresh.kill();
    input = rotated;
  });

  it("keeps inputs, keys and ready recordings across a restart", async () => {
    await local.close();
    local = await startTestStreamLocal({ dataDir });
    const reloaded = await local.client.getLiveInput(input.uid);
    expect(reloaded.rtmps.streamKey).toBe(input.rtmps.streamKey);
    expect(typeof reloaded.status === "object" ? reloaded.status?.current?.state : reloaded.status).toBe(
      "disconnected",
    );
    const video = await local.client.getVideo(recordingUid);
    expect(video.status.state).toBe("ready");
    // The key's public half was kept: tokens signed before the restart still play.
    const token = await signPlaybackToken(key, { sub: recordingUid, downloadable: true });
    expect(await playlistWhenReady(`/${token}/manifest/video.m3u8`)).toContain("#EXT-X-STREAM-INF");
    expect((await playback(`/${token}/downloads/default.mp4`)).status).toBe(200);
    expect((await playback(`/${recordingUid}/manifest/video.m3u8`)).status).toBe(401);
  });
});
