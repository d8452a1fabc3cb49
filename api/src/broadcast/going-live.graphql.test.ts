import { describe, expect, it } from "vitest";
import { db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { deliverLiveInputEvent } from "../../test/webhooks";
import type { PerformanceStatus } from "../db/tables";
import { findPerformance } from "../performances/performances.repository";

const GoLive = graphql(`
  mutation GoLive($id: ID!) {
    startPerformance(id: $id) {
      __typename
      ... on Performance {
        status
      }
      ... on IllegalTransitionError {
        status
        attemptedAction
      }
      ... on Error {
        message
      }
    }
  }
`);

const UndoGoLive = graphql(`
  mutation UndoGoLive($id: ID!) {
    undoStartPerformance(id: $id) {
      __typename
      ... on Performance {
        status
      }
      ... on IllegalTransitionError {
        status
        attemptedAction
        action
      }
      ... on Error {
        message
      }
    }
  }
`);

const EndGoingLive = graphql(`
  mutation EndGoingLive($id: ID!) {
    endPerformance(id: $id) {
      __typename
      ... on IllegalTransitionError {
        status
        attemptedAction
      }
      ... on Error {
        message
      }
    }
  }
`);

const FanPlayback = graphql(`
  query FanPlayback($id: ID!) {
    performance(id: $id) {
      status
      playback {
        __typename
        ... on Error {
          message
        }
      }
    }
  }
`);

const AlertAudience = graphql(`
  query AlertAudience($id: ID!) {
    performance(id: $id) {
      liveAlertRecipientCount
    }
  }
`);

const statusOf = async (id: string) => (await findPerformance(db(), id))?.status;
const liveInputOf = async (id: string) => (await findPerformance(db(), id))?.live_input_id ?? "";
const at = (secondsFromNow: number) => new Date(Date.now() + secondsFromNow * 1000).toISOString();

async function liveAlertsPlanned(performanceId: string): Promise<number> {
  const rows = await db()
    .selectFrom("notification_deliveries")
    .select("id")
    .where("performance_id", "=", performanceId)
    .where("kind", "=", "LIVE")
    .execute();
  return rows.length;
}

/** A fan registered for the show with the given channels on (SMS needs a phone number to count). */
async function registeredFan(performanceId: string, preferences: { email: boolean; sms: boolean }, phone?: string) {
  const fan = await viewer();
  await db()
    .insertInto("performance_viewers")
    .values({
      performance_id: performanceId,
      user_id: fan.user.id,
      notification_preferences: JSON.stringify({ ...preferences, browser: false }),
      registered_at: new Date().toISOString(),
    })
    .execute();
  if (phone) {
    await db()
      .insertInto("notification_settings")
      .values({
        user_id: fan.user.id,
        email: 1,
        sms: 1,
        browser: 0,
        phone_number: phone,
        reminder_minutes_before: 60,
        updated_at: new Date().toISOString(),
      })
      .execute();
  }
  return fan;
}

const show = (status: PerformanceStatus = "SCHEDULED") => insertPerformance({ title: "Going Live Show", status });

describe("going live before the feed", () => {
  it("puts the show in GOING_LIVE and alerts nobody; fans are told the performers are getting ready", async () => {
    const boss = await organizer();
    const id = await show();
    const fan = await registeredFan(id, { email: true, sms: false });

    const started = await executeOk(GoLive, { id }, { token: boss.token });

    expect(expectTypename(started.startPerformance, "Performance").status).toBe("GOING_LIVE");
    expect(await liveAlertsPlanned(id)).toBe(0);
    const watched = (await executeOk(FanPlayback, { id }, { token: fan.token })).performance;
    expect(watched?.status).toBe("GOING_LIVE");
    expect(watched?.playback).toEqual({ __typename: "NotAvailableError", message: "The performers are getting ready" });
  });

  it("turns LIVE when the feed connects, and alerts the fans then, once, however often the feed comes and goes", async () => {
    const boss = await organizer();
    const id = await show();
    await registeredFan(id, { email: true, sms: false });
    await registeredFan(id, { email: true, sms: false });
    await executeOk(GoLive, { id }, { token: boss.token });
    const input = await liveInputOf(id);

    await deliverLiveInputEvent(input, "live_input.connected", at(0));
    expect(await statusOf(id)).toBe("LIVE");
    expect(await liveAlertsPlanned(id)).toBe(2);

    await deliverLiveInputEvent(input, "live_input.connected", at(0));
    await deliverLiveInputEvent(input, "live_input.disconnected", at(1));
    await deliverLiveInputEvent(input, "live_input.connected", at(2));
    expect(await statusOf(id)).toBe("LIVE");
    expect(await liveAlertsPlanned(id)).toBe(2);
  });

  it("ignores a feed that drops or errors before it ever connected", async () => {
    const boss = await organizer();
    const id = await show();
    await executeOk(GoLive, { id }, { token: boss.token });
    const input = await liveInputOf(id);

    await deliverLiveInputEvent(input, "live_input.disconnected", at(0));
    await deliverLiveInputEvent(input, "live_input.errored", at(1));

    expect(await statusOf(id)).toBe("GOING_LIVE");
  });

  it("is refused a second time, with the status it is in", async () => {
    const boss = await organizer();
    const id = await show();
    await executeOk(GoLive, { id }, { token: boss.token });

    const again = await executeOk(GoLive, { id }, { token: boss.token });

    expect(expectTypename(again.startPerformance, "IllegalTransitionError")).toMatchObject({
      status: "GOING_LIVE",
      attemptedAction: "START",
    });
  });

  it("takes effect once when two organizers click at the same moment", async () => {
    const boss = await organizer();
    const id = await show();

    const results = await Promise.all([
      executeOk(GoLive, { id }, { token: boss.token }),
      executeOk(GoLive, { id }, { token: boss.token }),
    ]);

    const kinds = results.map((result) => result.startPerformance.__typename).sort();
    expect(kinds).toEqual(["IllegalTransitionError", "Performance"]);
    expect(await statusOf(id)).toBe("GOING_LIVE");
  });
});

describe("liveAlertRecipientCount", () => {
  it("counts the registered fans the live alert reaches: email, or SMS with a phone number", async () => {
    const boss = await organizer();
    const id = await show();
    await registeredFan(id, { email: true, sms: false });
    await registeredFan(id, { email: false, sms: true }, "+15555550100");
    await registeredFan(id, { email: false, sms: true });
    await registeredFan(id, { email: false, sms: false });

    const data = await executeOk(AlertAudience, { id }, { token: boss.token });

    expect(data.performance?.liveAlertRecipientCount).toBe(2);
  });

  it("is for organizers only", async () => {
    const id = await show();
    const fan = await viewer();

    const asFan = await execute(AlertAudience, { id }, { token: fan.token });
    const signedOut = await execute(AlertAudience, { id });

    expect(asFan.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(signedOut.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("undoStartPerformance", () => {
  it("takes a go-live with no feed back to SCHEDULED, its date kept, nobody alerted; it can go live again", async () => {
    const boss = await organizer();
    const id = await show();
    await registeredFan(id, { email: true, sms: false });
    const before = await findPerformance(db(), id);
    await executeOk(GoLive, { id }, { token: boss.token });

    const undone = await executeOk(UndoGoLive, { id }, { token: boss.token });

    expect(expectTypename(undone.undoStartPerformance, "Performance").status).toBe("SCHEDULED");
    const after = await findPerformance(db(), id);
    expect(after?.scheduled_time).toBe(before?.scheduled_time);
    expect(after?.ended_at).toBeNull();
    expect(await liveAlertsPlanned(id)).toBe(0);
    const again = await executeOk(GoLive, { id }, { token: boss.token });
    expect(expectTypename(again.startPerformance, "Performance").status).toBe("GOING_LIVE");
  });

  it("is refused once a feed connected, and when repeated, changing nothing", async () => {
    const boss = await organizer();
    const live = await show("LIVE");
    const interrupted = await show("INTERRUPTED");
    const scheduled = await show("SCHEDULED");

    const results = await Promise.all(
      [live, interrupted, scheduled].map((id) => executeOk(UndoGoLive, { id }, { token: boss.token })),
    );

    expect(results.map((result) => expectTypename(result.undoStartPerformance, "IllegalTransitionError"))).toEqual([
      expect.objectContaining({ status: "LIVE", attemptedAction: "UNDO_START", action: "UNDO_START" }),
      expect.objectContaining({ status: "INTERRUPTED", attemptedAction: "UNDO_START" }),
      expect.objectContaining({ status: "SCHEDULED", attemptedAction: "UNDO_START" }),
    ]);
    expect([await statusOf(live), await statusOf(interrupted), await statusOf(scheduled)]).toEqual([
      "LIVE",
      "INTERRUPTED",
      "SCHEDULED",
    ]);
  });

  it("takes effect once when asked twice at the same moment", async () => {
    const boss = await organizer();
    const id = await show("GOING_LIVE");

    const results = await Promise.all([
      executeOk(UndoGoLive, { id }, { token: boss.token }),
      executeOk(UndoGoLive, { id }, { token: boss.token }),
    ]);

    expect(results.map((result) => result.undoStartPerformance.__typename).sort()).toEqual([
      "IllegalTransitionError",
      "Performance",
    ]);
    expect(await statusOf(id)).toBe("SCHEDULED");
  });

  it("refuses signed-out callers, viewers, unknown shows and bad ids, changing nothing", async () => {
    const boss = await organizer();
    const fan = await viewer();
    const id = await show("GOING_LIVE");

    expect((await executeOk(UndoGoLive, { id })).undoStartPerformance.__typename).toBe("UnauthenticatedError");
    expect((await executeOk(UndoGoLive, { id }, { token: fan.token })).undoStartPerformance.__typename).toBe(
      "ForbiddenError",
    );
    expect((await executeOk(UndoGoLive, { id: "nope" }, { token: boss.token })).undoStartPerformance.__typename).toBe(
      "NotFoundError",
    );
    expect(
      (await executeOk(UndoGoLive, { id: "x".repeat(10_000) }, { token: boss.token })).undoStartPerformance.__typename,
    ).toBe("NotFoundError");
    expect(await statusOf(id)).toBe("GOING_LIVE");
  });
});

describe("ending a show that is GOING_LIVE", () => {
  it("is refused: nothing was broadcast, so the date is not thrown away; the error points to the undo", async () => {
    const boss = await organizer();
    const id = await show("GOING_LIVE");

    const ended = await executeOk(EndGoingLive, { id }, { token: boss.token });

    expect(expectTypename(ended.endPerformance, "IllegalTransitionError")).toMatchObject({
      status: "GOING_LIVE",
      attemptedAction: "END",
      message: expect.stringContaining("undoStartPerformance"),
    });
    expect(await statusOf(id)).toBe("GOING_LIVE");
  });
});
