import { describe, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { appDeps, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { cancelPerformance } from "../performances/scheduling.service";
import { register } from "./registrations.service";

const FeedUrl = graphql(`
  query FeedUrl {
    me {
      calendarFeedUrl
    }
  }
`);

const RotateFeed = graphql(`
  mutation FeedRotate {
    rotateCalendarFeed {
      __typename
      ... on User {
        calendarFeedUrl
      }
      ... on Error {
        message
      }
    }
  }
`);

const RevokeFeed = graphql(`
  mutation FeedRevoke {
    revokeCalendarFeed {
      __typename
      ... on User {
        calendarFeedUrl
      }
    }
  }
`);

const Feed = graphql(`
  query Feed($token: String!) {
    calendarFeed(token: $token) {
      reminderMinutesBefore
      performances {
        id
        status
      }
    }
  }
`);

const FeedOfRegistrant = graphql(`
  query FeedOfRegistrant($id: ID!) {
    performance(id: $id) {
      registrations {
        edges {
          node {
            viewer {
              calendarFeedUrl
            }
          }
        }
      }
    }
  }
`);

const tokenOf = (url: string | null | undefined) => {
  const match = /^webcal:\/\/[^/]+\/calendar\/([^/]+)\.ics$/.exec(url ?? "");
  if (!match?.[1]) throw new Error(`not a feed URL: ${url}`);
  return match[1];
};

async function rotated(token: string): Promise<string> {
  const data = await executeOk(RotateFeed, {}, { token });
  return tokenOf(expectTypename(data.rotateCalendarFeed, "User").calendarFeedUrl);
}

describe("the calendar feed", () => {
  it("has no URL until the fan starts it; then a webcal URL serves their registered shows without any session", async () => {
    const fan = await viewer();
    expect((await executeOk(FeedUrl, {}, { token: fan.token })).me?.calendarFeedUrl).toBeNull();
    const upcoming = await insertPerformance({ title: "Feed show" });
    const cancelled = await insertPerformance({ title: "Cancelled feed show" });
    const notMine = await insertPerformance();
    for (const performanceId of [upcoming, cancelled]) {
      await register(appDeps(), { performanceId, userId: fan.user.id, preferences: null });
    }
    await cancelPerformance(appDeps(), cancelled, "THIS_PERFORMANCE");

    const token = await rotated(fan.token);
    const feed = (await executeOk(Feed, { token })).calendarFeed;

    expect(feed?.reminderMinutesBefore).toBe(60);
    expect(feed?.performances.map((show) => show.id).sort()).toEqual([upcoming, cancelled].sort());
    expect(feed?.performances.find((show) => show.id === cancelled)?.status).toBe("CANCELLED");
    expect(feed?.performances.some((show) => show.id === notMine)).toBe(false);
    expect((await executeOk(FeedUrl, {}, { token: fan.token })).me?.calendarFeedUrl).toContain(token);
  });

  it("stops answering the old URL once rotated, and any URL once revoked", async () => {
    const fan = await viewer();
    const first = await rotated(fan.token);
    const second = await rotated(fan.token);

    expect(second).not.toBe(first);
    expect((await executeOk(Feed, { token: first })).calendarFeed).toBeNull();
    expect((await executeOk(Feed, { token: second })).calendarFeed).not.toBeNull();

    const revoked = await executeOk(RevokeFeed, {}, { token: fan.token });
    expect(expectTypename(revoked.revokeCalendarFeed, "User").calendarFeedUrl).toBeNull();
    expect((await executeOk(Feed, { token: second })).calendarFeed).toBeNull();
  });

  it("answers null to an altered, unsigned, garbled or huge token", async () => {
    const fan = await viewer();
    const token = await rotated(fan.token);
    const [feedId = "", signature = ""] = token.split(".");
    const flipped = `${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;

    for (const bad of [`${feedId}.${flipped}`, feedId, `${feedId}.`, `${token}.x`, "%%%.***", "x".repeat(5000)]) {
      expect((await executeOk(Feed, { token: bad })).calendarFeed, bad).toBeNull();
    }
  });

  it("keeps one working URL when two rotations race", async () => {
    const fan = await viewer();
    const [a, b] = await Promise.all([rotated(fan.token), rotated(fan.token)]);
    const current = tokenOf((await executeOk(FeedUrl, {}, { token: fan.token })).me?.calendarFeedUrl);

    expect([a, b]).toContain(current);
    const working = [];
    for (const token of new Set([a, b])) if ((await executeOk(Feed, { token })).calendarFeed) working.push(token);
    expect(working).toEqual([current]);
  });

  it("needs a signed-in user to start, rotate or revoke", async () => {
    expect((await execute(RotateFeed, {})).data?.rotateCalendarFeed.__typename).toBe("UnauthenticatedError");
    expect((await execute(RevokeFeed, {})).data?.revokeCalendarFeed.__typename).toBe("UnauthenticatedError");
  });

  it("shows the URL to its owner only, not even to organizers", async () => {
    const fan = await viewer();
    await rotated(fan.token);
    const show = await insertPerformance();
    await register(appDeps(), { performanceId: show, userId: fan.user.id, preferences: null });
    const { token } = await organizer();

    const result = await execute(FeedOfRegistrant, { id: show }, { token });

    expect(result.data?.performance?.registrations?.edges[0]?.node.viewer.calendarFeedUrl).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
