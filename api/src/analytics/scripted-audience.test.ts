import { env, exports } from "cloudflare:workers";
import { runDurableObjectAlarm } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { attachReplay, db, insertPerformance, organizer, type TestAccount, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { executeOk, expectTypename } from "../../test/graphql-client";
import { upsertRegistration } from "../registrations/registrations.repository";

const Grant = graphql(`
  query ScriptedAudienceGrant($id: ID!) {
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
  mutation ScriptedAudienceEnd($id: ID!) {
    endPerformance(id: $id) {
      __typename
    }
  }
`);

const Figures = graphql(`
  query ScriptedAudienceFigures($id: ID!) {
    performance(id: $id) {
      analytics {
        peakConcurrentViewers
        totalViews
        uniqueViewers
        totalWatchSeconds
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
          at
          viewers
        }
        retention {
          offsetSeconds
          live
          replay
          viewers
        }
      }
      registrations(first: 10) {
        edges {
          node {
            viewer {
              name
            }
            watching {
              watchedLive
              watchedReplay
              liveSeconds
              replaySeconds
            }
          }
        }
      }
    }
  }
`);

const SHOW_STARTS = "2026-05-01T19:00:00.000Z";

/** A heartbeat from the player, with the country as Cloudflare gives it: request.cf or the cf-ipcountry header. */
function beat(
  token: string,
  sessionId: string,
  positionSeconds: number,
  country: { cf?: string; header?: string },
  playing = true,
) {
  return exports.default.fetch("https://firestream.example.com/api/heartbeat", {
    method: "POST",
    headers: { "content-type": "application/json", ...(country.header ? { "cf-ipcountry": country.header } : {}) },
    body: JSON.stringify({ token, sessionId, positionSeconds, playing }),
    ...(country.cf ? { cf: { country: country.cf } } : {}),
  } as RequestInit);
}

describe("a show's figures, for a scripted audience", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(SHOW_STARTS));
  });
  afterEach(() => vi.useRealTimers());

  it("combine each person's sessions first and agree with each other on every figure", async () => {
    const id = crypto.randomUUID();
    await insertPerformance({
      id,
      title: "Scripted Audience",
      scheduled_time: SHOW_STARTS,
      duration_minutes: 60,
      status: "LIVE",
      started_at: SHOW_STARTS,
      live_input_id: `input-${id}`,
    });
    const boss = await organizer();
    const register = async (name: string): Promise<TestAccount> => {
      const fan = await viewer();
      await db().updateTable("users").set({ name }).where("id", "=", fan.user.id).execute();
      await upsertRegistration(db(), {
        performanceId: id,
        userId: fan.user.id,
        preferences: { email: true, sms: false, browser: false },
        now: new Date().toISOString(),
      });
      return fan;
    };
    const [alice, bob, carol, eve] = [
      await register("Alice"),
      await register("Bob"),
      await register("Carol"),
      await register("Eve"),
    ];
    await register("Dan"); // registers and never comes
    const grant = async (fan: TestAccount) =>
      expectTypename((await executeOk(Grant, { id }, { token: fan.token })).performance?.playback, "Playback")
        .heartbeatToken;
    const [aliceToken, bobToken, eveToken] = [await grant(alice), await grant(bob), await grant(eve)];

    // Live, one heartbeat every 10 s from 0 to 60 s into the show:
    // Alice reloads after 20 s (two sessions of 20 s each, neither a view on its own), from the US,
    // and closes the page at 50 s (her player's last heartbeat says it stopped);
    // Bob watches on his phone and his TV at once until the show ends at 70 s, from Germany;
    // Eve peeks for 10 s (no view).
    for (let tick = 0; tick <= 6; tick++) {
      const at = tick * 10;
      const beats = [
        tick <= 2 && beat(aliceToken, "alice-phone-1", at, { header: "US" }),
        tick >= 3 && tick <= 5 && beat(aliceToken, "alice-phone-2", at, { header: "us" }),
        beat(bobToken, "bob-phone-01", at, { cf: "DE" }),
        beat(bobToken, "bob-television", at, { header: "DE" }),
        tick <= 1 && beat(eveToken, "eve-laptop-1", at, { header: "XX" }),
      ];
      for (const pending of beats) if (pending) expect((await pending).status).toBe(204);
      if (tick === 5) expect((await beat(aliceToken, "alice-phone-2", at, { header: "us" }, false)).status).toBe(204);
      vi.advanceTimersByTime(10_000);
      await runDurableObjectAlarm(env.PERFORMANCE_HUB.getByName(id));
    }
    expect((await executeOk(End, { id }, { token: boss.token })).endPerformance.__typename).toBe("Performance");

    // Carol watches the first 30 s of the replay the next day, from Japan.
    await attachReplay(id, { videoId: `rec-${id}`, durationSeconds: 70 });
    vi.advanceTimersByTime(86_400_000);
    const carolToken = await grant(carol);
    for (let tick = 0; tick <= 3; tick++) {
      expect((await beat(carolToken, "carol-tv-0001", tick * 10, { cf: "JP" })).status).toBe(204);
      vi.advanceTimersByTime(10_000);
    }
    await env.PERFORMANCE_HUB.getByName(id).flush();

    const { performance } = await executeOk(Figures, { id }, { token: boss.token });

    expect(performance?.analytics).toEqual({
      peakConcurrentViewers: 2, // Alice and Bob; Eve's 10 s is no view
      totalViews: 3, // Alice live, Bob live, Carol replay
      uniqueViewers: 3,
      totalWatchSeconds: 140, // Alice 40 + Bob 70 (two devices, once, up to the end) + Carol 30
      averageWatchSeconds: 47,
      countries: [
        { country: "DE", viewers: 1 },
        { country: "JP", viewers: 1 },
        { country: "US", viewers: 1 },
      ],
      funnel: { registered: 5, watchedLive: 2, watchedReplay: 1, noShow: 2 },
      viewersOverTime: [
        { at: "2026-05-01T19:00:00.000Z", viewers: 2 },
        { at: "2026-05-01T19:00:15.000Z", viewers: 2 },
        { at: "2026-05-01T19:00:30.000Z", viewers: 2 },
        { at: "2026-05-01T19:00:45.000Z", viewers: 2 },
        { at: "2026-05-01T19:01:00.000Z", viewers: 1 },
      ],
      retention: [
        { offsetSeconds: 0, live: 2, replay: 1, viewers: 3 },
        { offsetSeconds: 15, live: 2, replay: 1, viewers: 3 },
        { offsetSeconds: 30, live: 2, replay: 0, viewers: 2 },
        { offsetSeconds: 45, live: 2, replay: 0, viewers: 2 },
        { offsetSeconds: 60, live: 1, replay: 0, viewers: 1 },
      ],
    });
    const watching = Object.fromEntries(
      (performance?.registrations?.edges ?? []).map(({ node }) => [node.viewer.name, node.watching]),
    );
    expect(watching).toEqual({
      Alice: { watchedLive: true, watchedReplay: false, liveSeconds: 40, replaySeconds: 0 },
      Bob: { watchedLive: true, watchedReplay: false, liveSeconds: 70, replaySeconds: 0 },
      Carol: { watchedLive: false, watchedReplay: true, liveSeconds: 0, replaySeconds: 30 },
      Dan: { watchedLive: false, watchedReplay: false, liveSeconds: 0, replaySeconds: 0 },
      Eve: { watchedLive: false, watchedReplay: false, liveSeconds: 10, replaySeconds: 0 },
    });
  });
});
