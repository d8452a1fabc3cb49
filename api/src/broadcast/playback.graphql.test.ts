import { env } from "cloudflare:workers";
import { decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { daysFromNow, db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { executeOk, expectTypename } from "../../test/graphql-client";
import type { PerformanceStatus } from "../db/tables";
import { upsertRegistration } from "../registrations/registrations.repository";
import { saveRecording } from "./replays.repository";

const Playback = graphql(`
  query Playback($id: ID!) {
    performance(id: $id) {
      status
      recording {
        durationSeconds
      }
      playback {
        __typename
        ... on Playback {
          hlsUrl
          expiresAt
          live
          parts {
            hlsUrl
            durationSeconds
            startedAt
          }
        }
        ... on ReplayExpiredError {
          availableUntil
        }
        ... on Error {
          message
        }
      }
    }
  }
`);

async function show(
  status: PerformanceStatus,
  extra: { recordings?: Array<{ id: string; seconds: number }>; endedAt?: string; windowHours?: number } = {},
) {
  const id = crypto.randomUUID();
  const recordings = extra.recordings ?? [];
  const now = new Date().toISOString();
  await insertPerformance({
    id,
    title: "Playback Show",
    scheduled_time: daysFromNow(0, -0.25),
    duration_minutes: 90,
    status,
    live_input_id: `input-${id}`,
    ended_at: status === "ENDED" ? (extra.endedAt ?? now) : null,
    replay_window_hours: extra.windowHours ?? null,
    replay_ready_at: recordings.length > 0 ? now : null,
    recording_video_id: recordings[0]?.id ?? null,
    recording_duration_seconds: recordings.length > 0 ? recordings.reduce((sum, part) => sum + part.seconds, 0) : null,
    recording_ready_at: recordings.length > 0 ? now : null,
  });
  const firstRecordedAt = Date.now() - recordings.length * 3_600_000;
  for (const [i, recording] of recordings.entries()) {
    await saveRecording(db(), {
      videoId: recording.id,
      performanceId: id,
      state: "READY",
      recordedAt: new Date(firstRecordedAt + i * 3_600_000).toISOString(),
      durationSeconds: recording.seconds,
      renditionHeights: [720, 360],
      errorCode: null,
      reportedAt: now,
    });
  }
  return id;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

async function registeredViewer(performanceId: string) {
  const account = await viewer();
  await upsertRegistration(db(), {
    performanceId,
    userId: account.user.id,
    preferences: { email: true, sms: false, browser: false },
    now: new Date().toISOString(),
  });
  return account;
}

/** Verifies a playback token exactly as Stream does, with the public half of the signing key. */
async function verifyPlaybackToken(hlsUrl: string) {
  const match = new RegExp(`^${env.STREAM_PLAYBACK_BASE}/([^/]+)/manifest/video\\.m3u8$`).exec(hlsUrl);
  if (!match?.[1]) throw new Error(`not a signed manifest URL: ${hlsUrl}`);
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = JSON.parse(atob(env.STREAM_SIGNING_JWK));
  const { payload } = await jwtVerify(match[1], await importJWK({ ...publicJwk, alg: "RS256" }), {
    algorithms: ["RS256"],
  });
  return { header: decodeProtectedHeader(match[1]), payload };
}

describe("Performance.playback", () => {
  it("gives a registered viewer of a live show a signed HLS URL for its live input, valid for at most an hour", async () => {
    const id = await show("LIVE");
    const fan = await registeredViewer(id);

    const data = await executeOk(Playback, { id }, { token: fan.token });

    const playback = expectTypename(data.performance?.playback, "Playback");
    expect(playback.live).toBe(true);
    const { header, payload } = await verifyPlaybackToken(playback.hlsUrl);
    expect(header).toMatchObject({ alg: "RS256", kid: env.STREAM_SIGNING_KEY_ID });
    expect(payload).toMatchObject({ sub: `input-${id}`, kid: env.STREAM_SIGNING_KEY_ID });
    expect((payload.exp ?? 0) - Date.now() / 1000).toBeLessThanOrEqual(3600);
    expect(Date.parse(playback.expiresAt)).toBe((payload.exp ?? 0) * 1000);
  });

  it("keeps playing during an interruption (the player waits for the feed)", async () => {
    const id = await show("INTERRUPTED");
    const fan = await registeredViewer(id);
    const data = await executeOk(Playback, { id }, { token: fan.token });
    expect(expectTypename(data.performance?.playback, "Playback").live).toBe(true);
  });

  it("plays the recording once the show has ended", async () => {
    const id = await show("ENDED", { recordings: [{ id: "recording-video-1", seconds: 4200 }] });
    const fan = await registeredViewer(id);

    const data = await executeOk(Playback, { id }, { token: fan.token });

    expect(data.performance?.recording).toEqual({ durationSeconds: 4200 });
    const playback = expectTypename(data.performance?.playback, "Playback");
    expect(playback.live).toBe(false);
    expect((await verifyPlaybackToken(playback.hlsUrl)).payload.sub).toBe("recording-video-1");
    expect(playback.parts.map((part) => part.hlsUrl)).toEqual([playback.hlsUrl]);
  });

  it("plays a show with an intermission as its recordings in order, each with its own token", async () => {
    const id = await show("ENDED", {
      recordings: [
        { id: "first-half", seconds: 2400 },
        { id: "second-half", seconds: 1800 },
      ],
    });
    const fan = await registeredViewer(id);

    const data = await executeOk(Playback, { id }, { token: fan.token });

    const playback = expectTypename(data.performance?.playback, "Playback");
    expect(data.performance?.recording).toEqual({ durationSeconds: 4200 });
    const subjects = await Promise.all(
      playback.parts.map(async (part) => (await verifyPlaybackToken(part.hlsUrl)).payload.sub),
    );
    expect(subjects).toEqual(["first-half", "second-half"]);
    expect(playback.parts.map((part) => part.durationSeconds)).toEqual([2400, 1800]);
    // When each recording began: a chat replay places messages by it (the second an hour later here).
    const [first, second] = playback.parts.map((part) => Date.parse(String(part.startedAt)));
    expect(Number(second) - Number(first)).toBe(3_600_000);
  });

  it("never signs a replay URL that outlives the replay window", async () => {
    // The window (1 hour after the end) closes in ten minutes.
    const id = await show("ENDED", {
      recordings: [{ id: "closing-soon", seconds: 60 }],
      endedAt: hoursAgo(50 / 60),
      windowHours: 1,
    });
    const fan = await registeredViewer(id);

    const playback = expectTypename(
      (await executeOk(Playback, { id }, { token: fan.token })).performance?.playback,
      "Playback",
    );

    const closesAt = Date.parse(hoursAgo(50 / 60)) + 3_600_000;
    const { payload } = await verifyPlaybackToken(playback.hlsUrl);
    expect((payload.exp ?? 0) * 1000).toBeLessThanOrEqual(closesAt);
    expect(Date.parse(playback.expiresAt)).toBeLessThanOrEqual(closesAt);
  });

  it("is refused to everyone, organizers included, once the replay window has closed (ReplayExpiredError)", async () => {
    const endedAt = hoursAgo(8 * 24);
    const id = await show("ENDED", { recordings: [{ id: "expired-recording", seconds: 60 }], endedAt });
    const fan = await registeredViewer(id);
    const { token } = await organizer();

    for (const caller of [fan.token, token]) {
      const data = await executeOk(Playback, { id }, { token: caller });
      const expired = expectTypename(data.performance?.playback, "ReplayExpiredError");
      expect(Date.parse(expired.availableUntil)).toBe(Date.parse(endedAt) + 7 * 24 * 3_600_000);
    }
  });

  it("has no replay at all for a show whose window is 0 hours", async () => {
    const id = await show("ENDED", { recordings: [{ id: "no-replay", seconds: 60 }], windowHours: 0 });
    const fan = await registeredViewer(id);
    const data = await executeOk(Playback, { id }, { token: fan.token });
    expect(data.performance?.playback.__typename).toBe("ReplayExpiredError");
  });

  it("lets organizers watch without registering", async () => {
    const id = await show("LIVE");
    const { token } = await organizer();
    const data = await executeOk(Playback, { id }, { token });
    expect(data.performance?.playback.__typename).toBe("Playback");
  });

  it("is refused to a viewer who did not register (ForbiddenError) and to a signed-out visitor (UnauthenticatedError)", async () => {
    const id = await show("LIVE");
    const stranger = await viewer();

    const forbidden = await executeOk(Playback, { id }, { token: stranger.token });
    const anonymous = await executeOk(Playback, { id });

    expect(forbidden.performance?.status).toBe("LIVE");
    expect(forbidden.performance?.playback.__typename).toBe("ForbiddenError");
    expect(anonymous.performance?.playback.__typename).toBe("UnauthenticatedError");
  });

  it("explains when there is nothing to play yet", async () => {
    const scheduled = await show("SCHEDULED");
    const preparing = await show("ENDED");
    const fan = await registeredViewer(scheduled);
    await upsertRegistration(db(), {
      performanceId: preparing,
      userId: fan.user.id,
      preferences: { email: true, sms: false, browser: false },
      now: new Date().toISOString(),
    });

    const before = await executeOk(Playback, { id: scheduled }, { token: fan.token });
    const after = await executeOk(Playback, { id: preparing }, { token: fan.token });

    expect(expectTypename(before.performance?.playback, "NotAvailableError").message).toBe(
      "The show has not started yet",
    );
    expect(expectTypename(after.performance?.playback, "NotAvailableError").message).toBe(
      "The recording is being prepared: check back soon",
    );
  });
});
