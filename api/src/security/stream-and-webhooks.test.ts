// Attacks from issue 9 on the edges FireStream shares with Cloudflare Stream, webhooks, player
// heartbeats and D1: each must fail, and leave nothing half done.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { daysFromNow, db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { deliverLiveInputEvent } from "../../test/webhooks";
import { readConfig } from "../config";
import type { PerformanceStatus } from "../db/tables";
import worker from "../index";
import { findPerformance } from "../performances/performances.repository";
import { upsertRegistration } from "../registrations/registrations.repository";
import { StreamClient } from "../stream/client";

const Ingest = graphql(`
  query AttackIngest($id: ID!) {
    performance(id: $id) {
      ingest {
        streamKey
      }
    }
  }
`);

const Start = graphql(`
  mutation AttackStart($id: ID!) {
    startPerformance(id: $id) {
      __typename
      ... on Performance {
        status
      }
      ... on Error {
        message
      }
    }
  }
`);

const Rotate = graphql(`
  mutation AttackRotate($id: ID!) {
    rotateStreamKey(performanceId: $id) {
      __typename
      ... on Ingest {
        streamKey
      }
      ... on Error {
        message
      }
    }
  }
`);

const STREAM_WORDS = /Stream is not answering, try again/;

/** The test stream-local itself, to see what Stream really holds. */
const stream = () => new StreamClient(readConfig(env).stream.client);
const inputsOf = async (performanceId: string) =>
  (await stream().listLiveInputs()).filter((input) => input.meta.performanceId === performanceId);

type Fault = {
  mode: "pass" | "hang" | "fail" | "late";
  times?: number;
  only?: string;
  retryAfter?: string;
};

/** A lane of the faulty Stream (test/faulty-stream.ts) and the bindings of a Worker that talks to it. */
async function faultyStream(fault: Fault) {
  const control = `${env.FAULTY_STREAM_BASE}/lanes/${crypto.randomUUID()}`;
  const tell = async (next: Fault) => {
    const response = await fetch(control, {
      method: "POST",
      body: JSON.stringify({ upstream: env.STREAM_API_BASE, ...next }),
    });
    expect(response.status).toBe(204);
  };
  await tell(fault);
  return {
    // A new bindings object, so the Worker reads this configuration afresh.
    env: { ...env, STREAM_API_BASE: `${control}/client/v4`, STREAM_TIMEOUT_MS: "1500" } as Env,
    tell,
    requests: async () => ((await (await fetch(control)).json()) as { requests: string[] }).requests,
  };
}

/** Retries `check` until it passes: for effects Stream applies after its answer was lost. */
async function eventually(check: () => Promise<void>) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await check();
    } catch (error) {
      if (attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const statusOf = async (id: string) => (await findPerformance(db(), id))?.status;

describe("with Stream slow or down", () => {
  it("ingest says Stream is not answering and records no input; once Stream is back the show gets exactly one", async () => {
    const { token } = await organizer();
    const id = await insertPerformance();
    const faulty = await faultyStream({ mode: "hang" });

    const hung = await execute(Ingest, { id }, { token, env: faulty.env });
    expect(hung.errors?.[0]?.extensions?.code).toBe("STREAM_UNAVAILABLE");
    expect(hung.errors?.[0]?.message).toMatch(STREAM_WORDS);
    expect((await findPerformance(db(), id))?.live_input_id).toBeNull();

    // Stream makes the input, but its answer never arrives.
    await faulty.tell({ mode: "late", only: "^POST " });
    const late = await execute(Ingest, { id }, { token, env: faulty.env });
    expect(late.errors?.[0]?.message).toMatch(STREAM_WORDS);
    await eventually(async () => expect(await inputsOf(id)).toHaveLength(1));

    await faulty.tell({ mode: "pass" });
    const data = await executeOk(Ingest, { id }, { token, env: faulty.env });

    const inputs = await inputsOf(id);
    expect(inputs).toHaveLength(1);
    const liveInputId = (await findPerformance(db(), id))?.live_input_id;
    expect(liveInputId).toBe(inputs[0]?.uid);
    expect(data.performance?.ingest?.streamKey).toBe((await stream().getLiveInput(liveInputId ?? "")).rtmps.streamKey);
    // Creating was asked for twice, never repeated by the client itself; after the first went
    // unanswered, each attempt looked for the input first.
    expect(
      (await faulty.requests())
        .filter((call) => call.endsWith("/stream/live_inputs"))
        .map((call) => call.split(" ")[0]),
    ).toEqual(["POST", "GET", "POST", "GET"]);
  });

  for (const [down, bindings] of [
    ["hangs", () => faultyStream({ mode: "hang" }).then((faulty) => faulty.env)],
    ["answers 503", () => faultyStream({ mode: "fail" }).then((faulty) => faulty.env)],
    ["refuses connections", async () => ({ ...env, STREAM_API_BASE: env.REFUSING_STREAM_BASE }) as Env],
  ] as const) {
    it(`startPerformance leaves the show SCHEDULED when Stream ${down}`, async () => {
      const { token } = await organizer();
      const id = await insertPerformance({ scheduled_time: daysFromNow(0, 0.1) });

      const data = await executeOk(Start, { id }, { token, env: await bindings() });

      expect(expectTypename(data.startPerformance, "StreamUnavailableError").message).toMatch(STREAM_WORDS);
      expect(await statusOf(id)).toBe("SCHEDULED");
      expect(await inputsOf(id)).toEqual([]);
    });
  }

  it("startPerformance goes live (GOING_LIVE until the feed) with the one input Stream made while its answer was lost", async () => {
    const { token } = await organizer();
    const id = await insertPerformance({ scheduled_time: daysFromNow(0, 0.1) });
    const faulty = await faultyStream({ mode: "late" });

    const lost = await executeOk(Start, { id }, { token, env: faulty.env });
    expectTypename(lost.startPerformance, "StreamUnavailableError");
    expect(await statusOf(id)).toBe("SCHEDULED");
    await eventually(async () => expect(await inputsOf(id)).toHaveLength(1));

    await faulty.tell({ mode: "pass" });
    const started = await executeOk(Start, { id }, { token, env: faulty.env });

    expect(expectTypename(started.startPerformance, "Performance").status).toBe("GOING_LIVE");
    const [input, ...more] = await inputsOf(id);
    expect(more).toEqual([]);
    expect((await findPerformance(db(), id))?.live_input_id).toBe(input?.uid);
  });

  it("REST answers 503 with the words when Stream is down", async () => {
    const { token } = await organizer();
    const id = await insertPerformance({ scheduled_time: daysFromNow(0, 0.1) });
    const faulty = await faultyStream({ mode: "fail" });
    const ctx = createExecutionContext();

    const response = await worker.fetch(
      new Request(`https://firestream.example.com/api/performances/${id}/start`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
      }) as Request<unknown, IncomingRequestCfProperties>,
      faulty.env,
      ctx,
    );
    await waitOnExecutionContext(ctx);

    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      error: { type: "StreamUnavailableError", message: expect.stringMatching(STREAM_WORDS) },
    });
    expect(await statusOf(id)).toBe("SCHEDULED");
  });

  describe("rotateStreamKey", () => {
    async function showWithKey(token: string) {
      const id = await insertPerformance();
      const key = (await executeOk(Ingest, { id }, { token })).performance?.ingest?.streamKey;
      const inputId = (await findPerformance(db(), id))?.live_input_id ?? "";
      const keyAtStream = async () => (await stream().getLiveInput(inputId)).rtmps.streamKey;
      expect(await keyAtStream()).toBe(key);
      return { id, key, keyAtStream };
    }

    it("rotates nothing when Stream is down or hangs, and says so", async () => {
      const { token } = await organizer();
      const show = await showWithKey(token);
      for (const fault of [{ mode: "fail" }, { mode: "hang" }, { mode: "late" }] as const) {
        const faulty = await faultyStream(fault);

        const data = await executeOk(Rotate, { id: show.id }, { token, env: faulty.env });

        expect(expectTypename(data.rotateStreamKey, "StreamUnavailableError").message).toMatch(STREAM_WORDS);
        expect((await faulty.requests()).some((call) => call.includes("rotate_keys"))).toBe(false);
      }
      expect(await show.keyAtStream()).toBe(show.key);
    });

    it("shows the new key when Stream rotated it but its answer was lost", async () => {
      const { token } = await organizer();
      const show = await showWithKey(token);
      const faulty = await faultyStream({ mode: "late", only: "^POST .*/rotate_keys$" });

      const data = await executeOk(Rotate, { id: show.id }, { token, env: faulty.env });

      const shown = expectTypename(data.rotateStreamKey, "Ingest").streamKey;
      expect(shown).not.toBe(show.key);
      expect(shown).toBe(await show.keyAtStream());
      // A POST is never repeated: one rotation, not two.
      expect((await faulty.requests()).filter((call) => call.includes("rotate_keys"))).toHaveLength(1);
    });
  });

  it("reads are retried a bounded number of times, and after Retry-After", async () => {
    const { token } = await organizer();
    const id = await insertPerformance();
    await executeOk(Ingest, { id }, { token });
    const reads = (calls: string[]) => calls.filter((call) => call.startsWith("GET "));

    const down = await faultyStream({ mode: "fail" });
    expect((await execute(Ingest, { id }, { token, env: down.env })).errors?.[0]?.message).toMatch(STREAM_WORDS);
    expect(reads(await down.requests())).toHaveLength(3);

    const busy = await faultyStream({ mode: "fail", times: 1, retryAfter: "1" });
    expect((await executeOk(Ingest, { id }, { token, env: busy.env })).performance?.ingest?.streamKey).toBeTruthy();
    expect(reads(await busy.requests())).toHaveLength(2);
  });
});

describe("live input webhooks with bad event times", () => {
  async function showWithInput(status: PerformanceStatus) {
    const liveInputId = crypto.randomUUID().replaceAll("-", "");
    const id = await insertPerformance({ status, live_input_id: liveInputId, scheduled_time: daysFromNow(0, 0.1) });
    return { id, liveInputId };
  }

  it('refuse "not-a-date" and change nothing; the next real event still applies', async () => {
    const show = await showWithInput("SCHEDULED");

    const refused = await deliverLiveInputEvent(show.liveInputId, "live_input.connected", "not-a-date");

    expect(refused.status).toBe(400);
    expect(await statusOf(show.id)).toBe("SCHEDULED");
    expect((await findPerformance(db(), show.id))?.live_status_updated_at).toBeNull();
    await deliverLiveInputEvent(show.liveInputId, "live_input.connected", new Date().toISOString());
    expect(await statusOf(show.id)).toBe("LIVE");
  });

  it("refuse an event two hours ahead, so it cannot freeze the show's status", async () => {
    const show = await showWithInput("LIVE");
    const ahead = new Date(Date.now() + 2 * 3600_000).toISOString();

    expect((await deliverLiveInputEvent(show.liveInputId, "live_input.disconnected", ahead)).status).toBe(400);
    expect(await statusOf(show.id)).toBe("LIVE");

    await deliverLiveInputEvent(show.liveInputId, "live_input.disconnected", new Date().toISOString());
    expect(await statusOf(show.id)).toBe("INTERRUPTED");
  });

  it("refuse dates that are not instants: no zone, date only, a number", async () => {
    const show = await showWithInput("SCHEDULED");
    for (const time of ["2026-12-01T10:00:00", "2026-12-01", "1764583200", "2026-13-01T10:00:00Z"]) {
      expect((await deliverLiveInputEvent(show.liveInputId, "live_input.connected", time)).status, time).toBe(400);
    }
    expect(await statusOf(show.id)).toBe("SCHEDULED");
  });
});

const HeartbeatGrant = graphql(`
  query AttackHeartbeatGrant($id: ID!) {
    performance(id: $id) {
      playback {
        __typename
        ... on Playback {
          heartbeatToken
        }
      }
    }
  }
`);

const SignOut = graphql(`
  mutation AttackSignOut {
    signOut {
      __typename
      ... on SignOutPayload {
        signedOut
      }
    }
  }
`);

const End = graphql(`
  mutation AttackEnd($id: ID!) {
    endPerformance(id: $id) {
      __typename
      ... on Performance {
        status
      }
    }
  }
`);

function beat(body: Record<string, unknown>) {
  return exports.default.fetch("https://firestream.example.com/api/heartbeat", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("heartbeats", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  async function watching(status: PerformanceStatus = "LIVE") {
    const id = crypto.randomUUID();
    await insertPerformance({
      id,
      status,
      scheduled_time: daysFromNow(0, -0.25),
      started_at: new Date().toISOString(),
      duration_minutes: 60,
      live_input_id: `input-${id}`,
    });
    const fan = await viewer();
    await upsertRegistration(db(), {
      performanceId: id,
      userId: fan.user.id,
      preferences: { email: false, sms: false, browser: false },
      now: new Date().toISOString(),
    });
    const data = await executeOk(HeartbeatGrant, { id }, { token: fan.token });
    return { id, fan, token: expectTypename(data.performance?.playback, "Playback").heartbeatToken };
  }

  it("stop counting once the viewer signs out", async () => {
    const { fan, token } = await watching();
    expect((await beat({ token, sessionId: "signout-1", positionSeconds: 1, playing: true })).status).toBe(204);

    await executeOk(SignOut, {}, { token: fan.token });
    vi.advanceTimersByTime(10_000);

    const refused = await beat({ token, sessionId: "signout-1", positionSeconds: 11, playing: true });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toMatch(/signed-out/);
  });

  it("are refused once the show has ended", async () => {
    const { id, token } = await watching();
    expect((await beat({ token, sessionId: "ended-show-1", positionSeconds: 1, playing: true })).status).toBe(204);

    const { token: organizerToken } = await organizer();
    const ended = await executeOk(End, { id }, { token: organizerToken });
    expect(expectTypename(ended.endPerformance, "Performance").status).toBe("ENDED");
    vi.advanceTimersByTime(10_000);

    expect((await beat({ token, sessionId: "ended-show-1", positionSeconds: 11, playing: true })).status).toBe(409);
  });

  it("free a session slot when a session goes quiet: a fan who reloaded five times is counted again", async () => {
    const { token } = await watching();
    for (let i = 1; i <= 5; i++) {
      expect((await beat({ token, sessionId: `reload-${i}`, positionSeconds: 0, playing: true })).status).toBe(204);
    }
    expect((await beat({ token, sessionId: "reload-6", positionSeconds: 0, playing: true })).status).toBe(429);

    vi.advanceTimersByTime(40_000);

    expect((await beat({ token, sessionId: "reload-6", positionSeconds: 40, playing: true })).status).toBe(204);
  });

  it("refuse impossible positions: 1e300, negative, not a number, hours past the show's length", async () => {
    const { token } = await watching();
    const at = (positionSeconds: unknown) => beat({ token, sessionId: "position-1", positionSeconds, playing: true });

    expect((await at(1e300)).status).toBe(422);
    expect((await at(-1)).status).toBe(422);
    expect((await at("NaN")).status).toBe(400);
    expect((await at(5 * 3600)).status).toBe(422);
    expect((await at(1800)).status).toBe(204);
  });
});

const Registrations = graphql(`
  query AttackRegistrations($id: ID!, $first: Int, $after: String) {
    performance(id: $id) {
      registrationCount
      registrations(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            viewer {
              name
            }
            watching {
              liveSeconds
            }
          }
        }
      }
    }
  }
`);

const ManyShows = graphql(`
  query AttackManyShows($from: DateTime, $middle: DateTime, $to: DateTime) {
    early: performances(from: $from, to: $middle, first: 100) {
      edges {
        node {
          id
          registrationCount
          viewerIsRegistered
          series {
            id
          }
        }
      }
    }
    late: performances(from: $middle, to: $to, first: 100) {
      edges {
        node {
          id
          registrationCount
          viewerIsRegistered
          series {
            id
          }
        }
      }
    }
  }
`);

describe("lists past D1's 100 parameters", () => {
  it("a show with 500 fans lists them all, with names and watch time, through GraphQL and REST", async () => {
    const { token } = await organizer();
    const id = await insertPerformance();
    const now = new Date().toISOString();
    const fans = Array.from({ length: 500 }, (_, i) => ({
      id: crypto.randomUUID(),
      email: `fan-${i}-${crypto.randomUUID()}@firestream.test`,
      name: `Fan ${i}`,
      created_at: now,
      updated_at: now,
    }));
    const database = db();
    await database.batch([
      ...database.chunked(fans, (part) => database.insertInto("users").values(part)),
      ...database.chunked(fans, (part) =>
        database
          .insertInto("performance_viewers")
          .values(part.map((fan) => ({ performance_id: id, user_id: fan.id, registered_at: now }))),
      ),
      ...database.chunked(fans, (part) =>
        database.insertInto("viewer_sessions").values(
          part.map((fan) => ({
            id: crypto.randomUUID(),
            performance_id: id,
            user_id: fan.id,
            mode: "LIVE" as const,
            started_at: now,
            last_seen_at: now,
            watched_seconds: 60,
            max_position_seconds: 60,
          })),
        ),
      ),
    ]);

    const names: string[] = [];
    let after: string | null | undefined;
    do {
      const data = await executeOk(Registrations, { id, first: 200, after }, { token });
      expect(data.performance?.registrationCount).toBe(500);
      const page = data.performance?.registrations;
      for (const edge of page?.edges ?? []) {
        names.push(edge?.node.viewer.name ?? "");
        expect(edge?.node.watching.liveSeconds).toBe(60);
      }
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(new Set(names)).toEqual(new Set(fans.map((fan) => fan.name)));
    const first101 = await executeOk(Registrations, { id, first: 101 }, { token });
    expect(first101.performance?.registrations?.edges).toHaveLength(101);

    // REST pages the same way: ?first=&after= with the connection's pageInfo.
    const restNames: string[] = [];
    let restAfter: string | null = null;
    let pages = 0;
    do {
      const query = new URLSearchParams({ first: "200", ...(restAfter ? { after: restAfter } : {}) });
      const rest = await exports.default.fetch(
        `https://firestream.example.com/api/performances/${id}/registrations?${query}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(rest.status).toBe(200);
      const body = (await rest.json()) as {
        registrations: {
          edges: { node: { viewer: { name: string } } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      restNames.push(...body.registrations.edges.map((edge) => edge.node.viewer.name));
      restAfter = body.registrations.pageInfo.hasNextPage ? body.registrations.pageInfo.endCursor : null;
      pages++;
    } while (restAfter);
    expect(pages).toBe(3);
    expect(new Set(restNames)).toEqual(new Set(fans.map((fan) => fan.name)));
  });

  it("every loader takes more than 100 keys: 150 shows, each of its own series, with counts and the viewer's registration", async () => {
    const fan = await viewer();
    const now = new Date().toISOString();
    const from = daysFromNow(400);
    const shows = Array.from({ length: 150 }, (_, i) => ({
      id: crypto.randomUUID(),
      series: crypto.randomUUID(),
      at: new Date(Date.parse(from) + i * 3600_000).toISOString(),
    }));
    const database = db();
    await database.batch([
      ...database.chunked(shows, (part) =>
        database.insertInto("performance_series").values(
          part.map((show) => ({
            id: show.series,
            title: "Series",
            duration_minutes: 60,
            time_zone: "America/Chicago",
            weekday: 1,
            local_time: "20:00",
            starts_on: show.at.slice(0, 10),
            materialized_until: show.at.slice(0, 10),
            created_at: now,
            updated_at: now,
          })),
        ),
      ),
      ...database.chunked(shows, (part) =>
        database.insertInto("performances").values(
          part.map((show) => ({
            id: show.id,
            title: "Many",
            scheduled_time: show.at,
            duration_minutes: 60,
            series_id: show.series,
            created_at: now,
            updated_at: now,
          })),
        ),
      ),
      ...database.chunked(shows, (part) =>
        database
          .insertInto("performance_viewers")
          .values(part.map((show) => ({ performance_id: show.id, user_id: fan.user.id, registered_at: now }))),
      ),
    ]);
    const middle = shows[75]?.at ?? "";
    const to = new Date(Date.parse(shows[149]?.at ?? "") + 1000).toISOString();

    const data = await executeOk(ManyShows, { from, middle, to }, { token: fan.token });

    const nodes = [...(data.early?.edges ?? []), ...(data.late?.edges ?? [])].map((edge) => edge?.node);
    expect(nodes).toHaveLength(150);
    expect(nodes.every((node) => node?.registrationCount === 1 && node.viewerIsRegistered)).toBe(true);
    expect(new Set(nodes.map((node) => node?.series?.id))).toEqual(new Set(shows.map((show) => show.series)));
  });
});
