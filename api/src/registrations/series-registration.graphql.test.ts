import { describe, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { appDeps, daysFromNow, db, organizer, viewer } from "../../test/fixtures";
import {
  cancelPerformance,
  createPerformance,
  extendSeries,
  updatePerformance,
} from "../performances/scheduling.service";

const RegisterForSeries = graphql(`
  mutation SeriesRegister($seriesId: ID!, $preferences: NotificationPreferencesInput) {
    registerForSeries(seriesId: $seriesId, notificationPreferences: $preferences) {
      __typename
      ... on SeriesRegistration {
        registeredAt
        series {
          id
          title
          viewerRegistration {
            notificationPreferences {
              email
              sms
            }
          }
        }
        notificationPreferences {
          email
          sms
          browser
        }
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

const UnregisterFromSeries = graphql(`
  mutation SeriesUnregister($seriesId: ID!) {
    unregisterFromSeries(seriesId: $seriesId) {
      __typename
      ... on PerformanceSeries {
        id
        viewerRegistration {
          registeredAt
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** A weekly series of `occurrences` shows (or open-ended), starting in a few days; returns its id and shows. */
async function weeklySeries(options: { occurrences?: number; now?: string } = {}) {
  const { user } = await organizer();
  const first = await createPerformance(appDeps({ now: options.now }), user.id, {
    title: "Friday Night Fire",
    scheduledTime: daysFromNow(3),
    durationMinutes: 60,
    repeatWeekly: options.occurrences ? { occurrences: options.occurrences } : {},
  });
  const seriesId = first.series_id ?? "";
  return { seriesId, organizerId: user.id, shows: await showsOf(seriesId) };
}

function showsOf(seriesId: string) {
  return db()
    .selectFrom("performances")
    .select(["id", "status", "scheduled_time"])
    .where("series_id", "=", seriesId)
    .orderBy("scheduled_time")
    .execute();
}

async function registeredShows(userId: string, seriesId: string): Promise<string[]> {
  const rows = await db()
    .selectFrom("performance_viewers")
    .innerJoin("performances", "performances.id", "performance_viewers.performance_id")
    .select("performances.id")
    .where("performance_viewers.user_id", "=", userId)
    .where("performances.series_id", "=", seriesId)
    .orderBy("performances.scheduled_time")
    .execute();
  return rows.map((row) => row.id);
}

describe("registerForSeries", () => {
  it("registers the fan for every show of the series still to come, in one action", async () => {
    const { seriesId, shows } = await weeklySeries({ occurrences: 4 });
    const fan = await viewer();

    const data = await executeOk(RegisterForSeries, { seriesId }, { token: fan.token });

    const registration = expectTypename(data.registerForSeries, "SeriesRegistration");
    expect(registration.series).toMatchObject({ id: seriesId, title: "Friday Night Fire" });
    expect(registration.series.viewerRegistration?.notificationPreferences).toEqual({ email: true, sms: false });
    expect(await registeredShows(fan.user.id, seriesId)).toEqual(shows.map((show) => show.id));
  });

  it("skips cancelled and ended shows", async () => {
    const { seriesId, shows } = await weeklySeries({ occurrences: 3 });
    const [first, second, third] = shows;
    await cancelPerformance(appDeps(), second?.id ?? "", "THIS_PERFORMANCE");
    await db()
      .updateTable("performances")
      .set({ status: "ENDED" })
      .where("id", "=", first?.id ?? "")
      .execute();
    const fan = await viewer();

    await executeOk(RegisterForSeries, { seriesId }, { token: fan.token });

    expect(await registeredShows(fan.user.id, seriesId)).toEqual([third?.id]);
  });

  it("gives shows written later (the daily extension) the registration too", async () => {
    const { seriesId, shows } = await weeklySeries();
    const fan = await viewer();
    const other = await viewer();
    await executeOk(RegisterForSeries, { seriesId }, { token: fan.token });

    await extendSeries(appDeps({ now: new Date(Date.now() + 21 * 86_400_000) }));

    const after = await showsOf(seriesId);
    expect(after.length).toBeGreaterThan(shows.length);
    expect(await registeredShows(fan.user.id, seriesId)).toEqual(after.map((show) => show.id));
    expect(await registeredShows(other.user.id, seriesId)).toEqual([]);
  });

  it("follows the later shows when an edit of this and following splits the series", async () => {
    const { seriesId, shows } = await weeklySeries();
    const fan = await viewer();
    await executeOk(RegisterForSeries, { seriesId }, { token: fan.token });
    const third = shows[2];

    await updatePerformance(appDeps(), third?.id ?? "", { title: "Friday Night Fire II" }, "THIS_AND_FOLLOWING");
    const [moved] = await db()
      .selectFrom("performances")
      .select("series_id")
      .where("id", "=", third?.id ?? "")
      .execute();
    const newSeries = moved?.series_id ?? "";
    expect(newSeries).not.toBe(seriesId);
    await extendSeries(appDeps({ now: new Date(Date.now() + 21 * 86_400_000) }));

    const later = await showsOf(newSeries);
    expect(await registeredShows(fan.user.id, newSeries)).toEqual(later.map((show) => show.id));
  });

  it("updates the preferences of every show when registering again, and adds no duplicate", async () => {
    const { seriesId, shows } = await weeklySeries({ occurrences: 2 });
    const fan = await viewer();
    await executeOk(RegisterForSeries, { seriesId }, { token: fan.token });

    const again = await executeOk(
      RegisterForSeries,
      { seriesId, preferences: { email: false, browser: true } },
      { token: fan.token },
    );

    expect(expectTypename(again.registerForSeries, "SeriesRegistration").notificationPreferences).toEqual({
      email: false,
      sms: false,
      browser: true,
    });
    const rows = await db()
      .selectFrom("performance_viewers")
      .select("notification_preferences")
      .where("user_id", "=", fan.user.id)
      .execute();
    expect(rows).toHaveLength(shows.length);
    expect(rows.every((row) => JSON.parse(row.notification_preferences).browser === true)).toBe(true);
  });

  it("registers once when the fan asks twice at the same time", async () => {
    const { seriesId, shows } = await weeklySeries({ occurrences: 3 });
    const fan = await viewer();

    const results = await Promise.all([
      executeOk(RegisterForSeries, { seriesId }, { token: fan.token }),
      executeOk(RegisterForSeries, { seriesId }, { token: fan.token }),
    ]);

    expect(results.map((r) => r.registerForSeries.__typename)).toEqual(["SeriesRegistration", "SeriesRegistration"]);
    expect(await registeredShows(fan.user.id, seriesId)).toEqual(shows.map((show) => show.id));
  });

  it("needs a signed-in fan", async () => {
    const { seriesId, shows } = await weeklySeries({ occurrences: 2 });
    const result = await execute(RegisterForSeries, { seriesId });
    expect(result.data?.registerForSeries.__typename).toBe("UnauthenticatedError");
    const count = await db()
      .selectFrom("performance_viewers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where(
        "performance_id",
        "in",
        shows.map((show) => show.id),
      )
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(0);
  });

  it("refuses an unknown series, a series that is over and SMS without a phone number, changing nothing", async () => {
    const fan = await viewer();
    const unknown = await executeOk(RegisterForSeries, { seriesId: "no-such-series" }, { token: fan.token });
    expect(unknown.registerForSeries.__typename).toBe("NotFoundError");

    const { seriesId, shows } = await weeklySeries({ occurrences: 2 });
    const sms = await executeOk(RegisterForSeries, { seriesId, preferences: { sms: true } }, { token: fan.token });
    expect(expectTypename(sms.registerForSeries, "ValidationError").issues[0]?.path).toEqual([
      "notificationPreferences",
      "sms",
    ]);
    await cancelPerformance(appDeps(), shows[0]?.id ?? "", "THIS_AND_FOLLOWING");
    const over = await executeOk(RegisterForSeries, { seriesId }, { token: fan.token });
    expect(expectTypename(over.registerForSeries, "ConflictError").message).toMatch(/over/);
    expect(await registeredShows(fan.user.id, seriesId)).toEqual([]);
  });

  it("answers an id of any length with NotFoundError", async () => {
    const fan = await viewer();
    const data = await executeOk(RegisterForSeries, { seriesId: "x".repeat(10_000) }, { token: fan.token });
    expect(data.registerForSeries.__typename).toBe("NotFoundError");
  });

  it("counts against the per-viewer registration limit", async () => {
    const { seriesId } = await weeklySeries({ occurrences: 2 });
    const fan = await viewer();
    const types = [];
    for (let i = 0; i < 11; i++) {
      types.push((await executeOk(RegisterForSeries, { seriesId }, { token: fan.token })).registerForSeries.__typename);
    }
    expect(types.slice(0, 10).every((type) => type === "SeriesRegistration")).toBe(true);
    expect(types[10]).toBe("RateLimitedError");
  });
});

describe("unregisterFromSeries", () => {
  it("removes the shows still to come and stops later ones inheriting, keeping shows already over", async () => {
    const { seriesId, shows } = await weeklySeries();
    const fan = await viewer();
    await executeOk(RegisterForSeries, { seriesId }, { token: fan.token });
    const first = shows[0]?.id ?? "";
    await db().updateTable("performances").set({ status: "ENDED" }).where("id", "=", first).execute();

    const data = await executeOk(UnregisterFromSeries, { seriesId }, { token: fan.token });

    expect(expectTypename(data.unregisterFromSeries, "PerformanceSeries").viewerRegistration).toBeNull();
    expect(await registeredShows(fan.user.id, seriesId)).toEqual([first]);
    await extendSeries(appDeps({ now: new Date(Date.now() + 21 * 86_400_000) }));
    expect(await registeredShows(fan.user.id, seriesId)).toEqual([first]);
  });

  it("is harmless when not registered, and does not touch other fans", async () => {
    const { seriesId, shows } = await weeklySeries({ occurrences: 2 });
    const fan = await viewer();
    const other = await viewer();
    await executeOk(RegisterForSeries, { seriesId }, { token: other.token });

    const data = await executeOk(UnregisterFromSeries, { seriesId }, { token: fan.token });

    expect(data.unregisterFromSeries.__typename).toBe("PerformanceSeries");
    expect(await registeredShows(other.user.id, seriesId)).toEqual(shows.map((show) => show.id));
  });

  it("needs a signed-in fan and a series that exists", async () => {
    const { seriesId } = await weeklySeries({ occurrences: 2 });
    const fan = await viewer();
    await executeOk(RegisterForSeries, { seriesId }, { token: fan.token });

    const signedOut = await execute(UnregisterFromSeries, { seriesId });
    expect(signedOut.data?.unregisterFromSeries.__typename).toBe("UnauthenticatedError");
    const unknown = await executeOk(UnregisterFromSeries, { seriesId: "nope" }, { token: fan.token });
    expect(unknown.unregisterFromSeries.__typename).toBe("NotFoundError");
    expect((await registeredShows(fan.user.id, seriesId)).length).toBe(2);
  });
});
