import { describe, expect, it } from "vitest";
import { appDeps, daysFromNow, db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { noticeLateShows } from "../notifications/running-late.service";
import { graphql } from "../../test/graphql";
import { executeOk } from "../../test/graphql-client";
import { openSubscription } from "../../test/sse";
import { deliverLiveInputEvent } from "../../test/webhooks";
import { upsertRegistration } from "../registrations/registrations.repository";

const PerformanceStatusUpdates = graphql(`
  subscription PerformanceStatusUpdates($id: ID!) {
    performanceStatus(id: $id) {
      change
      status
      performance {
        id
        title
        scheduledTime
      }
    }
  }
`);

const LateShowUpdates = graphql(`
  subscription LateShowUpdates($id: ID!) {
    performanceStatus(id: $id) {
      change
      status
      performance {
        id
        runningLate
      }
    }
  }
`);

const ViewerCountUpdates = graphql(`
  subscription ViewerCountUpdates($id: ID!) {
    liveViewerCount(id: $id) {
      viewers
      peak
    }
  }
`);

const ScheduleUpdates = graphql(`
  subscription ScheduleUpdates {
    scheduleChanged {
      change
      performance {
        id
        title
      }
    }
  }
`);

const Reschedule = graphql(`
  mutation RescheduleForSubscription($id: ID!, $input: UpdatePerformanceInput!) {
    updatePerformance(id: $id, input: $input) {
      __typename
    }
  }
`);

const CreateForSchedule = graphql(`
  mutation CreateForSchedule($input: CreatePerformanceInput!) {
    createPerformance(input: $input) {
      __typename
      ... on Performance {
        id
      }
    }
  }
`);

async function showWithLiveInput() {
  const id = crypto.randomUUID();
  await insertPerformance({
    id,
    title: "Subscribed Show",
    scheduled_time: daysFromNow(0, 1),
    live_input_id: `input-${id}`,
  });
  return { id, liveInputId: `input-${id}` };
}

describe("performanceStatus", () => {
  it("tells a watch page when its show is noticed running late, and a page opened later hears it first", async () => {
    // Due 11 minutes ago and not live: the cron's notice republishes the show to its subscribers.
    const id = await insertPerformance({
      title: "Late Show",
      status: "SCHEDULED",
      scheduled_time: new Date(Date.now() - 11 * 60_000).toISOString(),
    });
    const watching = await openSubscription(LateShowUpdates, { id });
    expect((await watching.next())?.data?.performanceStatus).toMatchObject({ change: "CURRENT", status: "SCHEDULED" });

    expect(await noticeLateShows(appDeps({ now: new Date().toISOString() }))).toContain(id);

    expect((await watching.next())?.data?.performanceStatus).toEqual({
      change: "UPDATED",
      status: "SCHEDULED",
      performance: { id, runningLate: true },
    });
    await watching.close();
    const later = await openSubscription(LateShowUpdates, { id });
    expect((await later.next())?.data?.performanceStatus).toMatchObject({
      change: "CURRENT",
      performance: { runningLate: true },
    });
    await later.close();
  });

  it("starts with the current state, then tells two subscribers on different connections when a webhook makes the show LIVE", async () => {
    const show = await showWithLiveInput();
    const first = await openSubscription(PerformanceStatusUpdates, { id: show.id });
    const second = await openSubscription(PerformanceStatusUpdates, { id: show.id });

    expect((await first.next())?.data?.performanceStatus).toMatchObject({ change: "CURRENT", status: "SCHEDULED" });
    expect((await second.next())?.data?.performanceStatus).toMatchObject({ change: "CURRENT", status: "SCHEDULED" });

    await deliverLiveInputEvent(show.liveInputId, "live_input.connected", new Date().toISOString());

    for (const subscriber of [first, second]) {
      expect((await subscriber.next())?.data?.performanceStatus).toMatchObject({
        change: "STATUS",
        status: "LIVE",
        performance: { id: show.id },
      });
    }
    await first.close();
    await second.close();
  });

  it("gives a subscriber who reconnects the current state first", async () => {
    const show = await showWithLiveInput();
    const before = await openSubscription(PerformanceStatusUpdates, { id: show.id });
    await before.next();
    await before.close();

    await deliverLiveInputEvent(show.liveInputId, "live_input.connected", new Date(Date.now() - 2000).toISOString());
    await deliverLiveInputEvent(show.liveInputId, "live_input.disconnected", new Date().toISOString());

    const again = await openSubscription(PerformanceStatusUpdates, { id: show.id });
    expect((await again.next())?.data?.performanceStatus).toMatchObject({ change: "CURRENT", status: "INTERRUPTED" });
    await again.close();
  });

  it("reports a reschedule by the organizer", async () => {
    const { token } = await organizer();
    const show = await showWithLiveInput();
    const subscriber = await openSubscription(PerformanceStatusUpdates, { id: show.id });
    await subscriber.next();

    const newTime = daysFromNow(2);
    await executeOk(Reschedule, { id: show.id, input: { scheduledTime: newTime } }, { token });

    expect((await subscriber.next())?.data?.performanceStatus).toMatchObject({
      change: "RESCHEDULED",
      status: "SCHEDULED",
      performance: { scheduledTime: newTime },
    });
    await subscriber.close();
  });

  it("answers an unknown performance with an error", async () => {
    const subscriber = await openSubscription(PerformanceStatusUpdates, { id: "nope" });
    expect((await subscriber.next())?.errors?.[0]).toMatchObject({ message: "Performance nope was not found" });
    await subscriber.close();
  });
});

describe("liveViewerCount", () => {
  it("is refused to signed-out visitors and to viewers who did not register", async () => {
    const show = await showWithLiveInput();
    const stranger = await viewer();

    const anonymous = await openSubscription(ViewerCountUpdates, { id: show.id });
    const unregistered = await openSubscription(ViewerCountUpdates, { id: show.id }, { token: stranger.token });

    expect((await anonymous.next())?.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await unregistered.next())?.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await anonymous.close();
    await unregistered.close();
  });

  it("gives a registered viewer the current count at once", async () => {
    const show = await showWithLiveInput();
    const fan = await viewer();
    await upsertRegistration(db(), {
      performanceId: show.id,
      userId: fan.user.id,
      preferences: { email: true, sms: false, browser: false },
      now: new Date().toISOString(),
    });

    const subscriber = await openSubscription(ViewerCountUpdates, { id: show.id }, { token: fan.token });

    expect((await subscriber.next())?.data?.liveViewerCount).toEqual({ viewers: 0, peak: 0 });
    await subscriber.close();
  });
});

describe("scheduleChanged", () => {
  it("tells calendars about a new show", async () => {
    const { token } = await organizer();
    const subscriber = await openSubscription(ScheduleUpdates, {});

    const created = await executeOk(
      CreateForSchedule,
      { input: { title: "Brand New Show", scheduledTime: daysFromNow(5), durationMinutes: 30 } },
      { token },
    );

    const event = (await subscriber.next())?.data?.scheduleChanged;
    expect(event).toMatchObject({ change: "CREATED", performance: { title: "Brand New Show" } });
    expect(created.createPerformance.__typename).toBe("Performance");
    await subscriber.close();
  });
});
