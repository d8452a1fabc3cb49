import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { readConfig } from "../config";
import { appDeps, db, insertPerformance, organizer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { executeOk } from "../../test/graphql-client";
import { deliverLiveInputEvent } from "../../test/webhooks";
import type { PerformanceStatus } from "../db/tables";
import { checkFeedsAndAlerts } from "./organizer-alerts.service";

const Alerts = graphql(`
  query PanelAlerts($id: ID!) {
    performance(id: $id) {
      streamHealth {
        alerts {
          kind
          at
          message
        }
      }
    }
  }
`);

/** 20:00 UTC on a fixed day: the cron's clock is pinned around it. */
const SHOW_TIME = "2026-12-05T20:00:00.000Z";
const minutesAfterShowTime = (minutes: number) => new Date(Date.parse(SHOW_TIME) + minutes * 60_000);

async function showAt(status: PerformanceStatus, values: { scheduled_time?: string; live_input_id?: string } = {}) {
  return insertPerformance({
    title: `Alert Show ${crypto.randomUUID().slice(0, 8)}`,
    status,
    scheduled_time: SHOW_TIME,
    duration_minutes: 60,
    ...values,
  });
}

const alertsOf = (performanceId: string) =>
  db().selectFrom("organizer_alerts").selectAll().where("performance_id", "=", performanceId).execute();

async function emailsAbout(title: string) {
  const rows = await db().selectFrom("outbox_messages").selectAll().where("channel", "=", "EMAIL").execute();
  return rows.filter((row) => row.subject?.includes(title));
}

const titleOf = async (id: string) =>
  (await db().selectFrom("performances").select("title").where("id", "=", id).executeTakeFirstOrThrow()).title;

describe("the organizers are alerted when no feed connected 5 minutes after the scheduled time", () => {
  it("not before 5 minutes, then once, on the panel and by email to every organizer", async () => {
    const first = await organizer();
    const second = await organizer();
    const id = await showAt("SCHEDULED");
    const title = await titleOf(id);

    await checkFeedsAndAlerts(appDeps({ now: minutesAfterShowTime(4) }));
    expect(await alertsOf(id)).toEqual([]);

    await checkFeedsAndAlerts(appDeps({ now: minutesAfterShowTime(5) }));
    await checkFeedsAndAlerts(appDeps({ now: minutesAfterShowTime(6) }));

    const alerts = await alertsOf(id);
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: "NO_FEED",
        occasion: SHOW_TIME,
        emailed_at: minutesAfterShowTime(5).toISOString(),
      }),
    ]);
    const emails = await emailsAbout(title);
    expect(emails.map((email) => email.recipient)).toEqual(
      expect.arrayContaining([first.user.email, second.user.email]),
    );
    expect(emails.filter((email) => email.recipient === first.user.email)).toHaveLength(1);
    expect(emails[0]?.subject).toBe(`No signal yet: ${title}`);
    expect(emails[0]?.body).toContain(`/admin/shows/${id}/broadcast`);
    const panel = (await executeOk(Alerts, { id }, { token: first.token })).performance?.streamHealth?.alerts;
    expect(panel).toEqual([
      { kind: "NO_FEED", at: minutesAfterShowTime(5).toISOString(), message: expect.any(String) },
    ]);
    expect(panel?.[0]?.message).toContain("no feed has connected 5 minutes later");
  });

  it("also for a show the organizer took live whose feed never came", async () => {
    await organizer();
    const id = await showAt("GOING_LIVE");

    await checkFeedsAndAlerts(appDeps({ now: minutesAfterShowTime(7) }));

    expect((await alertsOf(id)).map((alert) => alert.kind)).toEqual(["NO_FEED"]);
  });

  it("never for a show on air, over, cancelled, or whose slot has passed", async () => {
    const ids = await Promise.all([
      showAt("LIVE"),
      showAt("INTERRUPTED"),
      showAt("ENDED"),
      showAt("CANCELLED"),
      showAt("SCHEDULED", { scheduled_time: "2026-12-05T18:00:00.000Z" }),
    ]);

    await checkFeedsAndAlerts(appDeps({ now: minutesAfterShowTime(10) }));

    for (const id of ids) expect(await alertsOf(id)).toEqual([]);
  });

  it("once when two cron runs overlap", async () => {
    await organizer();
    const id = await showAt("SCHEDULED");
    const title = await titleOf(id);

    await Promise.all([
      checkFeedsAndAlerts(appDeps({ now: minutesAfterShowTime(5) })),
      checkFeedsAndAlerts(appDeps({ now: minutesAfterShowTime(5) })),
    ]);

    expect(await alertsOf(id)).toHaveLength(1);
    const perOrganizer = new Map<string, number>();
    for (const email of await emailsAbout(title))
      perOrganizer.set(email.recipient, (perOrganizer.get(email.recipient) ?? 0) + 1);
    expect([...new Set(perOrganizer.values())]).toEqual([1]);
  });
});

describe("an alert whose email failed", () => {
  it("is emailed by a later cron run, once, and stays raised once", async () => {
    const boss = await organizer();
    const id = await showAt("SCHEDULED");
    const title = await titleOf(id);
    const config = readConfig(env);
    const unreachableProvider = {
      ...config,
      notify: {
        ...config.notify,
        email: {
          provider: "resend" as const,
          apiBase: env.REFUSING_STREAM_BASE,
          apiKey: "key",
          from: "shows@firestream.test",
        },
      },
    };

    await checkFeedsAndAlerts(appDeps({ now: minutesAfterShowTime(5), config: unreachableProvider }));
    const [failed] = await alertsOf(id);
    expect(failed).toMatchObject({ emailed_at: null, email_attempts: 1, last_error: expect.any(String) });
    expect(await emailsAbout(title)).toEqual([]);

    await checkFeedsAndAlerts(appDeps({ now: minutesAfterShowTime(7) }));
    await checkFeedsAndAlerts(appDeps({ now: minutesAfterShowTime(9) }));

    expect(await alertsOf(id)).toEqual([
      expect.objectContaining({
        emailed_at: minutesAfterShowTime(7).toISOString(),
        email_attempts: 2,
        last_error: null,
      }),
    ]);
    expect((await emailsAbout(title)).filter((email) => email.recipient === boss.user.email)).toHaveLength(1);
  });
});

describe("the organizers are alerted when the feed drops during the show", () => {
  it("once per drop: a repeated delivery adds nothing, a second drop after the feed returned is a new alert", async () => {
    const boss = await organizer();
    const liveInputId = crypto.randomUUID().replaceAll("-", "");
    const id = await showAt("LIVE", { live_input_id: liveInputId, scheduled_time: new Date().toISOString() });
    const title = await titleOf(id);
    const firstDrop = new Date(Date.now() + 1000).toISOString();

    await deliverLiveInputEvent(liveInputId, "live_input.disconnected", firstDrop);
    await deliverLiveInputEvent(liveInputId, "live_input.disconnected", firstDrop);
    expect(await alertsOf(id)).toEqual([expect.objectContaining({ kind: "FEED_DROPPED", occasion: firstDrop })]);

    await deliverLiveInputEvent(liveInputId, "live_input.connected", new Date(Date.now() + 2000).toISOString());
    await deliverLiveInputEvent(liveInputId, "live_input.disconnected", new Date(Date.now() + 3000).toISOString());

    expect((await alertsOf(id)).map((alert) => alert.kind)).toEqual(["FEED_DROPPED", "FEED_DROPPED"]);
    const emails = (await emailsAbout(title)).filter((email) => email.recipient === boss.user.email);
    expect(emails).toHaveLength(2);
    expect(emails[0]?.subject).toBe(`Signal lost: ${title}`);
  });

  it("not when a show that never had a feed is told of a drop", async () => {
    const liveInputId = crypto.randomUUID().replaceAll("-", "");
    const id = await showAt("GOING_LIVE", { live_input_id: liveInputId });

    await deliverLiveInputEvent(liveInputId, "live_input.disconnected", new Date().toISOString());

    expect(await alertsOf(id)).toEqual([]);
  });
});
