import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SigningKey } from "../../api/src/stream/client";
import { openStateStore } from "../src/state/state-store";
import { videoRecords } from "../src/videos/video";
import { eventually } from "./support/eventually";
import { signPlaybackToken } from "./support/playback-tokens";
import { seedUnfinishedRecording, videoRecord } from "./support/seed-recording";
import { makeTempDataDir, startTestStreamLocal, type TestStreamLocal } from "./support/test-stream-local";

describe("the downloads API, as Cloudflare's", () => {
  let local: TestStreamLocal;
  let key: SigningKey;
  let uid: string;
  const failed = videoRecord({ state: "error", errorReasonCode: "ERR_NON_VIDEO" });
  const dataDir = makeTempDataDir();

  const api = async (method: string, path: string) => {
    const { apiBase, accountId, apiToken } = local.streamLocal;
    const response = await fetch(`${apiBase}/accounts/${accountId}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiToken}` },
    });
    return { status: response.status, json: (await response.json()) as any };
  };
  const playback = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${local.streamLocal.httpUrl}${path}`, { headers });
  const downloadable = () => signPlaybackToken(key, { sub: uid, downloadable: true });

  beforeAll(async () => {
    const seeded = await seedUnfinishedRecording(dataDir, { requireSignedURLs: true });
    videoRecords(openStateStore(dataDir)).put(failed);
    local = await startTestStreamLocal({ dataDir });
    key = await local.client.createSigningKey();
    uid = seeded.uid;
    await eventually(async () => ((await local.client.getVideo(uid)).readyToStream ? true : undefined), {
      what: "seeded recording ready",
    });
  });
  afterAll(async () => {
    await local?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("knows no MP4 before a download is created, and answers {} for its downloads", async () => {
    expect((await playback(`/${await downloadable()}/downloads/default.mp4`)).status).toBe(404);
    expect((await api("GET", `/stream/${uid}/downloads`)).json).toMatchObject({ success: true, result: {} });
  });

  it("prepares the download, then serves the MP4 at its url to a downloadable token, with ranges", async () => {
    const created = await local.client.createDownload(uid);
    expect(created.default?.status).toBe("inprogress");
    expect(created.default?.url).toBe(`${local.streamLocal.playbackBase}/${uid}/downloads/default.mp4`);
    const ready = await eventually(async () => {
      const downloads = await local.client.getDownloads(uid);
      return downloads.default?.status === "ready" ? downloads.default : undefined;
    });
    expect(ready.percentComplete).toBe(100);

    const whole = await playback(`/${await downloadable()}/downloads/default.mp4`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    const bytes = new Uint8Array(await whole.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe("ftyp");

    const tail = await playback(`/${await downloadable()}/downloads/default.mp4`, { range: "bytes=100-" });
    expect(tail.status).toBe(206);
    expect(tail.headers.get("content-range")).toBe(`bytes 100-${bytes.length - 1}/${bytes.length}`);
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(bytes.subarray(100));
  });

  it("creates the same download when asked again", async () => {
    const again = await local.client.createDownload(uid);
    expect(again.default?.status).toBe("ready");
  });

  it("refuses the MP4 to a token without downloadable, and to the bare uid of a signed video", async () => {
    const plain = await signPlaybackToken(key, { sub: uid });
    expect((await playback(`/${plain}/downloads/default.mp4`)).status).toBe(403);
    expect((await playback(`/${uid}/downloads/default.mp4`)).status).toBe(401);
  });

  it("refuses a download of a video that is not ready, with Cloudflare's error envelope", async () => {
    const refused = await api("POST", `/stream/${failed.uid}/downloads`);
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ success: false, errors: [{ code: expect.any(Number) }] });
    expect((await api("GET", `/stream/${failed.uid}/downloads`)).json.result).toEqual({});
  });

  it("deletes the download: its MP4 is unknown again", async () => {
    expect((await api("DELETE", `/stream/${uid}/downloads`)).json.success).toBe(true);
    expect((await api("GET", `/stream/${uid}/downloads`)).json.result).toEqual({});
    expect((await playback(`/${await downloadable()}/downloads/default.mp4`)).status).toBe(404);
  });
});
