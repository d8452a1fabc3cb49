import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { CountingD1 } from "../../test/counting-d1";
import { daysFromNow, db, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import type { PerformancesQuery } from "../../test/graphql/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { findPerformance } from "./performances.repository";
import { wallClockOf } from "../wall-clock";

const PerformanceFields = `
  id
  title
  description
  scheduledTime
  endTime
  durationMinutes
  status
  thumbnailUrl
  registrationCount
  viewerIsRegistered
  series { id weekday localTime timeZone endsOn }
`;

const CreatePerformance = graphql(`
  mutation CreatePerformance($input: CreatePerformanceInput!) {
    createPerformance(input: $input) {
      __typename
      ... on Performance {
        id
        title
        description
        scheduledTime
        endTime
        durationMinutes
        status
        thumbnailUrl
        series {
          id
          weekday
          localTime
          timeZone
          endsOn
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

const UpdatePerformance = graphql(`
  mutation UpdatePerformance($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {
    updatePerformance(id: $id, input: $input, scope: $scope) {
      __typename
      ... on Performance {
        id
        title
        scheduledTime
        durationMinutes
        thumbnailUrl
        series {
          id
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

const CancelPerformance = graphql(`
  mutation CancelPerformance($id: ID!, $scope: SeriesScope) {
    cancelPerformance(id: $id, scope: $scope) {
      __typename
      ... on Performance {
        id
        status
        cancelledAt
      }
      ... on IllegalTransitionError {
        attemptedAction
        action
      }
      ... on Error {
        message
      }
    }
  }
`);

const Performances = graphql(`
  query Performances($from: DateTime, $to: DateTime, $first: Int, $after: String, $status: [PerformanceStatus!]) {
    performances(from: $from, to: $to, first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          title
          scheduledTime
          status
          registrationCount
          viewerIsRegistered
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RegisterForCount = graphql(`
  mutation RegisterForCount($performanceId: ID!) {
    registerForPerformance(performanceId: $performanceId) {
      __typename
    }
  }
`);

void PerformanceFields;

const show = (overrides: Record<string, unknown> = {}) => ({
  title: "Fire Spinning Night",
  description: "Poi, staff and fans.",
  scheduledTime: daysFromNow(3),
  durationMinutes: 90,
  ...overrides,
});

async function countPerformances(): Promise<number> {
  const row = await db()
    .selectFrom("performances")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

describe("createPerformance", () => {
  it("lets an organizer schedule a show, which then appears in the upcoming calendar", async () => {
    const { token } = await organizer();
    const input = show({ scheduledTime: "2027-01-15T20:00:00-06:00" });

    const created = expectTypename(
      (await executeOk(CreatePerformance, { input }, { token })).createPerformance,
      "Performance",
    );

    expect(created).toMatchObject({
      title: "Fire Spinning Night",
      description: "Poi, staff and fans.",
      scheduledTime: "2027-01-16T02:00:00.000Z",
      endTime: "2027-01-16T03:30:00.000Z",
      durationMinutes: 90,
      status: "SCHEDULED",
      thumbnailUrl: null,
      series: null,
    });
    const calendar = await executeOk(Performances, { first: 100 });
    expect(calendar.performances.edges.map((edge) => edge.node.id)).toContain(created.id);
  });

  it("creates a weekly series whose shows stay at the same local time", async () => {
    const { token } = await organizer();
    const first = "2027-01-08T20:00:00-06:00"; // a Friday, 8 pm in Chicago
    const created = expectTypename(
      (
        await executeOk(
          CreatePerformance,
          { input: show({ title: "Friday Fire", scheduledTime: first, repeatWeekly: { occurrences: 4 } }) },
          { token },
        )
      ).createPerformance,
      "Performance",
    );

    expect(created.series).toMatchObject({
      weekday: "FRIDAY",
      localTime: "20:00",
      timeZone: "America/Chicago",
      endsOn: "2027-01-29",
    });
    const shows = await executeOk(Performances, {
      from: "2027-01-01T00:00:00Z",
      to: "2027-02-28T00:00:00Z",
      first: 100,
    });
    const times = shows.performances.edges
      .filter((edge) => edge.node.title === "Friday Fire")
      .map((edge) => edge.node.scheduledTime);
    expect(times).toEqual([
      "2027-01-09T02:00:00.000Z",
      "2027-01-16T02:00:00.000Z",
      "2027-01-23T02:00:00.000Z",
      "2027-01-30T02:00:00.000Z",
    ]);
  });

  it("stores an uploaded thumbnail in R2 and serves it from its URL", async () => {
    const { token } = await organizer();
    const png = new File([PNG_1x1], "poster.png", { type: "image/png" });

    const result = await execute(
      CreatePerformance,
      { input: show({ thumbnail: null }) },
      { token, files: { "input.thumbnail": png } },
    );

    const created = expectTypename(result.data?.createPerformance, "Performance");
    expect(created.thumbnailUrl).toMatch(
      /^https:\/\/firestream\.example\.com\/api\/media\/thumbnails\/[0-9a-f-]+\.png$/,
    );
    const image = await exports.default.fetch(created.thumbnailUrl ?? "");
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG_1x1);
  });

  it("refuses a file that is not an image, by its content, and writes nothing", async () => {
    const { token } = await organizer();
    const before = await countPerformances();
    const fake = new File(["<script>alert(1)</script>"], "poster.png", { type: "image/png" });

    const result = await execute(
      CreatePerformance,
      { input: show({ thumbnail: null }) },
      { token, files: { "input.thumbnail": fake } },
    );

    expect(expectTypename(result.data?.createPerformance, "ValidationError").issues).toEqual([
      { path: ["input", "thumbnail"], message: "must be a JPEG, PNG, WebP or AVIF image" },
    ]);
    expect(await countPerformances()).toBe(before);
  });

  it("asks a signed-out caller to sign in, and writes nothing", async () => {
    const before = await countPerformances();
    const data = await executeOk(CreatePerformance, { input: show() });
    expect(expectTypename(data.createPerformance, "UnauthenticatedError").message).toBe("Sign in to do this");
    expect(await countPerformances()).toBe(before);
  });

  it("forbids viewers from scheduling, and writes nothing", async () => {
    const { token } = await viewer();
    const before = await countPerformances();
    const data = await executeOk(CreatePerformance, { input: show() }, { token });
    expect(data.createPerformance.__typename).toBe("ForbiddenError");
    expect(await countPerformances()).toBe(before);
  });

  it("explains each bad field (empty title, negative duration, past date) and writes nothing", async () => {
    const { token } = await organizer();
    const before = await countPerformances();
    const input = show({
      title: "   ",
      durationMinutes: -5,
      scheduledTime: daysFromNow(-2),
      description: "x".repeat(5001),
    });

    const data = await executeOk(CreatePerformance, { input }, { token });

    expect(expectTypename(data.createPerformance, "ValidationError").issues).toEqual(
      expect.arrayContaining([
        { path: ["input", "title"], message: "must not be empty" },
        { path: ["input", "durationMinutes"], message: "must be at least 1 minute" },
        { path: ["input", "scheduledTime"], message: "must not be in the past" },
        { path: ["input", "description"], message: "must be at most 5000 characters" },
      ]),
    );
    expect(await countPerformances()).toBe(before);
  });

  it("rejects a date without a time zone offset before anything runs", async () => {
    const { token } = await organizer();
    const result = await execute(CreatePerformance, { input: show({ scheduledTime: "2027-01-15 20:00" }) }, { token });
    expect(result.errors?.[0]?.message).toMatch(/Expected a date and time with a time zone offset/);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.data).toBeUndefined();
  });

  it("refuses a repeat with both an end date and a count", async () => {
    const { token } = await organizer();
    const data = await executeOk(
      CreatePerformance,
      { input: show({ repeatWeekly: { until: "2027-06-01", occurrences: 3 } }) },
      { token },
    );
    expect(expectTypename(data.createPerformance, "ValidationError").issues[0]?.message).toBe(
      "give either until or occurrences, not both",
    );
  });
});

describe("updatePerformance", () => {
  async function scheduled(token: string, overrides: Record<string, unknown> = {}) {
    return expectTypename(
      (await executeOk(CreatePerformance, { input: show(overrides) }, { token })).createPerformance,
      "Performance",
    );
  }

  it("changes only the fields given", async () => {
    const { token } = await organizer();
    const created = await scheduled(token);

    const data = await executeOk(
      UpdatePerformance,
      { id: created.id, input: { title: "Fire & Ice", durationMinutes: 60 } },
      { token },
    );

    expect(expectTypename(data.updatePerformance, "Performance")).toMatchObject({
      title: "Fire & Ice",
      durationMinutes: 60,
      scheduledTime: created.scheduledTime,
    });
  });

  it("moves this and the following shows of a series, keeping the earlier ones where they were", async () => {
    const { token } = await organizer();
    const first = await scheduled(token, {
      scheduledTime: "2027-02-05T20:00:00-06:00",
      repeatWeekly: { occurrences: 4 },
    });
    const series = (
      await executeOk(Performances, { from: "2027-02-01T00:00:00Z", to: "2027-03-31T00:00:00Z", first: 100 })
    ).performances.edges
      .map((edge) => edge.node)
      .filter((node) => node.title === first.title);
    const second = series[1];
    if (!second) throw new Error("series has a second show");

    // From the second show on: Saturdays at 7 pm instead of Fridays at 8 pm, with a new title.
    const data = await executeOk(
      UpdatePerformance,
      {
        id: second.id,
        input: { scheduledTime: "2027-02-13T19:00:00-06:00", title: "Saturday Fire" },
        scope: "THIS_AND_FOLLOWING",
      },
      { token },
    );

    const moved = expectTypename(data.updatePerformance, "Performance");
    expect(moved.series?.id).not.toBe(first.series?.id);
    const after = (
      await executeOk(Performances, { from: "2027-02-01T00:00:00Z", to: "2027-03-31T00:00:00Z", first: 100 })
    ).performances.edges.map((edge) => [edge.node.title, wallClockOf(edge.node.scheduledTime, "America/Chicago")]);
    expect(after).toEqual([
      [first.title, { date: "2027-02-05", time: "20:00", weekday: 5 }],
      ["Saturday Fire", { date: "2027-02-13", time: "19:00", weekday: 6 }],
      ["Saturday Fire", { date: "2027-02-20", time: "19:00", weekday: 6 }],
      ["Saturday Fire", { date: "2027-02-27", time: "19:00", weekday: 6 }],
    ]);
  });

  it("refuses to edit a cancelled show", async () => {
    const { token } = await organizer();
    const created = await scheduled(token);
    await executeOk(CancelPerformance, { id: created.id }, { token });

    const data = await executeOk(UpdatePerformance, { id: created.id, input: { title: "Back on" } }, { token });

    expect(expectTypename(data.updatePerformance, "ConflictError").message).toBe(
      "A cancelled performance cannot be edited",
    );
  });

  it("answers an unknown id with NotFoundError", async () => {
    const { token } = await organizer();
    const data = await executeOk(UpdatePerformance, { id: "nope", input: { title: "x" } }, { token });
    expect(expectTypename(data.updatePerformance, "NotFoundError").message).toBe("Performance nope was not found");
  });

  it("asks a signed-out caller to sign in and forbids viewers, changing nothing", async () => {
    const { token } = await organizer();
    const created = await scheduled(token);
    const fan = await viewer();

    const anonymous = await executeOk(UpdatePerformance, { id: created.id, input: { title: "Hacked" } });
    const forbidden = await executeOk(
      UpdatePerformance,
      { id: created.id, input: { title: "Hacked" } },
      { token: fan.token },
    );

    expect(anonymous.updatePerformance.__typename).toBe("UnauthenticatedError");
    expect(forbidden.updatePerformance.__typename).toBe("ForbiddenError");
    expect((await findPerformance(db(), created.id))?.title).toBe(created.title);
  });

  it("rejects an over-long title and changes nothing", async () => {
    const { token } = await organizer();
    const created = await scheduled(token);
    const data = await executeOk(UpdatePerformance, { id: created.id, input: { title: "x".repeat(121) } }, { token });
    expect(expectTypename(data.updatePerformance, "ValidationError").issues).toEqual([
      { path: ["input", "title"], message: "must be at most 120 characters" },
    ]);
    expect((await findPerformance(db(), created.id))?.title).toBe(created.title);
  });
});

describe("cancelPerformance", () => {
  it("cancels a show; cancelling again changes nothing", async () => {
    const { token } = await organizer();
    const created = expectTypename(
      (await executeOk(CreatePerformance, { input: show() }, { token })).createPerformance,
      "Performance",
    );

    const first = expectTypename(
      (await executeOk(CancelPerformance, { id: created.id }, { token })).cancelPerformance,
      "Performance",
    );
    const again = expectTypename(
      (await executeOk(CancelPerformance, { id: created.id }, { token })).cancelPerformance,
      "Performance",
    );

    expect(first.status).toBe("CANCELLED");
    expect(again.cancelledAt).toBe(first.cancelledAt);
  });

  it("cancels the rest of a series from one show on, leaving earlier shows scheduled", async () => {
    const { token } = await organizer();
    const created = expectTypename(
      (
        await executeOk(
          CreatePerformance,
          {
            input: show({
              title: "Tuesday Juggling",
              scheduledTime: "2027-03-02T18:00:00-06:00",
              repeatWeekly: { occurrences: 3 },
            }),
          },
          { token },
        )
      ).createPerformance,
      "Performance",
    );
    const all = async () =>
      (
        await executeOk(Performances, { from: "2027-03-01T00:00:00Z", to: "2027-04-01T00:00:00Z", first: 100 })
      ).performances.edges
        .map((edge) => edge.node)
        .filter((node) => node.title === "Tuesday Juggling");
    const second = (await all())[1];

    await executeOk(CancelPerformance, { id: second?.id ?? "", scope: "THIS_AND_FOLLOWING" }, { token });

    expect((await all()).map((node) => node.status)).toEqual(["SCHEDULED", "CANCELLED", "CANCELLED"]);
    expect(created.series?.endsOn).toBe("2027-03-16");
  });

  it("answers an unknown id with NotFoundError, a signed-out caller with UnauthenticatedError and a viewer with ForbiddenError", async () => {
    const { token } = await organizer();
    const fan = await viewer();
    const created = expectTypename(
      (await executeOk(CreatePerformance, { input: show() }, { token })).createPerformance,
      "Performance",
    );

    expect((await executeOk(CancelPerformance, { id: "missing" }, { token })).cancelPerformance.__typename).toBe(
      "NotFoundError",
    );
    expect((await executeOk(CancelPerformance, { id: created.id })).cancelPerformance.__typename).toBe(
      "UnauthenticatedError",
    );
    expect(
      (await executeOk(CancelPerformance, { id: created.id }, { token: fan.token })).cancelPerformance.__typename,
    ).toBe("ForbiddenError");
    expect((await findPerformance(db(), created.id))?.status).toBe("SCHEDULED");
  });

  it("refuses to cancel a show that is already over", async () => {
    const { token } = await organizer();
    const created = expectTypename(
      (await executeOk(CreatePerformance, { input: show() }, { token })).createPerformance,
      "Performance",
    );
    await db().updateTable("performances").set({ status: "ENDED" }).where("id", "=", created.id).execute();

    const data = await executeOk(CancelPerformance, { id: created.id }, { token });

    expect(expectTypename(data.cancelPerformance, "IllegalTransitionError")).toMatchObject({
      message: "This performance is over: it cannot be cancelled",
      attemptedAction: "CANCEL",
      action: "cancel",
    });
  });
});

describe("performances", () => {
  it("lists upcoming shows in time order by default, including one on now and excluding finished ones", async () => {
    const { token } = await organizer();
    const make = (title: string, scheduledTime: string, durationMinutes = 60) =>
      db()
        .insertInto("performances")
        .values({
          id: crypto.randomUUID(),
          title,
          scheduled_time: scheduledTime,
          duration_minutes: durationMinutes,
          created_at: scheduledTime,
          updated_at: scheduledTime,
        })
        .execute();
    await make("Finished", daysFromNow(0, -3));
    await make("On now", daysFromNow(0, -0.5));
    await make("Tomorrow", daysFromNow(1));
    await make("Today later", daysFromNow(0, 2));

    const titles = (await executeOk(Performances, { first: 100 }, { token })).performances.edges.map(
      (edge) => edge.node.title,
    );

    expect(titles.filter((title) => ["Finished", "On now", "Tomorrow", "Today later"].includes(title))).toEqual([
      "On now",
      "Today later",
      "Tomorrow",
    ]);
  });

  it("pages through a range with first/after without skipping or repeating", async () => {
    const { token } = await organizer();
    await executeOk(
      CreatePerformance,
      { input: show({ title: "Pager", scheduledTime: "2027-05-03T20:00:00-05:00", repeatWeekly: { occurrences: 5 } }) },
      { token },
    );
    const range = { from: "2027-05-01T00:00:00Z", to: "2027-06-15T00:00:00Z" };

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: PerformancesQuery = await executeOk(Performances, { ...range, first: 2, after });
      seen.push(...page.performances.edges.map((edge) => edge.node.scheduledTime));
      if (!page.performances.pageInfo.hasNextPage) break;
      after = page.performances.pageInfo.endCursor ?? null;
    }

    expect(seen).toHaveLength(5);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(5);
  });

  it("rejects a cursor it did not make and a range that ends before it starts", async () => {
    const badCursor = await execute(Performances, { after: "garbage" });
    const backwards = await execute(Performances, { from: "2027-02-01T00:00:00Z", to: "2027-01-01T00:00:00Z" });
    expect(badCursor.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(backwards.errors?.[0]).toMatchObject({
      message: "`to` must be after `from`",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("filters by status", async () => {
    const { token } = await organizer();
    const kept = expectTypename(
      (await executeOk(CreatePerformance, { input: show({ title: "Kept" }) }, { token })).createPerformance,
      "Performance",
    );
    const dropped = expectTypename(
      (await executeOk(CreatePerformance, { input: show({ title: "Dropped" }) }, { token })).createPerformance,
      "Performance",
    );
    await executeOk(CancelPerformance, { id: dropped.id }, { token });

    const cancelled = await executeOk(Performances, { status: ["CANCELLED"], first: 100 });

    const ids = cancelled.performances.edges.map((edge) => edge.node.id);
    expect(ids).toContain(dropped.id);
    expect(ids).not.toContain(kept.id);
  });

  it("costs a fixed number of D1 round trips for a month of 30 shows, with counts and the viewer's registrations", async () => {
    const { token } = await organizer();
    const fan = await viewer();
    const created = expectTypename(
      (
        await executeOk(
          CreatePerformance,
          { input: show({ title: "Nightly", scheduledTime: "2027-07-01T20:00:00-05:00" }) },
          { token },
        )
      ).createPerformance,
      "Performance",
    );
    // 29 more shows on the following days
    for (let day = 1; day < 30; day++) {
      const when = new Date(Date.parse(created.scheduledTime) + day * 86_400_000).toISOString();
      await executeOk(CreatePerformance, { input: show({ title: "Nightly", scheduledTime: when }) }, { token });
    }
    const month = await executeOk(Performances, {
      from: "2027-07-01T00:00:00Z",
      to: "2027-08-01T00:00:00Z",
      first: 100,
    });
    for (const edge of month.performances.edges.filter((_edge, i) => i % 3 === 0)) {
      await executeOk(RegisterForCount, { performanceId: edge.node.id }, { token: fan.token });
    }

    const counting = new CountingD1(env.DB);
    const page = await executeOk(
      Performances,
      { from: "2027-07-01T00:00:00Z", to: "2027-08-01T00:00:00Z", first: 100 },
      { token: fan.token, env: { ...env, DB: counting.asBinding() } },
    );

    expect(page.performances.edges).toHaveLength(30);
    expect(page.performances.edges.filter((edge) => edge.node.viewerIsRegistered)).toHaveLength(10);
    expect(page.performances.edges.filter((edge) => edge.node.registrationCount === 1)).toHaveLength(10);
    // session check, the page, registration counts, the viewer's registrations
    expect(counting.roundTrips).toBe(4);
  }, 30_000); // 30 shows are created first, which takes a while on a busy machine
});

// The smallest valid PNG: one transparent pixel.
const PNG_1x1 = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (char) => char.charCodeAt(0),
);
