import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { appDeps, db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { executeOk } from "../../test/graphql-client";
import { readConfig } from "../config";
import type { PerformanceStatus } from "../db/tables";
import { findPerformance } from "../performances/performances.repository";
import { applyFeedEvent, markNotHeld, NOT_HELD_MESSAGE } from "../performances/transitions.service";
import { StreamClient } from "../stream/client";
import { NOT_HELD_GRACE_MINUTES, sweepBroadcasts } from "./sweep.service";

const PanelAlerts = graphql(`
  query NotHeldPanelAlerts($id: ID!) {
    performance(id: $id) {
      status
      cancellationMessage
      streamHealth {
        alerts {
          kind
          message
        }
      }
    }
  }
`);

const FanView = graphql(`
  query NotHeldFanView($id: ID!) {
    performance(id: $id) {
      status
      cancellationMessage
    }
  }
`);

/** A one-hour slot, 20:00-21:00 UTC on a fixed day: the sweep's clock is pinned around its end. */
const SHOW_TIME = "2026-12-05T20:00:00.000Z";
const SLOT_END = "2026-12-05T21:00:00.000Z";
const afterSlot = (minutes: number) => new Date(Date.parse(SLOT_END) + minutes * 60_000);

async function showAt(status: PerformanceStatus, values: { live_input_id?: string } = {}) {
  return insertPerformance({
    title: `Not Held ${crypto.randomUUID().slice(0, 8)}`,
    status,
    scheduled_time: SHOW_TIME,
    duration_minutes: 60,
    ...values,
  });
}

const alertsOf = (id: string) =>
  db().selectFrom("organizer_alerts").selectAll().where("performance_id", "=", id).execute();
const fanMessagesOf = (id: string) =>
  db().selectFrom("notification_deliveries").selectAll().where("performance_id", "=", id).execute();

async function registerFan(performanceId: string): Promise<string> {
  const fan = await viewer();
  await db()
    .insertInto("performance_viewers")
    .values({ performance_id: performanceId, user_id: fan.user.id, registered_at: SHOW_TIME })
    .execute();
  return fan.token;
}

describe("a show that went live but whose feed never came", () => {
  it("stays GOING_LIVE through its slot and the grace after it", async () => {
    const id = await showAt("GOING_LIVE");

    await sweepBroadcasts(appDeps({ now: afterSlot(-10) }));
    await sweepBroadcasts(appDeps({ now: afterSlot(NOT_HELD_GRACE_MINUTES) }));

    expect((await findPerformance(db(), id))?.status).toBe("GOING_LIVE");
    expect(await alertsOf(id)).toEqual([]);
  });

  it("is marked not held once the grace has passed: CANCELLED with a message saying so", async () => {
    const boss = await organizer();
    const id = await showAt("GOING_LIVE");
    const fan = await registerFan(id);
    const at = afterSlot(NOT_HELD_GRACE_MINUTES + 1);

    const changes = await sweepBroadcasts(appDeps({ now: at }));

    expect(changes.filter((change) => change.after.id === id).map((change) => change.after.status)).toEqual([
      "CANCELLED",
    ]);
    expect(await findPerformance(db(), id)).toMatchObject({
      status: "CANCELLED",
      cancelled_at: at.toISOString(),
      cancellation_message: NOT_HELD_MESSAGE,
      started_at: null,
    });
    // The fan's page says what happened instead of "The performers are getting ready"...
    expect((await executeOk(FanView, { id }, { token: fan })).performance).toEqual({
      status: "CANCELLED",
      cancellationMessage: NOT_HELD_MESSAGE,
    });
    // ...and nobody is messaged after the fact: no "live now", no "cancelled", no "replay ready".
    expect(await fanMessagesOf(id)).toEqual([]);
    // The organizers are told, on the panel and by email, once.
    const panel = (await executeOk(PanelAlerts, { id }, { token: boss.token })).performance;
    expect(panel?.streamHealth?.alerts).toEqual([{ kind: "NOT_HELD", message: expect.stringContaining("not held") }]);
    expect(await alertsOf(id)).toEqual([
      expect.objectContaining({ kind: "NOT_HELD", occasion: SLOT_END, emailed_at: at.toISOString() }),
    ]);
    const title = (await findPerformance(db(), id))?.title ?? "";
    const emails = await db()
      .selectFrom("outbox_messages")
      .selectAll()
      .where("subject", "=", `Not held: ${title}`)
      .execute();
    expect(emails.filter((email) => email.recipient === boss.user.email)).toHaveLength(1);
  });

  it("is marked once, however often the sweep runs or when two runs overlap", async () => {
    await organizer();
    const id = await showAt("GOING_LIVE");
    const at = afterSlot(NOT_HELD_GRACE_MINUTES + 5);

    const runs = await Promise.all([sweepBroadcasts(appDeps({ now: at })), sweepBroadcasts(appDeps({ now: at }))]);
    await sweepBroadcasts(appDeps({ now: afterSlot(120) }));

    expect(runs.flat().filter((change) => change.after.id === id)).toHaveLength(1);
    expect(await alertsOf(id)).toHaveLength(1);
  });

  it("is left alone when its feed connected just before (the compare-and-set sees LIVE)", async () => {
    const id = await showAt("GOING_LIVE");
    const seenBySweep = await findPerformance(db(), id);
    await applyFeedEvent(appDeps({ now: afterSlot(40) }), id, "feed-connected", afterSlot(40).toISOString());

    expect(await markNotHeld(appDeps({ now: afterSlot(40) }), seenBySweep!)).toBeUndefined();

    expect((await findPerformance(db(), id))?.status).toBe("LIVE");
    expect(await alertsOf(id)).toEqual([]);
  });

  it("stays not held when a feed connects afterwards, and its live input is gone", async () => {
    const client = new StreamClient(readConfig(env).stream.client);
    const input = await client.createLiveInput({ meta: { name: "never came" } });
    const id = await showAt("GOING_LIVE", { live_input_id: input.uid });
    const background: Promise<unknown>[] = [];
    const deps = { ...appDeps({ now: afterSlot(45) }), waitUntil: (work: Promise<unknown>) => background.push(work) };

    await sweepBroadcasts(deps);
    await Promise.all(background);
    await applyFeedEvent(appDeps({ now: afterSlot(50) }), id, "feed-connected", afterSlot(50).toISOString());

    expect((await findPerformance(db(), id))?.status).toBe("CANCELLED");
    await expect(client.getLiveInput(input.uid)).rejects.toThrow();
  });

  it("leaves every other status alone after the slot (an INTERRUPTED show ends by the feed timeout)", async () => {
    const ids = await Promise.all([showAt("SCHEDULED"), showAt("LIVE"), showAt("ENDED"), showAt("CANCELLED")]);

    await sweepBroadcasts(appDeps({ now: afterSlot(NOT_HELD_GRACE_MINUTES + 1) }));

    const statuses = await Promise.all(ids.map(async (id) => (await findPerformance(db(), id))?.status));
    expect(statuses).toEqual(["SCHEDULED", "LIVE", "ENDED", "CANCELLED"]);
    for (const id of ids) expect(await alertsOf(id)).toEqual([]);
  });
});
