import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { appDeps, daysFromNow, db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { readConfig } from "../config";
import { upsertRegistration } from "../registrations/registrations.repository";
import { completeReplay } from "./replay.service";
import { saveRecording } from "./replays.repository";

const ReplayFacts = graphql(`
  query ReplayFacts($id: ID!) {
    performance(id: $id) {
      replayAvailableUntil
      replayWindowHours
      replayStatus
      recording {
        durationSeconds
        renditions
      }
    }
  }
`);

const CreateWithWindow = graphql(`
  mutation CreateWithWindow($input: CreatePerformanceInput!) {
    createPerformance(input: $input) {
      __typename
      ... on Performance {
        id
        replayWindowHours
        replayAvailableUntil
        endTime
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const UpdateWindow = graphql(`
  mutation UpdateWindow($id: ID!, $input: UpdatePerformanceInput!) {
    updatePerformance(id: $id, input: $input) {
      __typename
      ... on Performance {
        replayWindowHours
        replayAvailableUntil
      }
      ... on ValidationError {
        issues {
          path
        }
      }
    }
  }
`);

const Replays = graphql(`
  query Replays($first: Int, $after: String) {
    replays(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/** An ended show with one ready recording (or none), its replay complete. */
async function endedShow(options: { endedAt?: string; windowHours?: number | null; recorded?: boolean } = {}) {
  const endedAt = options.endedAt ?? hoursAgo(1);
  const recorded = options.recorded ?? true;
  const id = crypto.randomUUID();
  await insertPerformance({
    id,
    title: "Replay Show",
    scheduled_time: hoursAgo(3),
    status: "ENDED",
    ended_at: endedAt,
    replay_window_hours: options.windowHours ?? null,
    replay_ready_at: endedAt,
    recording_video_id: recorded ? `video-${id}` : null,
    recording_duration_seconds: recorded ? 100 : null,
  });
  if (recorded) {
    await saveRecording(db(), {
      videoId: `video-${id}`,
      performanceId: id,
      state: "READY",
      recordedAt: hoursAgo(3),
      durationSeconds: 100,
      renditionHeights: [720, 360],
      errorCode: null,
      reportedAt: endedAt,
    });
  }
  return id;
}

describe("the replay window", () => {
  it("is the site default, 7 days after the show ended, unless the show has its own", async () => {
    const endedAt = hoursAgo(2);
    const byDefault = await endedShow({ endedAt });
    const ownWindow = await endedShow({ endedAt, windowHours: 48 });

    const site = (await executeOk(ReplayFacts, { id: byDefault })).performance;
    const own = (await executeOk(ReplayFacts, { id: ownWindow })).performance;

    expect(site).toMatchObject({ replayWindowHours: 168, replayStatus: "READY" });
    expect(Date.parse(site?.replayAvailableUntil ?? "")).toBe(Date.parse(endedAt) + 168 * 3_600_000);
    expect(Date.parse(own?.replayAvailableUntil ?? "")).toBe(Date.parse(endedAt) + 48 * 3_600_000);
    expect(site?.recording).toEqual({ durationSeconds: 100, renditions: ["720p", "360p"] });
  });

  it("says EXPIRED once it has closed, PREPARING before the replay is complete, UNAVAILABLE with nothing to play", async () => {
    const expired = await endedShow({ endedAt: hoursAgo(8 * 24) });
    const unavailable = await endedShow({ recorded: false });
    const preparing = await insertPerformance({
      status: "ENDED",
      ended_at: hoursAgo(0.01),
      scheduled_time: hoursAgo(1),
    });
    const scheduled = await insertPerformance();

    const status = async (id: string) => (await executeOk(ReplayFacts, { id })).performance?.replayStatus;

    expect(await status(expired)).toBe("EXPIRED");
    expect(await status(unavailable)).toBe("UNAVAILABLE");
    expect(await status(preparing)).toBe("PREPARING");
    expect(await status(scheduled)).toBeNull();
  });

  it("is set when an organizer schedules a show, counted from its planned end until it has ended", async () => {
    const { token } = await organizer();
    const input = { title: "Short Replay", scheduledTime: daysFromNow(2), durationMinutes: 60, replayWindowHours: 24 };

    const created = expectTypename(
      (await executeOk(CreateWithWindow, { input }, { token })).createPerformance,
      "Performance",
    );

    expect(created.replayWindowHours).toBe(24);
    expect(Date.parse(created.replayAvailableUntil ?? "")).toBe(Date.parse(created.endTime) + 24 * 3_600_000);
  });

  it("can be changed after the show has ended, set to 0 (no replay), or given back to the site default", async () => {
    const { token } = await organizer();
    const id = await endedShow();

    const longer = await executeOk(UpdateWindow, { id, input: { replayWindowHours: 24 * 30 } }, { token });
    expect(expectTypename(longer.updatePerformance, "Performance").replayWindowHours).toBe(720);
    const none = await executeOk(UpdateWindow, { id, input: { replayWindowHours: 0 } }, { token });
    expect(expectTypename(none.updatePerformance, "Performance").replayWindowHours).toBe(0);
    expect((await executeOk(ReplayFacts, { id })).performance?.replayStatus).toBe("EXPIRED");
    const reset = await executeOk(UpdateWindow, { id, input: { replayWindowHours: null } }, { token });
    expect(expectTypename(reset.updatePerformance, "Performance").replayWindowHours).toBe(168);
  });

  it("refuses a negative, fractional or longer-than-a-year window, changing nothing", async () => {
    const { token } = await organizer();
    const id = await endedShow({ windowHours: 5 });

    for (const hours of [-1, 366 * 24 + 1]) {
      const data = await executeOk(UpdateWindow, { id, input: { replayWindowHours: hours } }, { token });
      expect(expectTypename(data.updatePerformance, "ValidationError").issues).toEqual([
        { path: ["input", "replayWindowHours"] },
      ]);
      const created = await executeOk(
        CreateWithWindow,
        {
          input: { title: "Bad Window", scheduledTime: daysFromNow(2), durationMinutes: 60, replayWindowHours: hours },
        },
        { token },
      );
      expect(created.createPerformance.__typename).toBe("ValidationError");
    }
    const fractional = await execute(UpdateWindow, { id, input: { replayWindowHours: 1.5 } }, { token });
    expect(fractional.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await executeOk(ReplayFacts, { id })).performance?.replayWindowHours).toBe(5);
  });

  it("can be changed by organizers only", async () => {
    const id = await endedShow({ windowHours: 5 });
    const fan = await viewer();

    const forbidden = await executeOk(UpdateWindow, { id, input: { replayWindowHours: 500 } }, { token: fan.token });
    const anonymous = await executeOk(UpdateWindow, { id, input: { replayWindowHours: 500 } });

    expect(forbidden.updatePerformance.__typename).toBe("ForbiddenError");
    expect(anonymous.updatePerformance.__typename).toBe("UnauthenticatedError");
    expect((await executeOk(ReplayFacts, { id })).performance?.replayWindowHours).toBe(5);
  });
});

describe("Query.replays", () => {
  it("lists the replays open now, the latest first, page by page, and nothing expired, unplayable or not ended", async () => {
    const older = await endedShow({ endedAt: hoursAgo(5) });
    const newer = await endedShow({ endedAt: hoursAgo(4) });
    const expired = await endedShow({ endedAt: hoursAgo(8 * 24) });
    const noReplay = await endedShow({ windowHours: 0 });
    const unplayable = await endedShow({ recorded: false });
    const scheduled = await insertPerformance();

    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const page = (await executeOk(Replays, { first: 2, after })).replays;
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);

    expect(seen.indexOf(newer)).toBeLessThan(seen.indexOf(older));
    expect(seen).toContain(older);
    for (const hidden of [expired, noReplay, unplayable, scheduled]) expect(seen).not.toContain(hidden);
  });

  it("refuses a cursor it did not hand out", async () => {
    const bad = await execute(Replays, { first: 2, after: "not-a-cursor" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("Replay ready", () => {
  async function liveSession(performanceId: string, userId: string) {
    await db()
      .insertInto("viewer_sessions")
      .values({
        id: crypto.randomUUID(),
        performance_id: performanceId,
        user_id: userId,
        mode: "LIVE",
        started_at: hoursAgo(1),
        last_seen_at: hoursAgo(0.5),
        watched_seconds: 1200,
        max_position_seconds: 1200,
      })
      .execute();
  }

  it("goes once to the registered fans who did not watch live, when the replay is complete", async () => {
    const id = await insertPerformance({
      status: "ENDED",
      scheduled_time: hoursAgo(2),
      ended_at: hoursAgo(0.1),
      live_input_id: env.RECORDED_LIVE_INPUT_ID,
    });
    const [missedIt, watchedLive] = [await viewer(), await viewer()];
    for (const fan of [missedIt, watchedLive]) {
      await upsertRegistration(db(), {
        performanceId: id,
        userId: fan.user.id,
        preferences: { email: true, sms: false, browser: false },
        now: new Date().toISOString(),
      });
    }
    await liveSession(id, watchedLive.user.id);

    const completed = await completeReplay(appDeps(), id);
    const again = await completeReplay(appDeps(), id);
    await appDeps().fanOut.alertViewers("REPLAY_READY", [id]);

    expect(completed?.recording_video_id).toBe(env.RECORDED_VIDEO_ID);
    expect(again).toBeUndefined();
    const deliveries = await db()
      .selectFrom("notification_deliveries")
      .select(["user_id", "kind", "channel"])
      .where("performance_id", "=", id)
      .execute();
    expect(deliveries).toEqual([{ user_id: missedIt.user.id, kind: "REPLAY_READY", channel: "EMAIL" }]);
  });

  it("does not go out for a show with nothing to replay", async () => {
    const config = readConfig(env);
    const id = await insertPerformance({ status: "ENDED", scheduled_time: hoursAgo(2), ended_at: hoursAgo(0.1) });
    const fan = await viewer();
    await upsertRegistration(db(), {
      performanceId: id,
      userId: fan.user.id,
      preferences: { email: true, sms: false, browser: false },
      now: new Date().toISOString(),
    });

    const completed = await completeReplay(appDeps({ config }), id);

    expect(completed?.replay_ready_at).toEqual(expect.any(String));
    const deliveries = await db()
      .selectFrom("notification_deliveries")
      .selectAll()
      .where("performance_id", "=", id)
      .execute();
    expect(deliveries).toEqual([]);
  });
});
