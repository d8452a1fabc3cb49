/**
 * What the Worker's Stream client relies on, as one suite run against any server that claims to be
 * Cloudflare Stream: stream-local, and the replay of Cloudflare's recorded answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LiveInput, StreamApiError, type StreamClient } from "../../../api/src/stream/client";

export interface ContractTarget {
  client: StreamClient;
  /** The same server, with a wrong API token */
  clientWithWrongToken: StreamClient;
  /** A ready recording the server knows */
  knownVideoUid: string;
  close(): Promise<void>;
}

const UID = /^[0-9a-f]{32}$/;
const STREAM_KEY = /^[0-9a-f]{32}k[0-9a-f]{32}$/;
const WEBHOOK_URL = "https://firestream.example.com/api/webhooks/stream";

const isIsoTime = (value: unknown) => typeof value === "string" && !Number.isNaN(Date.parse(value));

async function apiError(promise: Promise<unknown>): Promise<StreamApiError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(StreamApiError);
  return error as StreamApiError;
}

export function describeStreamApiContract(name: string, start: () => Promise<ContractTarget>): void {
  describe(`Stream API contract: ${name}`, () => {
    let target: ContractTarget;
    let created: LiveInput;

    beforeAll(async () => {
      target = await start();
    });
    afterAll(async () => {
      await target?.close();
    });

    it("creates a live input with Cloudflare's fields", async () => {
      created = await target.client.createLiveInput({
        meta: { name: "Contract show", performanceId: "perf-1" },
        enabled: true,
        recording: { mode: "automatic", timeoutSeconds: 60, requireSignedURLs: true, allowedOrigins: null },
      });
      expect(created.uid).toMatch(UID);
      expect(created.rtmps.url).toMatch(/^rtmps?:\/\/[^/]+\/live\/$/);
      expect(created.rtmps.streamKey).toMatch(STREAM_KEY);
      expect(created.rtmps.streamKey.endsWith(created.uid)).toBe(true);
      expect(created.srt).toEqual({
        url: expect.stringMatching(/^srt:\/\//),
        streamId: created.uid,
        passphrase: expect.any(String),
      });
      expect(created.webRTC?.url).toMatch(/^https?:\/\/.+\/webRTC\/publish$/);
      expect(created.status).toBeNull();
      expect(isIsoTime(created.created) && isIsoTime(created.modified)).toBe(true);
      expect(created.meta).toEqual({ name: "Contract show", performanceId: "perf-1" });
      expect(created.recording).toEqual({
        mode: "automatic",
        timeoutSeconds: 60,
        requireSignedURLs: true,
        allowedOrigins: null,
        hideLiveViewerCount: false,
      });
      expect(created.deleteRecordingAfterDays).toBeNull();
      expect(created.enabled).toBe(true);
    });

    it("gets the live input it created", async () => {
      const fetched = await target.client.getLiveInput(created.uid);
      expect(fetched.uid).toBe(created.uid);
      expect(fetched.rtmps).toEqual(created.rtmps);
      expect(fetched.recording).toEqual(created.recording);
    });

    it("updates only the fields it is given", async () => {
      const updated = await target.client.updateLiveInput(created.uid, {
        meta: { name: "Contract show (renamed)", performanceId: "perf-1" },
        recording: { timeoutSeconds: 120 },
      });
      expect(updated.uid).toBe(created.uid);
      expect(updated.meta).toEqual({ name: "Contract show (renamed)", performanceId: "perf-1" });
      expect(updated.recording).toMatchObject({ mode: "automatic", timeoutSeconds: 120, requireSignedURLs: true });
      expect(updated.rtmps.streamKey).toBe(created.rtmps.streamKey);
    });

    it("rotates the stream key of a live input", async () => {
      const rotated = await target.client.rotateLiveInputKey(created.uid);
      expect(rotated.uid).toBe(created.uid);
      expect(rotated.rtmps.streamKey).toMatch(STREAM_KEY);
      expect(rotated.rtmps.streamKey).not.toBe(created.rtmps.streamKey);
      expect(rotated.rtmps.url).toBe(created.rtmps.url);
    });

    it("lists the recordings of a live input", async () => {
      const videos = await target.client.listLiveInputVideos(created.uid);
      expect(Array.isArray(videos)).toBe(true);
      for (const video of videos) {
        expect(video.liveInput).toBe(created.uid);
        expect(["live-inprogress", "ready", "error"]).toContain(video.status.state);
      }
    });

    it("gets a video with its playback URLs", async () => {
      const uid = target.knownVideoUid;
      const video = await target.client.getVideo(uid);
      expect(video.uid).toBe(uid);
      expect(video.readyToStream).toBe(true);
      expect(video.status.state).toBe("ready");
      expect(video.duration).toBeGreaterThan(0);
      expect(video.playback?.hls).toMatch(new RegExp(`/${uid}/manifest/video\\.m3u8$`));
      expect(video.playback?.dash).toMatch(new RegExp(`/${uid}/manifest/video\\.mpd$`));
      expect(video.thumbnail).toMatch(new RegExp(`/${uid}/thumbnails/thumbnail\\.jpg$`));
      expect(video.liveInput).toMatch(UID);
      expect(typeof video.requireSignedURLs).toBe("boolean");
      expect(isIsoTime(video.created) && isIsoTime(video.modified)).toBe(true);
      expect(video).toMatchObject({
        input: { width: expect.any(Number), height: expect.any(Number) },
        size: expect.any(Number),
      });
    });

    it("creates the MP4 download of a ready video and reports how far it is", async () => {
      const uid = target.knownVideoUid;
      const mp4 = new RegExp(`/${uid}/downloads/default\\.mp4$`);
      const created = await target.client.createDownload(uid);
      expect(created.default).toEqual({
        status: expect.stringMatching(/^(inprogress|ready)$/),
        url: expect.stringMatching(mp4),
        percentComplete: expect.any(Number),
      });
      const downloads = await target.client.getDownloads(uid);
      expect(["inprogress", "ready"]).toContain(downloads.default?.status);
      expect(downloads.default?.url).toMatch(mp4);
      expect(downloads.default?.percentComplete).toBeGreaterThanOrEqual(0);
      expect(downloads.default?.percentComplete).toBeLessThanOrEqual(100);
    });

    it("answers 404 to the downloads of an unknown video", async () => {
      const unknown = "fedcba9876543210fedcba9876543210";
      expect((await apiError(target.client.createDownload(unknown))).status).toBe(404);
      expect((await apiError(target.client.getDownloads(unknown))).status).toBe(404);
    });

    it("uploads WebVTT captions for a video, lists them and hands the file back", async () => {
      const uid = target.knownVideoUid;
      const vtt = new Blob(["WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nWelcome to the show\n"], { type: "text/vtt" });
      const uploaded = await target.client.uploadCaptions(uid, "en", vtt);
      expect(uploaded).toEqual({ language: "en", label: "English", generated: false, status: "ready" });
      expect(await target.client.listCaptions(uid)).toContainEqual(uploaded);
      const text = await target.client.captionsVtt(uid, "en");
      expect(text).toMatch(/^WEBVTT\n/);
      expect(text).toContain("Welcome to the show");
    });

    it("answers 404 for the captions of an unknown video", async () => {
      const unknown = "fedcba9876543210fedcba9876543210";
      expect((await apiError(target.client.listCaptions(unknown))).status).toBe(404);
      const vtt = new Blob(["WEBVTT\n"], { type: "text/vtt" });
      expect((await apiError(target.client.uploadCaptions(unknown, "en", vtt))).status).toBe(404);
    });

    it("creates a signing key and hands out its private half once", async () => {
      const key = await target.client.createSigningKey();
      expect(key.id).toMatch(UID);
      expect(Buffer.from(key.pem, "base64").toString("utf8")).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
      const jwk = JSON.parse(Buffer.from(key.jwk, "base64").toString("utf8"));
      expect(jwk).toMatchObject({ kty: "RSA", alg: "RS256", kid: key.id, e: "AQAB" });
      expect(typeof jwk.n === "string" && typeof jwk.d === "string").toBe(true);
      expect(isIsoTime(key.created)).toBe(true);
    });

    it("sets the video webhook and answers its signing secret", async () => {
      const webhook = await target.client.setWebhook(WEBHOOK_URL);
      expect(webhook.notificationUrl).toBe(WEBHOOK_URL);
      expect(webhook.secret).toMatch(/^[0-9a-f]{32}$/);
      expect(isIsoTime(webhook.modified)).toBe(true);
    });

    it("creates, lists and deletes a notification destination and a live input policy", async () => {
      const destination = await target.client.createNotificationDestination({
        name: "FireStream live inputs",
        url: "https://firestream.example.com/api/webhooks/stream-live",
        secret: "a-notification-secret-of-32-chars",
      });
      expect(destination.id).toMatch(UID);
      const policy = await target.client.createLiveInputNotificationPolicy({
        name: "FireStream live inputs",
        destinationId: destination.id,
      });
      expect(policy.id).toMatch(UID);

      const destinations = await target.client.listNotificationDestinations();
      expect(destinations.find((listed) => listed.id === destination.id)).toMatchObject({
        url: "https://firestream.example.com/api/webhooks/stream-live",
        name: expect.any(String),
      });
      expect(destinations.find((listed) => listed.id === destination.id)).not.toHaveProperty(
        "secret",
        "a-notification-secret-of-32-chars",
      );
      const policies = await target.client.listNotificationPolicies();
      expect(policies.find((listed) => listed.id === policy.id)).toMatchObject({
        alert_type: "stream_live_notifications",
        mechanisms: { webhooks: [{ id: destination.id }] },
      });

      // stream-setup replaces what an earlier run made: the policy first, then its destination.
      await target.client.deleteNotificationPolicy(policy.id);
      await target.client.deleteNotificationDestination(destination.id);
    });

    it("reports an idle input's lifecycle and viewers", async () => {
      expect(await target.client.lifecycle(created.uid)).toEqual({ isInput: true, videoUID: null, live: false });
      expect(await target.client.liveViewers(created.uid)).toBe(0);
    });

    it("refuses a wrong API token with 401 and Cloudflare's error envelope", async () => {
      const error = await apiError(target.clientWithWrongToken.getLiveInput(created.uid));
      expect(error.status).toBe(401);
      expect(error.errors).toEqual([{ code: 10000, message: "Authentication error" }]);
    });

    it("answers 404 with an error envelope for an unknown uid", async () => {
      const unknownInput = await apiError(target.client.getLiveInput("0123456789abcdef0123456789abcdef"));
      expect(unknownInput.status).toBe(404);
      expect(unknownInput.errors[0]).toEqual({ code: expect.any(Number), message: expect.any(String) });
      const unknownVideo = await apiError(target.client.getVideo("fedcba9876543210fedcba9876543210"));
      expect(unknownVideo.status).toBe(404);
    });

    it("deletes a live input, after which it is unknown", async () => {
      await target.client.deleteLiveInput(created.uid);
      expect((await apiError(target.client.getLiveInput(created.uid))).status).toBe(404);
    });

    it("treats deleting a live input that is already gone as done", async () => {
      await expect(target.client.deleteLiveInput(created.uid)).resolves.toBeUndefined();
    });
  });
}
