import { env, exports } from "cloudflare:workers";
import { runDurableObjectAlarm } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { daysFromNow, db, insertPerformance, organizer, type TestAccount, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { executeOk, expectTypename } from "../../test/graphql-client";
import type { PerformanceStatus } from "../db/tables";
import { saveRecording } from "../broadcast/replays.repository";
import { upsertRegistration } from "../registrations/registrations.repository";

const HeartbeatGrant = graphql(`
  query HeartbeatGrant($id: ID!) {
    performance(id: $id) {
      playback {
        __typename
        ... on Playback {
          heartbeatToken
        }
      }
    }
  }
`);

const EndShow = graphql(`
  mutation EndShowForAnalytics($id: ID!) {
    endPerformance(id: $id) {
      __typename
      ... on Performance {
        status
      }
      ... on Error {
        message
      }
    }
  }
`);

const ShowAnalytics = graphql(`
  query ShowAnalytics($id: ID!) {
    performance(id: $id) {
      analytics {
        peakConcurrentViewers
        totalViews
        uniqueViewers
        averageWatchSeconds
        countries {
          country
          viewers
        }
        funnel {
          registered
          watchedLive
          watchedReplay
          noShow
        }
        viewersOverTime {
          viewers
        }
      }
    }
  }
`);

const AnalyticsRange = graphql(`
  query AnalyticsRange($from: DateTime, $to: DateTime) {
    performanceAnalytics(from: $from, to: $to) {
      performance {
        id
      }
      peakConcurrentViewers
      uniqueViewers
      funnel {
        registered
        noShow
      }
    }
    analyticsReport(from: $from, to: $to) {
      shows
      registered
      noShow
    }
  }
`);

const Refresh = graphql(`
  mutation RefreshAnalytics($id: ID!) {
    refreshPerformanceAnalytics(performanceId: $id) {
      __typename
      ... on PerformanceAnalytics {
        uniqueViewers
      }
      ... on Error {
        message
      }
    }
  }
`);

async function show(status: PerformanceStatus = "LIVE", recording?: { id: string; duration: number }) {
  const id = crypto.randomUUID();
  await insertPerformance({
    id,
    title: "Analytics Show",
    scheduled_time: daysFromNow(0, -0.5),
    duration_minutes: 120,
    status,
    live_input_id: `input-${id}`,
    ended_at: status === "ENDED" ? new Date().toISOString() : null,
  });
  if (recording) await attachReplay(id, recording);
  return id;
}

/** The show's replay, complete: one ready recording. */
async function attachReplay(performanceId: string, recording: { id: string; duration: number }) {
  const now = new Date().toISOString();
  await saveRecording(db(), {
    videoId: recording.id,
    performanceId,
    state: "READY",
    recordedAt: now,
    durationSeconds: recording.duration,
    renditionHeights: [360],
    errorCode: null,
    reportedAt: now,
  });
  await db()
    .updateTable("performances")
    .set({
      recording_video_id: recording.id,
      recording_duration_seconds: recording.duration,
      recording_ready_at: now,
      replay_ready_at: now,
    })
    .where("id", "=", performanceId)
    .execute();
}

async function registered(performanceId: string, account?: TestAccount) {
  const fan = account ?? (await viewer());
  await upsertRegistration(db(), {
    performanceId,
    userId: fan.user.id,
    preferences: { email: true, sms: false, browser: false },
    now: new Date().toISOString(),
  });
  return fan;
}

async function heartbeatToken(performanceId: string, token: string) {
  const data = await executeOk(HeartbeatGrant, { id: performanceId }, { token });
  return expectTypename(data.performance?.playback, "Playback").heartbeatToken;
}

function beat(body: Record<string, unknown>, country?: string) {
  return exports.default.fetch("https://firestream.example.com/api/heartbeat", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    ...(country ? { cf: { country } } : {}),
  } as RequestInit);
}

const hub = (performanceId: string) => env.PERFORMANCE_HUB.getByName(performanceId);
const sessionsInD1 = async (performanceId: string) =>
  db().selectFrom("viewer_sessions").selectAll().where("performance_id", "=", performanceId).execute();

describe("playback heartbeats", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("count each viewer once, credit watch time, and reach D1 in batches rather than per heartbeat", async () => {
    const id = await show();
    const fan = await registered(id);
    const token = await heartbeatToken(id, fan.token);

    for (let i = 0; i < 4; i++) {
      expect(
        (await beat({ token, sessionId: "session-aaaa-1", positionSeconds: 10 * i, playing: true }, "DE")).status,
      ).toBe(204);
      vi.advanceTimersByTime(10_000);
    }
    expect(await sessionsInD1(id)).toEqual([]);

    await hub(id).flush();

    expect(await sessionsInD1(id)).toMatchObject([
      { user_id: fan.user.id, mode: "LIVE", country: "DE", watched_seconds: 30 },
    ]);
  });

  it("refuse bad heartbeats: no token, another viewer's session, floods, impossible positions, too many sessions", async () => {
    const id = await show("ENDED", { id: "rec", duration: 600 });
    const fan = await registered(id);
    const other = await registered(id);
    const token = await heartbeatToken(id, fan.token);
    const otherToken = await heartbeatToken(id, other.token);
    await beat({ token, sessionId: "session-fan-1", positionSeconds: 0, playing: true });

    expect((await beat({ token: "forged", sessionId: "session-x-1", positionSeconds: 0, playing: true })).status).toBe(
      401,
    );
    expect((await beat({ token, sessionId: "bad id!", positionSeconds: 0, playing: true })).status).toBe(400);
    expect(
      (await beat({ token: otherToken, sessionId: "session-fan-1", positionSeconds: 0, playing: true })).status,
    ).toBe(403);
    expect((await beat({ token, sessionId: "session-fan-1", positionSeconds: 1, playing: true })).status).toBe(429);
    vi.advanceTimersByTime(10_000);
    expect((await beat({ token, sessionId: "session-fan-1", positionSeconds: 9_999, playing: true })).status).toBe(422);
    for (let i = 2; i <= 5; i++) {
      expect((await beat({ token, sessionId: `session-fan-${i}`, positionSeconds: 0, playing: true })).status).toBe(
        204,
      );
    }
    expect((await beat({ token, sessionId: "session-fan-6", positionSeconds: 0, playing: true })).status).toBe(429);
  });
});

describe("analytics", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("are summarised when the show ends: peak, views, countries and the registration funnel", async () => {
    const id = await show("LIVE");
    const boss = await organizer();
    const live = [await registered(id), await registered(id), await registered(id)];
    const replayOnly = await registered(id);
    await registered(id); // registers, never comes
    const countries = ["US", "DE", "US"];
    const tokens = await Promise.all(live.map((fan) => heartbeatToken(id, fan.token)));

    // Three live viewers for a minute, one of them on two devices.
    for (let tick = 0; tick < 7; tick++) {
      for (const [i, token] of tokens.entries()) {
        await beat({ token, sessionId: `live-${i}-a`, positionSeconds: tick * 10, playing: true }, countries[i]);
      }
      await beat({ token: tokens[0], sessionId: "live-0-b", positionSeconds: tick * 10, playing: true }, "US");
      vi.advanceTimersByTime(10_000);
      await runDurableObjectAlarm(hub(id));
    }

    const ended = await executeOk(EndShow, { id }, { token: boss.token });
    expect(expectTypename(ended.endPerformance, "Performance").status).toBe("ENDED");

    // The replay, watched later by someone who missed the show.
    await attachReplay(id, { id: "rec-a", duration: 3600 });
    const replayToken = await heartbeatToken(id, replayOnly.token);
    for (let tick = 0; tick < 4; tick++) {
      await beat({ token: replayToken, sessionId: "replay-1", positionSeconds: tick * 10, playing: true }, "JP");
      vi.advanceTimersByTime(10_000);
    }
    await hub(id).flush();

    const analytics = (await executeOk(ShowAnalytics, { id }, { token: boss.token })).performance?.analytics;
    expect(analytics).toMatchObject({
      peakConcurrentViewers: 3,
      uniqueViewers: 4,
      totalViews: 4,
      funnel: { registered: 5, watchedLive: 3, watchedReplay: 1, noShow: 1 },
    });
    expect(analytics?.countries).toEqual(
      expect.arrayContaining([
        { country: "US", viewers: 2 },
        { country: "DE", viewers: 1 },
        { country: "JP", viewers: 1 },
      ]),
    );
    expect(analytics?.viewersOverTime.length).toBeGreaterThan(0);

    // The stored summary was written when the show ended (before the replay).
    const range = await executeOk(AnalyticsRange, { from: daysFromNow(-1), to: daysFromNow(1) }, { token: boss.token });
    expect(range.performanceAnalytics.find((summary) => summary.performance.id === id)).toMatchObject({
      peakConcurrentViewers: 3,
      uniqueViewers: 3,
      funnel: { registered: 5, noShow: 2 },
    });

    // ...and can be recomputed.
    const refreshed = await executeOk(Refresh, { id }, { token: boss.token });
    expect(expectTypename(refreshed.refreshPerformanceAnalytics, "PerformanceAnalytics").uniqueViewers).toBe(4);
  });

  it("are for organizers only", async () => {
    const id = await show("ENDED");
    const fan = await registered(id);

    const forViewer = await executeOk(Refresh, { id }, { token: fan.token });
    const forAnonymous = await executeOk(Refresh, { id });
    const missing = await executeOk(Refresh, { id: "nope" }, { token: (await organizer()).token });

    expect(forViewer.refreshPerformanceAnalytics.__typename).toBe("ForbiddenError");
    expect(forAnonymous.refreshPerformanceAnalytics.__typename).toBe("UnauthenticatedError");
    expect(missing.refreshPerformanceAnalytics.__typename).toBe("NotFoundError");
  });
});
