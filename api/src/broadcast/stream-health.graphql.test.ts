import { describe, expect, it } from "vitest";
import { db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk } from "../../test/graphql-client";
import { deliverLiveInputEvent } from "../../test/webhooks";
import type { PerformanceStatus } from "../db/tables";
import { obsAdvice } from "./obs-advice";
import { renditionsOf } from "./stream-health.service";

const Health = graphql(`
  query Health($id: ID!) {
    performance(id: $id) {
      streamHealth {
        reachable
        connected
        connectedSince
        onAirSeconds
        ingest {
          width
          height
          frameRate
          bitrateKbps
          keyframeIntervalSeconds
        }
        renditions {
          height
        }
        lastError {
          code
          message
          at
          advice
        }
        alerts {
          kind
          message
        }
      }
    }
  }
`);

async function showWithLiveInput(status: PerformanceStatus, values: { started_at?: string } = {}) {
  const liveInputId = crypto.randomUUID().replaceAll("-", "");
  const id = await insertPerformance({ title: "Health Show", status, live_input_id: liveInputId, ...values });
  return { id, liveInputId };
}

const at = (secondsFromNow: number) => new Date(Date.now() + secondsFromNow * 1000).toISOString();

describe("Performance.streamHealth", () => {
  it("keeps every live_input.errored event and tells what to change in OBS for the newest", async () => {
    const boss = await organizer();
    const show = await showWithLiveInput("LIVE");
    const first = at(-2);
    const newest = at(-1);

    await deliverLiveInputEvent(show.liveInputId, "live_input.errored", first, undefined, {
      code: "ERR_UNSUPPORTED_AUDIO_CODEC",
      message: "audio codec",
    });
    await deliverLiveInputEvent(show.liveInputId, "live_input.errored", newest, undefined, {
      code: "ERR_GOP_OUT_OF_RANGE",
      message: "Input GOP size or keyframe interval is out of range.",
    });

    const health = (await executeOk(Health, { id: show.id }, { token: boss.token })).performance?.streamHealth;
    expect(health?.lastError).toEqual({
      code: "ERR_GOP_OUT_OF_RANGE",
      message: "Input GOP size or keyframe interval is out of range.",
      at: newest,
      advice: expect.stringContaining("Set Keyframe Interval to 2 s in OBS > Settings > Output"),
    });
    const stored = await db()
      .selectFrom("live_input_errors")
      .selectAll()
      .where("performance_id", "=", show.id)
      .execute();
    expect(stored.map((row) => row.code).sort()).toEqual(["ERR_GOP_OUT_OF_RANGE", "ERR_UNSUPPORTED_AUDIO_CODEC"]);
  });

  it("stores a repeated errored delivery once", async () => {
    const show = await showWithLiveInput("LIVE");
    const when = at(0);
    const error = { code: "ERR_GOP_OUT_OF_RANGE", message: "" };

    await deliverLiveInputEvent(show.liveInputId, "live_input.errored", when, undefined, error);
    await deliverLiveInputEvent(show.liveInputId, "live_input.errored", when, undefined, error);

    const stored = await db()
      .selectFrom("live_input_errors")
      .select("id")
      .where("performance_id", "=", show.id)
      .execute();
    expect(stored).toHaveLength(1);
  });

  it("refuses an error code or message too long to be one, storing nothing", async () => {
    const show = await showWithLiveInput("LIVE");

    const response = await deliverLiveInputEvent(show.liveInputId, "live_input.errored", at(0), undefined, {
      code: "E".repeat(101),
      message: "",
    });

    expect(response.status).toBe(400);
    const stored = await db()
      .selectFrom("live_input_errors")
      .select("id")
      .where("performance_id", "=", show.id)
      .execute();
    expect(stored).toHaveLength(0);
  });

  it("says there is no feed while the live input has none, with the time on air since the show went live", async () => {
    const boss = await organizer();
    const show = await showWithLiveInput("INTERRUPTED", { started_at: at(-90) });

    const health = (await executeOk(Health, { id: show.id }, { token: boss.token })).performance?.streamHealth;

    // The input id is unknown to Stream: no connection, nothing measured, and Stream did answer.
    expect(health).toMatchObject({
      reachable: true,
      connected: false,
      connectedSince: null,
      ingest: null,
      renditions: [],
    });
    expect(health?.onAirSeconds).toBeGreaterThanOrEqual(90);
    expect(health?.lastError).toBeNull();
  });

  it("is for organizers only", async () => {
    const show = await showWithLiveInput("LIVE");
    const fan = await viewer();

    const asFan = await execute(Health, { id: show.id }, { token: fan.token });
    const signedOut = await execute(Health, { id: show.id });

    expect(asFan.data?.performance?.streamHealth).toBeNull();
    expect(asFan.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(signedOut.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("what to change in OBS", () => {
  it.each([
    ["ERR_GOP_OUT_OF_RANGE", "Set Keyframe Interval to 2 s in OBS > Settings > Output"],
    ["ERR_UNSUPPORTED_VIDEO_CODEC", "Set Video Encoder to x264"],
    ["ERR_UNSUPPORTED_AUDIO_CODEC", "Set Audio Encoder to AAC"],
    ["ERR_STORAGE_QUOTA_EXHAUSTED", "Nothing to change in OBS"],
    ["ERR_SOMETHING_NEW", "Stream refused the feed (ERR_SOMETHING_NEW)"],
  ])("%s: %s", (code, advice) => {
    expect(obsAdvice(code)).toContain(advice);
  });
});

describe("the renditions a live playlist offers", () => {
  it("are read from its variant streams, highest first", () => {
    const master = [
      "#EXTM3U",
      "#EXT-X-VERSION:3",
      '#EXT-X-STREAM-INF:BANDWIDTH=940800,RESOLUTION=640x360,CODECS="avc1.64001e,mp4a.40.2"',
      "1/index.m3u8",
      '#EXT-X-STREAM-INF:BANDWIDTH=2812000,AVERAGE-BANDWIDTH=2600000,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2"',
      "0/index.m3u8",
    ].join("\n");

    expect(renditionsOf(master)).toEqual([
      { width: 1280, height: 720, bandwidthKbps: 2812 },
      { width: 640, height: 360, bandwidthKbps: 941 },
    ]);
  });

  it("are none in a playlist without variants", () => {
    expect(renditionsOf("#EXTM3U\n#EXT-X-TARGETDURATION:2\nsegment-1.ts\n")).toEqual([]);
  });
});
