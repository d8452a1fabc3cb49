import { env, exports } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db, insertPerformance, organizer, type TestAccount, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { executeOk, expectTypename } from "../../test/graphql-client";
import { upsertRegistration } from "../registrations/registrations.repository";

// The heartbeats the site's player really sends (VideoPlayer.svelte): one when playback starts
// (`playing` fires), then one every 15 s and again whenever `playing` fires after a stall (so
// irregularly, but never closer than 6 s), one with `playing: false` at a pause or when the
// player stops; each says whether the player is playing *now*. The live sequence below is the one
// measured in the real-broadcast e2e run (watch.spec.ts), where the organizer used to read
// "Peak viewers at once 0".

const Grant = graphql(`
  query PlayerHeartbeatsGrant($id: ID!) {
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

const End = graphql(`
  mutation PlayerHeartbeatsEnd($id: ID!) {
    endPerformance(id: $id) {
      __typename
    }
  }
`);

const Figures = graphql(`
  query PlayerHeartbeatsFigures($id: ID!) {
    performance(id: $id) {
      analytics {
        peakConcurrentViewers
        totalViews
        uniqueViewers
        totalWatchSeconds
        funnel {
          registered
          watchedLive
          noShow
        }
      }
      registrations(first: 5) {
        edges {
          node {
            watching {
              watchedLive
              liveSeconds
            }
          }
        }
      }
    }
  }
`);

const SHOW_STARTS = "2026-10-25T00:59:00.000Z";

async function liveShowWithFan(): Promise<{ id: string; fan: TestAccount; boss: TestAccount; token: string }> {
  const id = crypto.randomUUID();
  await insertPerformance({
    id,
    title: "Player Heartbeats",
    scheduled_time: SHOW_STARTS,
    duration_minutes: 60,
    status: "LIVE",
    started_at: SHOW_STARTS,
    live_input_id: `input-${id}`,
  });
  const [fan, boss] = [await viewer(), await organizer()];
  await upsertRegistration(db(), {
    performanceId: id,
    userId: fan.user.id,
    preferences: { email: true, sms: false, browser: false },
    now: new Date().toISOString(),
  });
  const playback = (await executeOk(Grant, { id }, { token: fan.token })).performance?.playback;
  return { id, fan, boss, token: expectTypename(playback, "Playback").heartbeatToken };
}

/** Lets `seconds` pass, then sends the player's heartbeat; answers its HTTP status. */
async function after(seconds: number, beat: { token: string; positionSeconds: number; playing: boolean }) {
  // One player session per show (session ids are the player's random ones, unique in D1 across shows).
  vi.advanceTimersByTime(Math.round(seconds * 1000));
  const response = await exports.default.fetch("https://firestream.example.com/api/heartbeat", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sessionId: `player-${beat.token.slice(-24).replace(/[^A-Za-z0-9]/g, "x")}`, ...beat }),
  });
  return response.status;
}

async function figures(id: string, boss: TestAccount) {
  const { performance } = await executeOk(Figures, { id }, { token: boss.token });
  return { ...performance?.analytics, watching: performance?.registrations?.edges.map(({ node }) => node.watching) };
}

describe("the player's own heartbeats", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(SHOW_STARTS));
  });
  afterEach(() => vi.useRealTimers());

  it("count a fan who played 30 s of a live show up to its end, although the last heartbeat came 3 s before it", async () => {
    const { id, boss, token } = await liveShowWithFan();

    // The fan's page learns the show is live and starts playing 11.7 s in; heartbeats follow at
    // 6.6, 7.5, 7.1 and 6.1 s (stalls re-fire `playing`); the organizer ends the show 3 s after
    // the last one. Heartbeats alone saw 27.3 s of the 30.3 s the player played.
    expect(await after(11.676, { token, positionSeconds: 0.28, playing: true })).toBe(204);
    expect(await after(6.62, { token, positionSeconds: 2.55, playing: true })).toBe(204);
    expect(await after(7.532, { token, positionSeconds: 5.02, playing: true })).toBe(204);
    expect(await after(7.083, { token, positionSeconds: 22, playing: true })).toBe(204);
    expect(await after(6.07, { token, positionSeconds: 2.49, playing: true })).toBe(204);
    vi.advanceTimersByTime(2_958);
    expect((await executeOk(End, { id }, { token: boss.token })).endPerformance.__typename).toBe("Performance");
    // The player stops when it hears the show ended: too late to count, and it counts nothing twice.
    expect(await after(0.4, { token, positionSeconds: 5.3, playing: false })).toBe(409);
    await env.PERFORMANCE_HUB.getByName(id).flush();

    expect(await figures(id, boss)).toEqual({
      peakConcurrentViewers: 1,
      totalViews: 1,
      uniqueViewers: 1,
      totalWatchSeconds: 30,
      funnel: { registered: 1, watchedLive: 1, noShow: 0 },
      watching: [{ watchedLive: true, liveSeconds: 30 }],
    });
  });

  it("credit the time played before a pause and none of the pause, whenever the pause is told", async () => {
    const { id, boss, token } = await liveShowWithFan();

    // Plays 18 s, pauses (3 s after a heartbeat: a change of state is told at once), comes back
    // after 22 s, plays 14 s more, and closes the tab (the page's last heartbeat says it stopped).
    expect(await after(5, { token, positionSeconds: 5, playing: true })).toBe(204);
    expect(await after(15, { token, positionSeconds: 20, playing: true })).toBe(204);
    expect(await after(3, { token, positionSeconds: 23, playing: false })).toBe(204);
    expect(await after(22, { token, positionSeconds: 45, playing: true })).toBe(204);
    expect(await after(14, { token, positionSeconds: 59, playing: false })).toBe(204);
    // Repeating the same state that soon is still a flood.
    expect(await after(1, { token, positionSeconds: 60, playing: false })).toBe(429);
    // The show ends later: the fan had stopped, so nothing is added at the end.
    vi.advanceTimersByTime(20_000);
    expect((await executeOk(End, { id }, { token: boss.token })).endPerformance.__typename).toBe("Performance");
    await env.PERFORMANCE_HUB.getByName(id).flush();

    expect(await figures(id, boss)).toMatchObject({
      peakConcurrentViewers: 1,
      totalWatchSeconds: 32, // 18 + 14: the 22 s of pause earn nothing
      watching: [{ watchedLive: true, liveSeconds: 32 }],
    });
  });

  it("do not credit a silence the session went quiet in, nor a session that went quiet before the end", async () => {
    const { id, boss, token } = await liveShowWithFan();

    // 25 s of playing, then the laptop sleeps for 40 s (the hub stopped counting it after 35 s),
    // wakes and plays 10 s more; then it goes silent again 40 s before the show ends.
    expect(await after(1, { token, positionSeconds: 1, playing: true })).toBe(204);
    expect(await after(15, { token, positionSeconds: 16, playing: true })).toBe(204);
    expect(await after(10, { token, positionSeconds: 26, playing: true })).toBe(204);
    expect(await after(40, { token, positionSeconds: 66, playing: true })).toBe(204);
    expect(await after(10, { token, positionSeconds: 76, playing: true })).toBe(204);
    vi.advanceTimersByTime(40_000);
    expect((await executeOk(End, { id }, { token: boss.token })).endPerformance.__typename).toBe("Performance");
    await env.PERFORMANCE_HUB.getByName(id).flush();

    expect(await figures(id, boss)).toMatchObject({
      totalWatchSeconds: 35,
      watching: [{ watchedLive: true, liveSeconds: 35 }],
    });
  });
});
