import { rmSync } from "node:fs";
import { StreamClient } from "../../api/src/stream/client";
import { REPLAY, startCloudflareReplayServer } from "./contract/cloudflare-replay-server";
import { describeStreamApiContract } from "./contract/stream-api-contract";
import { openStateStore } from "../src/state/state-store";
import { videoRecords } from "../src/videos/video";
import { makeTempDataDir, startTestStreamLocal } from "./support/test-stream-local";
import { videoRecord } from "./support/seed-recording";

describeStreamApiContract("stream-local", async () => {
  const dataDir = makeTempDataDir();
  const recording = videoRecord({
    state: "ready",
    readyToStreamAt: new Date().toISOString(),
    duration: 42.5,
    width: 1280,
    height: 720,
    size: 1_234_567,
    requireSignedURLs: true,
  });
  videoRecords(openStateStore(dataDir)).put(recording);
  const local = await startTestStreamLocal({ dataDir });
  const config = {
    apiBase: local.streamLocal.apiBase,
    accountId: local.streamLocal.accountId,
    playbackBase: local.streamLocal.httpUrl,
  };
  return {
    client: local.client,
    clientWithWrongToken: new StreamClient({ ...config, apiToken: "not-the-token" }),
    knownVideoUid: recording.uid,
    close: async () => {
      await local.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});

describeStreamApiContract("Cloudflare (recorded responses)", async () => {
  const replay = await startCloudflareReplayServer();
  const config = { apiBase: replay.apiBase, accountId: REPLAY.accountId, playbackBase: replay.playbackBase };
  return {
    client: new StreamClient({ ...config, apiToken: REPLAY.apiToken }),
    clientWithWrongToken: new StreamClient({ ...config, apiToken: "not-the-token" }),
    knownVideoUid: REPLAY.videoUid,
    close: () => replay.close(),
  };
});
