import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { deliverLiveInputEvent } from "../../test/webhooks";
import type { PerformanceStatus } from "../db/tables";
import { findPerformance } from "../performances/performances.repository";
import { StreamClient } from "../stream/client";

const Ingest = graphql(`
  query Ingest($id: ID!) {
    performance(id: $id) {
      id
      ingest {
        rtmpsUrl
        streamKey
      }
    }
  }
`);

const RotateKey = graphql(`
  mutation RotateKey($id: ID!) {
    rotateStreamKey(performanceId: $id) {
      __typename
      ... on Ingest {
        rtmpsUrl
        streamKey
      }
      ... on Error {
        message
      }
    }
  }
`);

const CancelWithInput = graphql(`
  mutation CancelWithInput($id: ID!) {
    cancelPerformance(id: $id) {
      __typename
    }
  }
`);

const Start = graphql(`
  mutation Start($id: ID!) {
    startPerformance(id: $id) {
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

const End = graphql(`
  mutation End($id: ID!) {
    endPerformance(id: $id) {
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

const stream = () =>
  new StreamClient({
    apiBase: env.STREAM_API_BASE,
    accountId: env.STREAM_ACCOUNT_ID,
    apiToken: env.STREAM_API_TOKEN,
    playbackBase: env.STREAM_PLAYBACK_BASE,
  });

const show = (status: PerformanceStatus = "SCHEDULED") => insertPerformance({ title: "Broadcast Show", status });

afterEach(() => vi.restoreAllMocks());

describe("Performance.ingest", () => {
  it("gives organizers the ingest URL and stream key of the show's own live input, created once with automatic recording and signed playback", async () => {
    const { token } = await organizer();
    const id = await show();

    const first = (await executeOk(Ingest, { id }, { token })).performance?.ingest;
    const second = (await executeOk(Ingest, { id }, { token })).performance?.ingest;

    expect(first?.rtmpsUrl).toMatch(/^rtmps?:\/\/.+\/live\/$/);
    expect(first?.streamKey).toBeTruthy();
    expect(second).toEqual(first);
    const inputId = (await findPerformance(db(), id))?.live_input_id ?? "";
    expect(await stream().getLiveInput(inputId)).toMatchObject({
      meta: { performanceId: id },
      recording: { mode: "automatic", requireSignedURLs: true, timeoutSeconds: 30 },
    });
  });

  it("asks Stream for low-latency HLS on the new input only when the site is set to (STREAM_PREFER_LOW_LATENCY)", async () => {
    const { token } = await organizer();
    const standard = await show();
    const lowLatency = await show();

    await executeOk(Ingest, { id: standard }, { token });
    // A new bindings object, so the Worker reads this configuration afresh.
    await executeOk(Ingest, { id: lowLatency }, { token, env: { ...env, STREAM_PREFER_LOW_LATENCY: "true" } });

    const inputOf = async (id: string) => stream().getLiveInput((await findPerformance(db(), id))?.live_input_id ?? "");
    expect(await inputOf(standard)).toMatchObject({ preferLowLatency: false });
    expect(await inputOf(lowLatency)).toMatchObject({ preferLowLatency: true });
  });

  it("never reaches another role, and never appears in the logs", async () => {
    const boss = await organizer();
    const fan = await viewer();
    const id = await show();
    const logged: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void logged.push(args.map(String).join(" ")),
      );
    }

    const key = (await executeOk(Ingest, { id }, { token: boss.token })).performance?.ingest?.streamKey ?? "missing";
    const forViewer = await execute(Ingest, { id }, { token: fan.token });
    const forAnonymous = await execute(Ingest, { id });

    expect(forViewer.data?.performance).toEqual({ id, ingest: null });
    expect(forViewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(forAnonymous.data?.performance).toEqual({ id, ingest: null });
    expect(forAnonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(logged.filter((line) => line.includes(key))).toEqual([]);
    expect(JSON.stringify([forViewer, forAnonymous])).not.toContain(key);
  });
});

describe("a show's live input", () => {
  it("is deleted when the show is cancelled, so its key stops working", async () => {
    const { token } = await organizer();
    const id = await show();
    await executeOk(Ingest, { id }, { token });
    const inputId = (await findPerformance(db(), id))?.live_input_id ?? "";

    expect((await executeOk(CancelWithInput, { id }, { token })).cancelPerformance.__typename).toBe("Performance");

    await expect(stream().getLiveInput(inputId)).rejects.toMatchObject({ status: 404 });
  });
});

describe("rotateStreamKey", () => {
  it("issues a new key; the old one stops working", async () => {
    const { token } = await organizer();
    const id = await show();
    const before = (await executeOk(Ingest, { id }, { token })).performance?.ingest;

    const rotated = expectTypename((await executeOk(RotateKey, { id }, { token })).rotateStreamKey, "Ingest");

    expect(rotated.streamKey).not.toBe(before?.streamKey);
    expect((await executeOk(Ingest, { id }, { token })).performance?.ingest?.streamKey).toBe(rotated.streamKey);
  });

  it("refuses signed-out callers, viewers, unknown shows and shows that are over", async () => {
    const boss = await organizer();
    const fan = await viewer();
    const ended = await show("ENDED");

    expect((await executeOk(RotateKey, { id: ended })).rotateStreamKey.__typename).toBe("UnauthenticatedError");
    expect((await executeOk(RotateKey, { id: ended }, { token: fan.token })).rotateStreamKey.__typename).toBe(
      "ForbiddenError",
    );
    expect((await executeOk(RotateKey, { id: "nope" }, { token: boss.token })).rotateStreamKey.__typename).toBe(
      "NotFoundError",
    );
    expect(
      expectTypename(
        (await executeOk(RotateKey, { id: ended }, { token: boss.token })).rotateStreamKey,
        "ConflictError",
      ).message,
    ).toBe("This show is over: it has no stream key any more");
  });
});

describe("startPerformance and endPerformance", () => {
  it("take a show live (GOING_LIVE until its feed connects) and end it; ending switches its live input off", async () => {
    const { token } = await organizer();
    const id = await show();

    const started = await executeOk(Start, { id }, { token });
    expect(expectTypename(started.startPerformance, "Performance").status).toBe("GOING_LIVE");
    const inputId = (await findPerformance(db(), id))?.live_input_id;
    expect(inputId).toBeTruthy();
    await deliverLiveInputEvent(inputId ?? "", "live_input.connected", new Date().toISOString());
    expect((await findPerformance(db(), id))?.status).toBe("LIVE");

    const ended = await executeOk(End, { id }, { token });
    expect(expectTypename(ended.endPerformance, "Performance").status).toBe("ENDED");
    expect((await stream().getLiveInput(inputId ?? "")).enabled).toBe(false);
  });

  it("refuse what the status machine does not allow, with the status and the action in both spellings", async () => {
    const { token } = await organizer();
    const live = await show("LIVE");
    const scheduled = await show("SCHEDULED");

    const startAgain = await executeOk(Start, { id: live }, { token });
    const endEarly = await executeOk(End, { id: scheduled }, { token });

    expect(expectTypename(startAgain.startPerformance, "IllegalTransitionError")).toMatchObject({
      status: "LIVE",
      attemptedAction: "START",
      action: "start",
      message: "This performance is live: it cannot be started",
    });
    expect(expectTypename(endEarly.endPerformance, "IllegalTransitionError")).toMatchObject({
      status: "SCHEDULED",
      attemptedAction: "END",
      action: "end",
    });
    expect((await findPerformance(db(), scheduled))?.status).toBe("SCHEDULED");
  });

  it("refuse signed-out callers, viewers and unknown shows, changing nothing", async () => {
    const boss = await organizer();
    const fan = await viewer();
    const id = await show();

    expect((await executeOk(Start, { id })).startPerformance.__typename).toBe("UnauthenticatedError");
    expect((await executeOk(Start, { id }, { token: fan.token })).startPerformance.__typename).toBe("ForbiddenError");
    expect((await executeOk(End, { id }, { token: fan.token })).endPerformance.__typename).toBe("ForbiddenError");
    expect((await executeOk(End, { id })).endPerformance.__typename).toBe("UnauthenticatedError");
    expect((await executeOk(Start, { id: "nope" }, { token: boss.token })).startPerformance.__typename).toBe(
      "NotFoundError",
    );
    expect((await executeOk(End, { id: "nope" }, { token: boss.token })).endPerformance.__typename).toBe(
      "NotFoundError",
    );
    expect((await findPerformance(db(), id))?.status).toBe("SCHEDULED");
  });
});
