import { describe, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { executeOk, expectTypename } from "../../test/graphql-client";
import { appDeps, daysFromNow, db, organizer, viewer } from "../../test/fixtures";
import { createPerformance } from "../performances/scheduling.service";

const PrivacySetUp = graphql(`
  mutation PrivacySetUp($seriesId: ID!, $email: String!) {
    registerForSeries(seriesId: $seriesId) {
      __typename
    }
    rotateCalendarFeed {
      __typename
      ... on User {
        calendarFeedUrl
      }
    }
    requestPasswordReset(email: $email) {
      __typename
    }
  }
`);

const PrivacyExport = graphql(`
  query PrivacyExport {
    exportMyData
  }
`);

const PrivacyDelete = graphql(`
  mutation PrivacyDelete($password: String) {
    deleteAccount(input: { password: $password }) {
      __typename
    }
  }
`);

const PrivacyFeed = graphql(`
  query PrivacyFeed($token: String!) {
    calendarFeed(token: $token) {
      reminderMinutesBefore
    }
  }
`);

const rowsOf = async (userId: string) => ({
  links: await db().selectFrom("account_links").select("id").where("user_id", "=", userId).execute(),
  series: await db().selectFrom("series_registrations").select("series_id").where("user_id", "=", userId).execute(),
  feeds: await db().selectFrom("calendar_feeds").select("feed_id").where("user_id", "=", userId).execute(),
});

describe("a fan's series registrations, calendar feed and emailed links", () => {
  it("are in their data export, and go with the account when it is deleted (the feed URL stops working)", async () => {
    const { user } = await organizer();
    const first = await createPerformance(appDeps(), user.id, {
      title: "Weekly Embers",
      scheduledTime: daysFromNow(2),
      durationMinutes: 60,
      repeatWeekly: { occurrences: 2 },
    });
    const fan = await viewer();
    const set = await executeOk(
      PrivacySetUp,
      { seriesId: first.series_id ?? "", email: fan.user.email },
      { token: fan.token },
    );
    const feedUrl = expectTypename(set.rotateCalendarFeed, "User").calendarFeedUrl ?? "";
    const token = /\/calendar\/([^/]+)\.ics$/.exec(feedUrl)?.[1] ?? "";

    const exported = JSON.parse((await executeOk(PrivacyExport, {}, { token: fan.token })).exportMyData);
    expect(exported.seriesRegistrations).toEqual([expect.objectContaining({ title: "Weekly Embers" })]);
    expect(exported.calendarFeed).toEqual({ createdAt: expect.any(String) });
    const before = await rowsOf(fan.user.id);
    expect([before.links.length, before.series.length, before.feeds.length]).toEqual([1, 1, 1]);

    const deleted = await executeOk(PrivacyDelete, { password: fan.password }, { token: fan.token });

    expect(deleted.deleteAccount.__typename).toBe("DeleteAccountPayload");
    expect(await rowsOf(fan.user.id)).toEqual({ links: [], series: [], feeds: [] });
    expect((await executeOk(PrivacyFeed, { token })).calendarFeed).toBeNull();
  });
});
