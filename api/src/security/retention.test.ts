import { createExecutionContext, createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../index";
import { readConfig, type RetentionConfig } from "../config";
import { appDeps, db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { executeOk, expectTypename } from "../../test/graphql-client";
import { purgeExpiredData } from "./retention.service";

// The clock is injected: "now" is a fixed instant, and every row's age is relative to it.
const NOW = new Date("2027-03-01T06:17:00.000Z");
const RETENTION: RetentionConfig = {
  sessionDays: 90,
  outboxDays: 30,
  webhookEventDays: 30,
  viewerSessionDays: 180,
  chatMessageDays: 180,
};
const retentionDeps = () => appDeps({ now: NOW, config: { ...readConfig(env), retention: RETENTION } });
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const ShowFigures = graphql(`
  query RetainedFigures($id: ID!) {
    performance(id: $id) {
      analytics {
        totalViews
        uniqueViewers
        averageWatchSeconds
        funnel {
          watchedLive
        }
      }
    }
  }
`);

const RefreshFigures = graphql(`
  mutation RefreshRetainedFigures($id: ID!) {
    refreshPerformanceAnalytics(performanceId: $id) {
      __typename
      ... on PerformanceAnalytics {
        totalViews
        uniqueViewers
        averageWatchSeconds
      }
    }
  }
`);

describe("the daily retention job", () => {
  it("purges old ended sessions, outbox messages, webhook ids and viewing sessions; fresh rows and analytics stay", async () => {
    const fan = await viewer();
    const oldShow = await insertPerformance({ scheduled_time: daysBefore(200), status: "ENDED" });
    const recentShow = await insertPerformance({ scheduled_time: daysBefore(10), status: "ENDED" });
    const id = () => crypto.randomUUID();
    const ids = { expired: id(), revoked: id(), active: id(), recentlyRevoked: id() };
    await db().batch([
      db()
        .insertInto("sessions")
        .values([
          {
            id: ids.expired,
            user_id: fan.user.id,
            created_at: daysBefore(120),
            expires_at: daysBefore(91),
            revoked_at: null,
          },
          {
            id: ids.revoked,
            user_id: fan.user.id,
            created_at: daysBefore(100),
            expires_at: daysBefore(-10),
            revoked_at: daysBefore(95),
          },
          {
            id: ids.active,
            user_id: fan.user.id,
            created_at: daysBefore(1),
            expires_at: daysBefore(-13),
            revoked_at: null,
          },
          {
            id: ids.recentlyRevoked,
            user_id: fan.user.id,
            created_at: daysBefore(5),
            expires_at: daysBefore(-9),
            revoked_at: daysBefore(2),
          },
        ]),
      db()
        .insertInto("outbox_messages")
        .values([
          {
            id: `old-${ids.expired}`,
            delivery_id: null,
            channel: "EMAIL",
            recipient: "a@firestream.test",
            subject: "s",
            body: "b",
            created_at: daysBefore(31),
          },
          {
            id: `new-${ids.expired}`,
            delivery_id: null,
            channel: "SMS",
            recipient: "+15555550100",
            subject: null,
            body: "b",
            created_at: daysBefore(29),
          },
        ]),
      db()
        .insertInto("processed_webhook_events")
        .values([
          { id: `old-${ids.expired}`, received_at: daysBefore(31) },
          { id: `new-${ids.expired}`, received_at: daysBefore(1) },
        ]),
      db()
        .insertInto("viewer_sessions")
        .values([
          {
            id: `old-${ids.expired}`,
            performance_id: oldShow,
            user_id: fan.user.id,
            mode: "LIVE",
            country: "US",
            started_at: daysBefore(200),
            last_seen_at: daysBefore(200),
            watched_seconds: 900,
            max_position_seconds: 900,
          },
          {
            id: `new-${ids.expired}`,
            performance_id: recentShow,
            user_id: fan.user.id,
            mode: "LIVE",
            country: "CA",
            started_at: daysBefore(10),
            last_seen_at: daysBefore(10),
            watched_seconds: 300,
            max_position_seconds: 300,
          },
        ]),
    ]);

    const purged = await purgeExpiredData(retentionDeps());

    expect(purged.sessions).toBeGreaterThanOrEqual(2);
    const sessions = await db().selectFrom("sessions").select("id").where("user_id", "=", fan.user.id).execute();
    const kept = sessions.map((session) => session.id);
    expect(kept).toEqual(expect.arrayContaining([ids.active, ids.recentlyRevoked]));
    expect(kept).not.toContain(ids.expired);
    expect(kept).not.toContain(ids.revoked);
    const outbox = await db()
      .selectFrom("outbox_messages")
      .select("id")
      .where("id", "like", `%-${ids.expired}`)
      .execute();
    expect(outbox).toEqual([{ id: `new-${ids.expired}` }]);
    const webhooks = await db()
      .selectFrom("processed_webhook_events")
      .select("id")
      .where("id", "like", `%-${ids.expired}`)
      .execute();
    expect(webhooks).toEqual([{ id: `new-${ids.expired}` }]);
    const viewing = await db().selectFrom("viewer_sessions").select("id").where("user_id", "=", fan.user.id).execute();
    expect(viewing).toEqual([{ id: `new-${ids.expired}` }]);
    // The old show's figures were summarised before its raw sessions went.
    const summary = await db()
      .selectFrom("performance_analytics")
      .selectAll()
      .where("performance_id", "=", oldShow)
      .executeTakeFirst();
    expect(summary).toMatchObject({ total_views: 1, unique_viewers: 1, average_watch_seconds: 900 });
  });

  it("changes nothing when run again", async () => {
    await purgeExpiredData(retentionDeps());
    expect(await purgeExpiredData(retentionDeps())).toEqual({
      sessions: 0,
      outboxMessages: 0,
      webhookEvents: 0,
      viewerSessions: 0,
      chatMessages: 0,
    });
  });

  it("runs with the daily cron, on the cron's own clock", async () => {
    const id = crypto.randomUUID();
    await db()
      .insertInto("processed_webhook_events")
      .values([
        { id: `cron-old-${id}`, received_at: daysBefore(31) },
        { id: `cron-new-${id}`, received_at: daysBefore(29) },
      ])
      .execute();
    await worker.scheduled(
      createScheduledController({ cron: "17 6 * * *", scheduledTime: NOW.getTime() }),
      env,
      createExecutionContext(),
    );
    const left = await db()
      .selectFrom("processed_webhook_events")
      .select("id")
      .where("id", "like", `cron-%-${id}`)
      .execute();
    expect(left).toEqual([{ id: `cron-new-${id}` }]);
  });

  it("keeps a show's figures after its viewing sessions are deleted, and a refresh cannot wipe them", async () => {
    const fan = await viewer();
    const boss = await organizer();
    const show = await insertPerformance({ scheduled_time: daysBefore(250), status: "ENDED" });
    await db()
      .insertInto("viewer_sessions")
      .values(
        ["a", "b"].map((tag, i) => ({
          id: `${tag}-${show}`,
          performance_id: show,
          user_id: fan.user.id,
          mode: "LIVE" as const,
          country: "US",
          started_at: daysBefore(250),
          // A reload: the first session played 600 s, the second the 1,200 s after it.
          last_seen_at: new Date(Date.parse(daysBefore(250)) + (i === 0 ? 600_000 : 1_800_000)).toISOString(),
          watched_seconds: 600 * (i + 1),
          max_position_seconds: 600 * (i + 1),
        })),
      )
      .execute();
    // A summary from the show's end that a later replay made stale: it is brought up to date first.
    await db()
      .insertInto("performance_analytics")
      .values({
        performance_id: show,
        peak_concurrent_viewers: 1,
        total_views: 1,
        unique_viewers: 1,
        average_watch_seconds: 600,
        registered: 0,
        watched_live: 1,
        watched_replay: 0,
        no_show: 0,
        computed_at: daysBefore(249),
      })
      .execute();
    const before = await executeOk(ShowFigures, { id: show }, { token: boss.token });

    await purgeExpiredData(retentionDeps());

    expect(await db().selectFrom("viewer_sessions").select("id").where("performance_id", "=", show).execute()).toEqual(
      [],
    );
    const after = await executeOk(ShowFigures, { id: show }, { token: boss.token });
    expect(after.performance?.analytics).toEqual(before.performance?.analytics);
    expect(after.performance?.analytics).toMatchObject({ totalViews: 1, uniqueViewers: 1, averageWatchSeconds: 1800 });
    const refreshed = await executeOk(RefreshFigures, { id: show }, { token: boss.token });
    expect(expectTypename(refreshed.refreshPerformanceAnalytics, "PerformanceAnalytics")).toMatchObject({
      totalViews: 1,
      uniqueViewers: 1,
      averageWatchSeconds: 1800,
    });
    // A second run finds nothing more to summarise and changes nothing.
    await purgeExpiredData(retentionDeps());
    expect(await executeOk(ShowFigures, { id: show }, { token: boss.token })).toEqual(after);
  });
});
