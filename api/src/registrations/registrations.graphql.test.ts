import { describe, expect, it } from "vitest";
import { daysFromNow, db, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { upsertViewerSessions } from "../analytics/analytics.repository";

const CreateShow = graphql(`
  mutation CreateShowForRegistration($input: CreatePerformanceInput!) {
    createPerformance(input: $input) {
      __typename
      ... on Performance {
        id
      }
    }
  }
`);

const Register = graphql(`
  mutation Register($performanceId: ID!, $notificationPreferences: NotificationPreferencesInput) {
    registerForPerformance(performanceId: $performanceId, notificationPreferences: $notificationPreferences) {
      __typename
      ... on Registration {
        registeredAt
        notificationPreferences {
          email
          sms
          browser
        }
        performance {
          id
          registrationCount
          viewerIsRegistered
        }
        viewer {
          id
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const Unregister = graphql(`
  mutation Unregister($performanceId: ID!) {
    unregisterFromPerformance(performanceId: $performanceId) {
      __typename
      ... on Performance {
        id
        registrationCount
        viewerIsRegistered
      }
      ... on Error {
        message
      }
    }
  }
`);

const MyRegistrations = graphql(`
  query MyRegistrations($when: RegistrationWhen) {
    me {
      registrations(when: $when) {
        performance {
          id
          title
        }
      }
    }
  }
`);

const ShowRegistrations = graphql(`
  query ShowRegistrations($id: ID!) {
    performance(id: $id) {
      id
      registrationCount
      registrations(first: 10) {
        edges {
          node {
            viewer {
              name
              email
            }
            notificationPreferences {
              email
            }
          }
        }
      }
    }
  }
`);

const ViewerRegistration = graphql(`
  query ViewerRegistration($id: ID!) {
    performance(id: $id) {
      viewerRegistration {
        notificationPreferences {
          email
          sms
          browser
        }
      }
    }
  }
`);

const UpdateSettings = graphql(`
  mutation UpdateSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      __typename
      ... on NotificationSettings {
        email
        sms
        browser
        phoneNumber
        reminderMinutesBefore
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const WhoWatched = graphql(`
  query WhoWatched($id: ID!) {
    performance(id: $id) {
      registrations(first: 10) {
        edges {
          node {
            viewer {
              email
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

const MyWatching = graphql(`
  query MyWatching {
    me {
      registrations(when: UPCOMING) {
        performance {
          id
        }
        watching {
          watchedLive
          liveSeconds
        }
      }
    }
  }
`);

/** What the presence hub flushes for a viewer who watched (see analytics/presence). */
/** A viewing session that played `seconds` up to `endedSecondsAgo` seconds ago. */
function watched(performanceId: string, userId: string, mode: "LIVE" | "REPLAY", seconds: number, endedSecondsAgo = 0) {
  const at = new Date(Date.now() - endedSecondsAgo * 1000).toISOString();
  return {
    id: crypto.randomUUID(),
    performance_id: performanceId,
    user_id: userId,
    mode,
    country: "NL",
    started_at: at,
    last_seen_at: at,
    watched_seconds: seconds,
    max_position_seconds: seconds,
  };
}

async function upcomingShow(title = "Silks at Sunset"): Promise<string> {
  const { token } = await organizer();
  const data = await executeOk(
    CreateShow,
    { input: { title, scheduledTime: daysFromNow(2), durationMinutes: 60 } },
    { token },
  );
  return expectTypename(data.createPerformance, "Performance").id;
}

async function registrationCount(performanceId: string): Promise<number> {
  const rows = await db()
    .selectFrom("performance_viewers")
    .select("user_id")
    .where("performance_id", "=", performanceId)
    .execute();
  return rows.length;
}

describe("registerForPerformance", () => {
  it("registers the viewer, who then shows as registered and counted", async () => {
    const id = await upcomingShow();
    const fan = await viewer();

    const data = await executeOk(Register, { performanceId: id }, { token: fan.token });

    const registration = expectTypename(data.registerForPerformance, "Registration");
    expect(registration.performance).toEqual({ id, registrationCount: 1, viewerIsRegistered: true });
    expect(registration.viewer.id).toBe(fan.user.id);
    expect(registration.notificationPreferences).toEqual({ email: true, sms: false, browser: false });
  });

  it("is idempotent: registering again keeps one registration and updates the preferences", async () => {
    const id = await upcomingShow();
    const fan = await viewer();
    const first = expectTypename(
      (await executeOk(Register, { performanceId: id }, { token: fan.token })).registerForPerformance,
      "Registration",
    );

    const again = await executeOk(
      Register,
      { performanceId: id, notificationPreferences: { email: false, browser: true } },
      { token: fan.token },
    );

    const registration = expectTypename(again.registerForPerformance, "Registration");
    expect(registration.registeredAt).toBe(first.registeredAt);
    expect(registration.notificationPreferences).toEqual({ email: false, sms: false, browser: true });
    expect(await registrationCount(id)).toBe(1);
  });

  it("takes missing preferences from the viewer's notification settings", async () => {
    const id = await upcomingShow();
    const fan = await viewer();
    await executeOk(
      UpdateSettings,
      { input: { email: false, sms: true, phoneNumber: "+15551234567" } },
      { token: fan.token },
    );

    const data = await executeOk(
      Register,
      { performanceId: id, notificationPreferences: { browser: true } },
      { token: fan.token },
    );

    expect(expectTypename(data.registerForPerformance, "Registration").notificationPreferences).toEqual({
      email: false,
      sms: true,
      browser: true,
    });
  });

  it("refuses SMS reminders to a viewer without a phone number, registering nothing", async () => {
    const id = await upcomingShow();
    const fan = await viewer();

    const data = await executeOk(
      Register,
      { performanceId: id, notificationPreferences: { sms: true } },
      { token: fan.token },
    );

    expect(expectTypename(data.registerForPerformance, "ValidationError").message).toBe(
      "notificationPreferences.sms: SMS reminders need a phone number in your notification settings",
    );
    expect(await registrationCount(id)).toBe(0);
  });

  it("shows the viewer their own registration on the performance", async () => {
    const id = await upcomingShow();
    const fan = await viewer();
    const before = await executeOk(ViewerRegistration, { id }, { token: fan.token });
    await executeOk(Register, { performanceId: id, notificationPreferences: { browser: true } }, { token: fan.token });

    const after = await executeOk(ViewerRegistration, { id }, { token: fan.token });

    expect(before.performance?.viewerRegistration).toBeNull();
    expect(after.performance?.viewerRegistration?.notificationPreferences).toEqual({
      email: true,
      sms: false,
      browser: true,
    });
  });

  it("asks a signed-out caller to sign in and registers nobody", async () => {
    const id = await upcomingShow();
    const data = await executeOk(Register, { performanceId: id });
    expect(data.registerForPerformance.__typename).toBe("UnauthenticatedError");
    expect(await registrationCount(id)).toBe(0);
  });

  it("refuses cancelled shows and shows never broadcast with a ConflictError", async () => {
    const fan = await viewer();
    const cancelled = await upcomingShow();
    const neverStarted = await upcomingShow();
    await db().updateTable("performances").set({ status: "CANCELLED" }).where("id", "=", cancelled).execute();
    await db()
      .updateTable("performances")
      .set({ scheduled_time: daysFromNow(-1) })
      .where("id", "=", neverStarted)
      .execute();

    for (const [id, message] of [
      [cancelled, "This show was cancelled"],
      [neverStarted, "This show is over"],
    ] as const) {
      const data = await executeOk(Register, { performanceId: id }, { token: fan.token });
      expect(expectTypename(data.registerForPerformance, "ConflictError").message).toBe(message);
      expect(await registrationCount(id)).toBe(0);
    }
  });

  it("registers a fan for the replay of a show that has ended, while its replay window is open", async () => {
    const fan = await viewer();
    const ended = await upcomingShow();
    await db()
      .updateTable("performances")
      .set({ status: "ENDED", scheduled_time: daysFromNow(-1), ended_at: daysFromNow(-1, 1) })
      .where("id", "=", ended)
      .execute();

    const data = await executeOk(Register, { performanceId: ended }, { token: fan.token });

    expect(data.registerForPerformance.__typename).toBe("Registration");
    expect(await registrationCount(ended)).toBe(1);
  });

  it("refuses the replay once its window has closed (ReplayExpiredError), registering nobody", async () => {
    const fan = await viewer();
    const ended = await upcomingShow();
    await db()
      .updateTable("performances")
      .set({ status: "ENDED", scheduled_time: daysFromNow(-9), ended_at: daysFromNow(-8) })
      .where("id", "=", ended)
      .execute();

    const data = await executeOk(Register, { performanceId: ended }, { token: fan.token });

    expect(data.registerForPerformance.__typename).toBe("ReplayExpiredError");
    expect(await registrationCount(ended)).toBe(0);
  });

  it("answers an unknown show with NotFoundError", async () => {
    const fan = await viewer();
    const data = await executeOk(Register, { performanceId: "no-such-show" }, { token: fan.token });
    expect(expectTypename(data.registerForPerformance, "NotFoundError").message).toBe(
      "Performance no-such-show was not found",
    );
  });
});

describe("unregisterFromPerformance", () => {
  it("removes the registration; doing it again is harmless", async () => {
    const id = await upcomingShow();
    const fan = await viewer();
    await executeOk(Register, { performanceId: id }, { token: fan.token });

    const first = await executeOk(Unregister, { performanceId: id }, { token: fan.token });
    const again = await executeOk(Unregister, { performanceId: id }, { token: fan.token });

    expect(expectTypename(first.unregisterFromPerformance, "Performance")).toMatchObject({
      registrationCount: 0,
      viewerIsRegistered: false,
    });
    expect(again.unregisterFromPerformance.__typename).toBe("Performance");
  });

  it("only ever removes the caller's own registration", async () => {
    const id = await upcomingShow();
    const fan = await viewer();
    const other = await viewer();
    await executeOk(Register, { performanceId: id }, { token: fan.token });

    await executeOk(Unregister, { performanceId: id }, { token: other.token });

    expect(await registrationCount(id)).toBe(1);
  });

  it("asks a signed-out caller to sign in, and answers an unknown show with NotFoundError", async () => {
    const fan = await viewer();
    expect((await executeOk(Unregister, { performanceId: "x" })).unregisterFromPerformance.__typename).toBe(
      "UnauthenticatedError",
    );
    expect(
      (await executeOk(Unregister, { performanceId: "x" }, { token: fan.token })).unregisterFromPerformance.__typename,
    ).toBe("NotFoundError");
  });
});

describe("me.registrations", () => {
  it("lists the viewer's upcoming shows, and past ones on request", async () => {
    const fan = await viewer();
    const soon = await upcomingShow("Soon");
    const past = await upcomingShow("Already happened");
    await executeOk(Register, { performanceId: soon }, { token: fan.token });
    await executeOk(Register, { performanceId: past }, { token: fan.token });
    await db()
      .updateTable("performances")
      .set({ scheduled_time: daysFromNow(-3), status: "ENDED" })
      .where("id", "=", past)
      .execute();

    const upcoming = await executeOk(MyRegistrations, {}, { token: fan.token });
    const history = await executeOk(MyRegistrations, { when: "PAST" }, { token: fan.token });

    expect(upcoming.me?.registrations?.map((r) => r.performance?.title)).toEqual(["Soon"]);
    expect(history.me?.registrations?.map((r) => r.performance?.title)).toEqual(["Already happened"]);
  });
});

describe("Performance.registrations", () => {
  it("shows organizers who registered, with their emails", async () => {
    const id = await upcomingShow();
    const fan = await viewer();
    const boss = await organizer();
    await executeOk(Register, { performanceId: id }, { token: fan.token });

    const data = await executeOk(ShowRegistrations, { id }, { token: boss.token });

    expect(data.performance?.registrations?.edges.map((edge) => edge.node.viewer)).toEqual([
      { name: fan.user.name, email: fan.user.email },
    ]);
  });

  it("tells organizers who watched live, who watched the replay and who did not come", async () => {
    const id = await upcomingShow();
    const [live, replay, glimpse, absent] = [await viewer(), await viewer(), await viewer(), await viewer()];
    for (const fan of [live, replay, glimpse, absent])
      await executeOk(Register, { performanceId: id }, { token: fan.token });
    await upsertViewerSessions(db(), [
      watched(id, live.user.id, "LIVE", 600, 300),
      watched(id, live.user.id, "LIVE", 300), // after a reload
      watched(id, live.user.id, "LIVE", 200), // at the same time on a second device: counted once
      watched(id, replay.user.id, "REPLAY", 120),
      watched(id, glimpse.user.id, "LIVE", 20), // pressed play and left: no view, as in the funnel
    ]);

    const data = await executeOk(WhoWatched, { id }, { token: (await organizer()).token });

    const byEmail = new Map(
      data.performance?.registrations?.edges.map((edge) => [edge.node.viewer.email, edge.node.watching]),
    );
    expect(byEmail.get(live.user.email)).toEqual({
      watchedLive: true,
      watchedReplay: false,
      liveSeconds: 900,
      replaySeconds: 0,
    });
    expect(byEmail.get(replay.user.email)).toEqual({
      watchedLive: false,
      watchedReplay: true,
      liveSeconds: 0,
      replaySeconds: 120,
    });
    expect(byEmail.get(glimpse.user.email)).toMatchObject({ watchedLive: false, liveSeconds: 20 });
    expect(byEmail.get(absent.user.email)).toEqual({
      watchedLive: false,
      watchedReplay: false,
      liveSeconds: 0,
      replaySeconds: 0,
    });
  });

  it("shows a viewer what they watched of their own shows", async () => {
    const id = await upcomingShow();
    const fan = await viewer();
    await executeOk(Register, { performanceId: id }, { token: fan.token });
    await upsertViewerSessions(db(), [watched(id, fan.user.id, "LIVE", 45)]);

    const data = await executeOk(MyWatching, {}, { token: fan.token });

    expect(data.me?.registrations?.find((registration) => registration.performance?.id === id)?.watching).toEqual({
      watchedLive: true,
      liveSeconds: 45,
    });
  });

  it("is hidden from viewers, who still see the show and its count", async () => {
    const id = await upcomingShow();
    const fan = await viewer();
    await executeOk(Register, { performanceId: id }, { token: fan.token });

    const result = await execute(ShowRegistrations, { id }, { token: fan.token });

    expect(result.data?.performance).toEqual({ id, registrationCount: 1, registrations: null });
    expect(result.errors?.[0]).toMatchObject({
      path: ["performance", "registrations"],
      extensions: { code: "FORBIDDEN" },
    });
  });
});

describe("updateNotificationSettings", () => {
  it("changes only the settings given", async () => {
    const fan = await viewer();
    const data = await executeOk(
      UpdateSettings,
      { input: { browser: true, reminderMinutesBefore: 30 } },
      { token: fan.token },
    );
    expect(expectTypename(data.updateNotificationSettings, "NotificationSettings")).toEqual({
      __typename: "NotificationSettings",
      email: true,
      sms: false,
      browser: true,
      phoneNumber: null,
      reminderMinutesBefore: 30,
    });
  });

  it("explains bad settings (SMS without a phone, a malformed number, an absurd reminder) and keeps the old ones", async () => {
    const fan = await viewer();
    const smsWithoutPhone = await executeOk(UpdateSettings, { input: { sms: true } }, { token: fan.token });
    const bad = await executeOk(
      UpdateSettings,
      { input: { phoneNumber: "555-1234", reminderMinutesBefore: 0 } },
      { token: fan.token },
    );

    expect(expectTypename(smsWithoutPhone.updateNotificationSettings, "ValidationError").issues).toEqual([
      { path: ["input", "phoneNumber"], message: "SMS needs a phone number" },
    ]);
    expect(expectTypename(bad.updateNotificationSettings, "ValidationError").issues).toEqual([
      { path: ["input", "phoneNumber"], message: "must be an E.164 number such as +15551234567" },
      { path: ["input", "reminderMinutesBefore"], message: "must be at least 5" },
    ]);
    const row = await db()
      .selectFrom("notification_settings")
      .selectAll()
      .where("user_id", "=", fan.user.id)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it("asks a signed-out caller to sign in", async () => {
    const data = await executeOk(UpdateSettings, { input: { email: false } });
    expect(data.updateNotificationSettings.__typename).toBe("UnauthenticatedError");
  });
});
