import { describe, expect, it } from "vitest";
import { daysFromNow, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import type { ContentNote } from "../../test/graphql/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";

const CreateAccessibleShow = graphql(`
  mutation CreateAccessibleShow($input: CreatePerformanceInput!) {
    createPerformance(input: $input) {
      __typename
      ... on Performance {
        id
        contentNotes
        accessFeatures
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const UpdateAccessibleShow = graphql(`
  mutation UpdateAccessibleShow($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {
    updatePerformance(id: $id, input: $input, scope: $scope) {
      __typename
      ... on Performance {
        id
        contentNotes
        accessFeatures
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const ShowNotes = graphql(`
  query ShowNotes($id: ID!) {
    performance(id: $id) {
      contentNotes
      accessFeatures
    }
  }
`);

const FilteredCalendar = graphql(`
  query FilteredCalendar(
    $from: DateTime
    $to: DateTime
    $withAccessFeatures: [AccessFeature!]
    $withoutContentNotes: [ContentNote!]
  ) {
    performances(
      from: $from
      to: $to
      first: 100
      withAccessFeatures: $withAccessFeatures
      withoutContentNotes: $withoutContentNotes
    ) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const SeriesShows = graphql(`
  query SeriesShows($from: DateTime, $to: DateTime) {
    performances(from: $from, to: $to, first: 100) {
      edges {
        node {
          id
          scheduledTime
          contentNotes
          accessFeatures
          series {
            id
          }
        }
      }
    }
  }
`);

const show = (overrides: Record<string, unknown> = {}) => ({
  title: "Fire and Smoke",
  scheduledTime: daysFromNow(5),
  durationMinutes: 60,
  ...overrides,
});

async function create(input: Record<string, unknown>) {
  const { token } = await organizer();
  const result = (await executeOk(CreateAccessibleShow, { input: show(input) }, { token })).createPerformance;
  return { token, result };
}

describe("Performance.contentNotes and accessFeatures", () => {
  it("are empty for a show nobody marked", async () => {
    const { result } = await create({});
    expect(expectTypename(result, "Performance")).toMatchObject({ contentNotes: [], accessFeatures: [] });
  });

  it("are set when a show is scheduled, in a fixed order whatever order they were given in", async () => {
    const { result } = await create({
      contentNotes: ["SMOKE", "FLASHING_LIGHTS", "FIRE"],
      accessFeatures: ["SIGN_LANGUAGE", "CAPTIONED"],
    });
    const created = expectTypename(result, "Performance");
    expect(created.contentNotes).toEqual(["FLASHING_LIGHTS", "FIRE", "SMOKE"]);
    expect(created.accessFeatures).toEqual(["CAPTIONED", "SIGN_LANGUAGE"]);
    const read = await executeOk(ShowNotes, { id: created.id });
    expect(read.performance).toEqual({
      contentNotes: ["FLASHING_LIGHTS", "FIRE", "SMOKE"],
      accessFeatures: ["CAPTIONED", "SIGN_LANGUAGE"],
    });
  });

  it("are replaced as a whole by updatePerformance, and left alone when not given", async () => {
    const { token, result } = await create({ contentNotes: ["FIRE"], accessFeatures: ["CAPTIONED"] });
    const { id } = expectTypename(result, "Performance");
    const replaced = (await executeOk(UpdateAccessibleShow, { id, input: { contentNotes: ["LOUD_BANGS"] } }, { token }))
      .updatePerformance;
    expect(expectTypename(replaced, "Performance")).toMatchObject({
      contentNotes: ["LOUD_BANGS"],
      accessFeatures: ["CAPTIONED"],
    });
    const cleared = (await executeOk(UpdateAccessibleShow, { id, input: { accessFeatures: [] } }, { token }))
      .updatePerformance;
    expect(expectTypename(cleared, "Performance")).toMatchObject({ contentNotes: ["LOUD_BANGS"], accessFeatures: [] });
  });

  it("are inherited by every show of a weekly series, and by the following ones when changed from one on", async () => {
    const first = "2027-03-05T20:00:00-06:00";
    const { token, result } = await create({
      title: "Series with notes",
      scheduledTime: first,
      repeatWeekly: { occurrences: 3 },
      contentNotes: ["FIRE"],
    });
    expectTypename(result, "Performance");
    const range = { from: "2027-03-01T00:00:00Z", to: "2027-03-31T00:00:00Z" };
    const before = (await executeOk(SeriesShows, range)).performances.edges.map((edge) => edge.node);
    const shows = before.filter((node) => node.series?.id === before.find((b) => b.contentNotes.length)?.series?.id);
    expect(shows).toHaveLength(3);
    expect(shows.every((node) => node.contentNotes.join() === "FIRE")).toBe(true);

    const second = shows[1];
    if (!second) throw new Error("the series has a second show");
    await executeOk(
      UpdateAccessibleShow,
      { id: second.id, input: { accessFeatures: ["AUDIO_DESCRIBED"] }, scope: "THIS_AND_FOLLOWING" },
      { token },
    );
    const after = (await executeOk(SeriesShows, range)).performances.edges
      .map((edge) => edge.node)
      .filter((node) => shows.some((s) => s.id === node.id));
    expect(after.map((node) => node.accessFeatures)).toEqual([[], ["AUDIO_DESCRIBED"], ["AUDIO_DESCRIBED"]]);
  });

  it("filter the calendar: shows with every feature asked for, without any note to avoid", async () => {
    const from = "2027-05-01T00:00:00Z";
    const to = "2027-05-02T00:00:00Z";
    const at = (hour: number) => `2027-05-01T${String(hour).padStart(2, "0")}:00:00Z`;
    const ids = async (input: Record<string, unknown>) =>
      expectTypename((await create({ ...input, scheduledTime: input.scheduledTime })).result, "Performance").id;
    const plain = await ids({ scheduledTime: at(10) });
    const strobe = await ids({
      scheduledTime: at(11),
      contentNotes: ["FLASHING_LIGHTS"],
      accessFeatures: ["CAPTIONED"],
    });
    const gentle = await ids({
      scheduledTime: at(12),
      contentNotes: ["AUDIENCE_PARTICIPATION"],
      accessFeatures: ["CAPTIONED", "SIGN_LANGUAGE"],
    });
    const list = async (variables: Record<string, unknown>) =>
      (await executeOk(FilteredCalendar, { from, to, ...variables })).performances.edges.map((edge) => edge.node.id);

    expect(await list({})).toEqual([plain, strobe, gentle]);
    expect(await list({ withAccessFeatures: ["CAPTIONED"] })).toEqual([strobe, gentle]);
    expect(await list({ withAccessFeatures: ["CAPTIONED", "SIGN_LANGUAGE"] })).toEqual([gentle]);
    expect(await list({ withoutContentNotes: ["FLASHING_LIGHTS"] })).toEqual([plain, gentle]);
    expect(await list({ withoutContentNotes: ["FLASHING_LIGHTS", "AUDIENCE_PARTICIPATION"] })).toEqual([plain]);
    expect(await list({ withAccessFeatures: ["CAPTIONED"], withoutContentNotes: ["FLASHING_LIGHTS"] })).toEqual([
      gentle,
    ]);
  });

  describe("refuse what they should", () => {
    it("a value named twice, with every other broken rule in the same answer", async () => {
      const { result } = await create({
        title: "",
        contentNotes: ["FIRE", "FIRE"],
        accessFeatures: ["CAPTIONED", "CAPTIONED"],
      });
      const refused = expectTypename(result, "ValidationError");
      expect(refused.issues.map((issue) => issue.path.join("."))).toEqual(
        expect.arrayContaining(["input.title", "input.contentNotes", "input.accessFeatures"]),
      );
      expect(refused.issues.find((issue) => issue.path.join(".") === "input.contentNotes")?.message).toBe(
        "must not name a value twice",
      );
    });

    it("an unknown value, before anything runs", async () => {
      const { token } = await organizer();
      const refused = await execute(CreateAccessibleShow, { input: show({ contentNotes: ["GLITTER"] }) }, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(refused.data ?? null).toBeNull();
    });

    it("an enormous list, without storing anything", async () => {
      const { token, result } = await create({ contentNotes: ["FIRE"] });
      const { id } = expectTypename(result, "Performance");
      const many = Array.from({ length: 10_000 }, (): ContentNote => "SMOKE");
      const refused = (await executeOk(UpdateAccessibleShow, { id, input: { contentNotes: many } }, { token }))
        .updatePerformance;
      expect(expectTypename(refused, "ValidationError").issues[0]?.path).toEqual(["input", "contentNotes"]);
      expect((await executeOk(ShowNotes, { id })).performance?.contentNotes).toEqual(["FIRE"]);
    });

    it("a signed-out caller and a viewer", async () => {
      const signedOut = (await executeOk(CreateAccessibleShow, { input: show({ contentNotes: ["FIRE"] }) }))
        .createPerformance;
      expect(signedOut.__typename).toBe("UnauthenticatedError");
      const { token } = await viewer();
      const forbidden = (await executeOk(CreateAccessibleShow, { input: show({ contentNotes: ["FIRE"] }) }, { token }))
        .createPerformance;
      expect(forbidden.__typename).toBe("ForbiddenError");
    });

    it("leave concurrent edits of the same show with one of the lists asked for, never a mixture", async () => {
      const { token, result } = await create({});
      const { id } = expectTypename(result, "Performance");
      const lists: ContentNote[][] = [
        ["FIRE"],
        ["SMOKE", "LOUD_BANGS"],
        ["AUDIENCE_PARTICIPATION"],
        ["FLASHING_LIGHTS", "FIRE"],
      ];
      await Promise.all(
        lists.map((contentNotes) => executeOk(UpdateAccessibleShow, { id, input: { contentNotes } }, { token })),
      );
      const final = (await executeOk(ShowNotes, { id })).performance?.contentNotes ?? [];
      const asked = lists.map((list) => [...list].sort().join());
      expect(asked).toContain([...final].sort().join());
    });
  });
});
