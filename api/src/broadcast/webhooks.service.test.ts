import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { appDeps, daysFromNow, db } from "../../test/fixtures";
import { deliverLiveInputEvent, deliverRecordingReady, videoSignature } from "../../test/webhooks";
import type { PerformanceStatus } from "../db/tables";
import { findPerformance } from "../performances/performances.repository";
import { readConfig } from "../config";
import { completeReplay } from "./replay.service";
import { listRecordings } from "./replays.repository";
import { handleLiveInputWebhook, handleVideoWebhook } from "./webhooks.service";

async function showWithLiveInput(status: PerformanceStatus = "SCHEDULED") {
  const id = crypto.randomUUID();
  const liveInputId = crypto.randomUUID().replaceAll("-", "");
  const now = new Date().toISOString();
  await db()
    .insertInto("performances")
    .values({
      id,
      title: "Webhook Show",
      scheduled_time: daysFromNow(0, 1),
      duration_minutes: 60,
      status,
      live_input_id: liveInputId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, liveInputId };
}

const statusOf = async (id: string) => (await findPerformance(db(), id))?.status;
const at = (secondsFromNow: number) => new Date(Date.now() + secondsFromNow * 1000).toISOString();

describe("live input notifications", () => {
  it("turn a show LIVE when the feed connects, INTERRUPTED when it drops and LIVE again when it returns", async () => {
    const show = await showWithLiveInput();

    expect((await deliverLiveInputEvent(show.liveInputId, "live_input.connected", at(0))).status).toBe(200);
    expect(await statusOf(show.id)).toBe("LIVE");
    await deliverLiveInputEvent(show.liveInputId, "live_input.disconnected", at(1));
    expect(await statusOf(show.id)).toBe("INTERRUPTED");
    await deliverLiveInputEvent(show.liveInputId, "live_input.connected", at(2));
    expect(await statusOf(show.id)).toBe("LIVE");
  });

  it("accept Cloudflare's nanosecond timestamps", async () => {
    const show = await showWithLiveInput();
    await deliverLiveInputEvent(show.liveInputId, "live_input.connected", "2026-11-24T11:43:41.855717910Z");
    expect((await findPerformance(db(), show.id))?.live_status_updated_at).toBe("2026-11-24T11:43:41.855Z");
  });

  it("are refused without the right cf-webhook-auth secret, changing nothing", async () => {
    const show = await showWithLiveInput();
    const response = await deliverLiveInputEvent(show.liveInputId, "live_input.connected", at(0), "forged");
    expect(response.status).toBe(401);
    expect(await statusOf(show.id)).toBe("SCHEDULED");
  });

  it("are processed once: a replayed delivery changes nothing", async () => {
    const show = await showWithLiveInput();
    const connectedAt = at(0);
    await deliverLiveInputEvent(show.liveInputId, "live_input.connected", connectedAt);
    await deliverLiveInputEvent(show.liveInputId, "live_input.disconnected", at(1));

    const replay = await deliverLiveInputEvent(show.liveInputId, "live_input.connected", connectedAt);

    expect(await replay.text()).toBe("already processed");
    expect(await statusOf(show.id)).toBe("INTERRUPTED");
  });

  it("apply in event order even when delivered out of order", async () => {
    const show = await showWithLiveInput("LIVE");
    // The feed dropped at t=2 after reconnecting at t=1, but the t=1 delivery arrives last.
    await deliverLiveInputEvent(show.liveInputId, "live_input.disconnected", at(2));
    await deliverLiveInputEvent(show.liveInputId, "live_input.connected", at(1));
    expect(await statusOf(show.id)).toBe("INTERRUPTED");
  });

  it("never revive a show that has ended or was cancelled", async () => {
    const ended = await showWithLiveInput("ENDED");
    const cancelled = await showWithLiveInput("CANCELLED");
    await deliverLiveInputEvent(ended.liveInputId, "live_input.connected", at(5));
    await deliverLiveInputEvent(cancelled.liveInputId, "live_input.connected", at(5));
    expect(await statusOf(ended.id)).toBe("ENDED");
    expect(await statusOf(cancelled.id)).toBe("CANCELLED");
  });

  it("treat an errored feed as a lost signal", async () => {
    const show = await showWithLiveInput("LIVE");
    await deliverLiveInputEvent(show.liveInputId, "live_input.errored", at(1));
    expect(await statusOf(show.id)).toBe("INTERRUPTED");
  });

  it("about an input FireStream does not know are acknowledged and ignored", async () => {
    const response = await deliverLiveInputEvent("not-ours", "live_input.connected", at(0));
    expect(response.status).toBe(200);
  });
});

describe("live input event times", () => {
  // The injected clock: the webhook's "now", whatever day the test runs.
  const now = new Date("2026-12-31T23:58:00.000Z");
  const deliverAt = (inputId: string, updatedAt: string, skewSeconds?: number) => {
    const config = readConfig(env);
    return handleLiveInputWebhook(
      new Request("https://firestream.example.com/api/webhooks/stream-live", {
        method: "POST",
        headers: { "cf-webhook-auth": config.stream.notificationSecret },
        body: JSON.stringify({
          data: { input_id: inputId, event_type: "live_input.connected", updated_at: updatedAt },
        }),
      }),
      appDeps({
        now,
        config: {
          ...config,
          stream: { ...config.stream, webhookMaxSkewSeconds: skewSeconds ?? config.stream.webhookMaxSkewSeconds },
        },
      }),
    );
  };

  it("may run up to the allowed clock skew ahead of the clock, across a year's end", async () => {
    const show = await showWithLiveInput();
    const response = await deliverAt(show.liveInputId, "2027-01-01T00:02:59.999999999Z");
    expect(response.status).toBe(200);
    expect(await findPerformance(db(), show.id)).toMatchObject({
      status: "LIVE",
      live_status_updated_at: "2027-01-01T00:02:59.999Z",
    });
  });

  it("beyond the skew are refused and change nothing", async () => {
    const show = await showWithLiveInput();
    const response = await deliverAt(show.liveInputId, "2027-01-01T00:03:00.001Z");
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/future/);
    expect(await findPerformance(db(), show.id)).toMatchObject({ status: "SCHEDULED", live_status_updated_at: null });
  });

  it("follow the configured skew", async () => {
    const show = await showWithLiveInput();
    expect((await deliverAt(show.liveInputId, "2026-12-31T23:58:30.000Z", 10)).status).toBe(400);
    expect((await deliverAt(show.liveInputId, "2026-12-31T23:58:05.000Z", 10)).status).toBe(200);
  });

  it("with an offset instead of Z are read as the instant they name", async () => {
    const show = await showWithLiveInput();
    expect((await deliverAt(show.liveInputId, "2026-12-31T17:57:00-06:00")).status).toBe(200);
    expect((await findPerformance(db(), show.id))?.live_status_updated_at).toBe("2026-12-31T23:57:00.000Z");
  });
});

describe("the video webhook", () => {
  it("keeps a recording that becomes ready during an intermission, and the show stays one show", async () => {
    const show = await showWithLiveInput("INTERRUPTED");

    const response = await deliverRecordingReady({ uid: "rec-1", liveInput: show.liveInputId, duration: 3725.5 });

    expect(response.status).toBe(200);
    expect(await findPerformance(db(), show.id)).toMatchObject({ status: "INTERRUPTED", replay_ready_at: null });
    expect(await listRecordings(db(), show.id)).toMatchObject([
      { video_id: "rec-1", state: "READY", duration_seconds: 3725.5 },
    ]);
  });

  it("completes the replay of a show the organizer already ended, once Stream has finished its recordings", async () => {
    const show = await showWithLiveInput("ENDED");
    await deliverRecordingReady({ uid: "rec-2", liveInput: show.liveInputId, duration: 60 });
    expect(await findPerformance(db(), show.id)).toMatchObject({
      status: "ENDED",
      recording_video_id: "rec-2",
      recording_duration_seconds: 60,
      replay_ready_at: expect.any(String),
    });
  });

  it("keeps a recording that failed processing, and completes a replay with nothing to play", async () => {
    const show = await showWithLiveInput("ENDED");

    const response = await deliverRecordingReady({
      uid: "rec-broken",
      liveInput: show.liveInputId,
      duration: -1,
      errorReasonCode: "ERR_MALFORMED_VIDEO",
    });

    expect(response.status).toBe(200);
    expect(await listRecordings(db(), show.id)).toMatchObject([
      { video_id: "rec-broken", state: "FAILED", error_code: "ERR_MALFORMED_VIDEO" },
    ]);
    expect(await findPerformance(db(), show.id)).toMatchObject({
      replay_ready_at: expect.any(String),
      recording_video_id: null,
    });
  });

  it("plays a show's recordings in the order Stream made them, whatever order they are reported in", async () => {
    const show = await showWithLiveInput("INTERRUPTED");
    await deliverRecordingReady({
      uid: "second-half",
      liveInput: show.liveInputId,
      duration: 30,
      created: "2026-11-24T21:00:00.000Z",
    });
    await deliverRecordingReady({
      uid: "first-half",
      liveInput: show.liveInputId,
      duration: 40,
      created: "2026-11-24T20:00:00.000Z",
    });
    await db().updateTable("performances").set({ status: "ENDED" }).where("id", "=", show.id).execute();
    await completeReplay(appDeps(), show.id);

    expect((await listRecordings(db(), show.id)).map((recording) => recording.video_id)).toEqual([
      "first-half",
      "second-half",
    ]);
    expect(await findPerformance(db(), show.id)).toMatchObject({
      recording_video_id: "first-half",
      recording_duration_seconds: 70,
    });
  });

  it("is answered 500 while Stream is down, so it is delivered again, and then processed", async () => {
    const show = await showWithLiveInput("ENDED");
    const config = readConfig(env);
    const body = JSON.stringify({
      uid: "rec-stream-down",
      liveInput: show.liveInputId,
      duration: 12,
      created: new Date().toISOString(),
      modified: new Date().toISOString(),
      status: { state: "ready" },
    });
    const deliver = async (deps: ReturnType<typeof appDeps>) =>
      handleVideoWebhook(
        new Request("https://firestream.example.com/api/webhooks/stream", {
          method: "POST",
          headers: { "webhook-signature": await videoSignature(body) },
          body,
        }),
        deps,
      );
    const down = appDeps({
      config: {
        ...config,
        stream: {
          ...config.stream,
          client: {
            ...config.stream.client,
            apiBase: env.REFUSING_STREAM_BASE,
            playbackBase: env.REFUSING_STREAM_BASE,
            retries: 0,
          },
        },
      },
    });

    await expect(deliver(down)).rejects.toThrow();
    expect(await listRecordings(db(), show.id)).toEqual([]);
    expect((await findPerformance(db(), show.id))?.replay_ready_at).toBeNull();

    expect((await deliver(appDeps())).status).toBe(200);
    expect(await findPerformance(db(), show.id)).toMatchObject({ recording_video_id: "rec-stream-down" });
  });

  it("refuses a forged signature, a missing one and a stale one, changing nothing", async () => {
    const show = await showWithLiveInput("INTERRUPTED");
    const video = { uid: "rec-3", liveInput: show.liveInputId, duration: 10 };

    const forged = await deliverRecordingReady(video, { signature: await videoSignature("another body") });
    const stale = await deliverRecordingReady(video, { time: Math.floor(Date.now() / 1000) - 3600 });
    const missing = await deliverRecordingReady(video, { signature: "" });

    expect([forged.status, stale.status, missing.status]).toEqual([401, 401, 401]);
    expect(await findPerformance(db(), show.id)).toMatchObject({ status: "INTERRUPTED", recording_video_id: null });
    expect(await listRecordings(db(), show.id)).toEqual([]);
  });

  it("is processed once: replaying a delivery changes nothing", async () => {
    const show = await showWithLiveInput("ENDED");
    const modified = new Date().toISOString();
    await deliverRecordingReady({ uid: "rec-4", liveInput: show.liveInputId, duration: 10, modified });
    await db()
      .updateTable("performances")
      .set({ recording_video_id: "edited-by-hand" })
      .where("id", "=", show.id)
      .execute();

    const replay = await deliverRecordingReady({ uid: "rec-4", liveInput: show.liveInputId, duration: 10, modified });

    expect(await replay.text()).toBe("already processed");
    expect((await findPerformance(db(), show.id))?.recording_video_id).toBe("edited-by-hand");
  });
});
