import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { appDeps, daysFromNow, db, insertPerformance } from "../../test/fixtures";
import { readConfig } from "../config";
import type { PerformanceStatus } from "../db/tables";
import { findPerformance } from "../performances/performances.repository";
import { StreamClient } from "../stream/client";
import { renditionsOf } from "./replay.service";
import { listRecordings } from "./replays.repository";
import { sweepBroadcasts } from "./sweep.service";

const longAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function show(
  status: PerformanceStatus,
  liveInputId: string,
  times: { interruptedAt?: string; endedAt?: string },
) {
  return insertPerformance({
    title: "Swept Show",
    scheduled_time: daysFromNow(0, -1),
    status,
    live_input_id: liveInputId,
    interrupted_at: times.interruptedAt ?? null,
    ended_at: times.endedAt ?? null,
  });
}

async function emptyLiveInput(): Promise<string> {
  const client = new StreamClient(readConfig(env).stream.client);
  return (await client.createLiveInput({ meta: { name: "never streamed" } })).uid;
}

describe("the minutely broadcast sweep", () => {
  it("ends a show whose feed dropped and did not come back within the intermission allowance", async () => {
    const id = await show("INTERRUPTED", await emptyLiveInput(), { interruptedAt: longAgo(61) });

    const changes = await sweepBroadcasts(appDeps());

    expect(changes.map((change) => change.after.id)).toContain(id);
    expect(await findPerformance(db(), id)).toMatchObject({ status: "ENDED", recording_video_id: null });
  });

  it("leaves a show alone through an intermission, however long its recordings have been ready", async () => {
    const id = await show("INTERRUPTED", await emptyLiveInput(), { interruptedAt: longAgo(20) });
    await sweepBroadcasts(appDeps());
    expect((await findPerformance(db(), id))?.status).toBe("INTERRUPTED");
  });

  it("follows the configured intermission allowance", async () => {
    const config = readConfig(env);
    const id = await show("INTERRUPTED", await emptyLiveInput(), { interruptedAt: longAgo(6) });
    await sweepBroadcasts(appDeps({ config: { ...config, stream: { ...config.stream, intermissionMinutes: 5 } } }));
    expect((await findPerformance(db(), id))?.status).toBe("ENDED");
  });

  it("completes the replay of an ended show whose recording webhook was lost, with its renditions", async () => {
    // The fixture's live input belongs to one show at a time.
    await db()
      .updateTable("performances")
      .set({ live_input_id: null })
      .where("live_input_id", "=", env.RECORDED_LIVE_INPUT_ID)
      .execute();
    const id = await show("ENDED", env.RECORDED_LIVE_INPUT_ID, { endedAt: longAgo(10) });
    await sweepBroadcasts(appDeps());
    expect(await findPerformance(db(), id)).toMatchObject({
      recording_video_id: env.RECORDED_VIDEO_ID,
      replay_ready_at: expect.any(String),
    });
    expect((await listRecordings(db(), id)).map(renditionsOf)).toEqual([[360]]);
  });

  it("tries again on the next run when Stream is down, losing nothing", async () => {
    await db()
      .updateTable("performances")
      .set({ live_input_id: null })
      .where("live_input_id", "=", env.RECORDED_LIVE_INPUT_ID)
      .execute();
    const id = await show("ENDED", env.RECORDED_LIVE_INPUT_ID, { endedAt: longAgo(10) });
    const config = readConfig(env);
    const down = { ...config.stream.client, apiBase: env.REFUSING_STREAM_BASE, retries: 0 };

    await sweepBroadcasts(appDeps({ config: { ...config, stream: { ...config.stream, client: down } } }));
    expect((await findPerformance(db(), id))?.replay_ready_at).toBeNull();

    await sweepBroadcasts(appDeps());
    expect((await findPerformance(db(), id))?.recording_video_id).toBe(env.RECORDED_VIDEO_ID);
  });
});
