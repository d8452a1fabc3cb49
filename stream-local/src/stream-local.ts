/**
 * stream-local: a local stand-in for Cloudflare Stream. RTMP ingest (node-media-server), ffmpeg
 * workers writing ABR HLS and recordings, Cloudflare's REST API subset, the playback host with
 * signed URLs, and Cloudflare's webhook formats. `startStreamLocal` is what the CLI, `pnpm dev`
 * and the tests start.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { publicUrls, resolveSettings, type StreamLocalOptions } from "./config";
import { findFreePort } from "./free-port";
import { API_ROOT, createCloudflareApi, isApiPath } from "./http/cloudflare-api";
import { startHttpServer } from "./http/http-server";
import { pathOf, Router } from "./http/router";
import { LiveBroadcasts } from "./ingest/live-broadcasts";
import { type RtmpServer, startRtmpServer } from "./ingest/rtmp-server";
import type { SpeedMonitorOptions } from "./ingest/speed-monitor";
import { addLiveInputRoutes } from "./live-inputs/live-input-routes";
import { createLogger } from "./logger";
import { ChildProcesses } from "./media/child-processes";
import { MediaLayout } from "./media/media-layout";
import { findMediaTools } from "./media/media-tools";
import { addNotificationRoutes } from "./notifications/notification-routes";
import { LiveThumbnails } from "./playback/live-thumbnail";
import { LiveViewers } from "./playback/live-viewers";
import { createPlaybackHost } from "./playback/playback-host";
import { addPlaybackRoutes } from "./playback/playback-routes";
import { PlaybackTokenVerifier } from "./signing/playback-token";
import { signingKeyRecords } from "./signing/signing-key";
import { addSigningKeyRoutes } from "./signing/signing-key-routes";
import { openStateStore } from "./state/state-store";
import { deleteExpiredRecordings } from "./videos/recording-retention";
import { videoRecords } from "./videos/video";
import { addDownloadRoutes } from "./videos/download-routes";
import { addCaptionRoutes } from "./videos/caption-routes";
import { addVideoRoutes } from "./videos/video-routes";
import { addWebhookRoutes } from "./webhooks/webhook-routes";
import { WebhookSender } from "./webhooks/webhook-sender";

export type { StreamLocalOptions } from "./config";

export interface StreamLocal {
  /** e.g. http://127.0.0.1:8790 */
  httpUrl: string;
  /** The ingest URL publishers use (rtmps.url), e.g. rtmp://localhost:1935/live/ */
  rtmpUrl: string;
  /** The Worker's Stream apiBase, e.g. http://127.0.0.1:8790/client/v4 */
  apiBase: string;
  /** The Worker's Stream playbackBase, e.g. http://localhost:8790 */
  playbackBase: string;
  accountId: string;
  apiToken: string;
  httpPort: number;
  rtmpPort: number;
  dataDir: string;
  /** The pid of the ffmpeg worker serving a live input now, if any. */
  activeTranscoderPid(inputUid: string): number | undefined;
  close(): Promise<void>;
}

const RETENTION_CHECK_INTERVAL_MS = 60 * 60_000;

export async function startStreamLocal(
  options: StreamLocalOptions & { speedMonitor?: SpeedMonitorOptions } = {},
): Promise<StreamLocal> {
  const { speedMonitor, ...settingsOptions } = options;
  const settings = resolveSettings(settingsOptions);
  const log = createLogger(settings.logLevel);
  const tools = findMediaTools(settings);
  mkdirSync(settings.dataDir, { recursive: true });
  const store = openStateStore(settings.dataDir);
  const layout = new MediaLayout(settings.dataDir);
  const processes = new ChildProcesses();
  const webhooks = new WebhookSender(log);

  // The port has to be known before anything that hands out URLs exists; until the routes are
  // added, the API answers 503.
  const api = new Router();
  const playback = new Router();
  const handleApiRequest = createCloudflareApi(api, { accountId: settings.accountId, apiToken: settings.apiToken });
  const handlePlaybackRequest = createPlaybackHost(playback);
  let ready = false;
  const http = await startHttpServer({
    port: settings.httpPort,
    handle: (message) => {
      if (!isApiPath(pathOf(message))) return handlePlaybackRequest(message);
      return ready
        ? handleApiRequest(message)
        : Promise.resolve({ status: 503, body: { text: "stream-local is starting" } });
    },
    log,
  });

  const rtmpPort = settings.rtmpPort === 0 ? await findFreePort() : settings.rtmpPort;
  const urls = publicUrls(settings, { http: http.port, rtmp: rtmpPort });
  const broadcasts = new LiveBroadcasts({
    store,
    layout,
    tools,
    processes,
    webhooks,
    accountId: settings.accountId,
    urls,
    rtmpPort,
    log,
    speedMonitor,
  });
  let rtmp: RtmpServer;
  try {
    rtmp = await startRtmpServer({
      port: rtmpPort,
      storeDir: join(settings.dataDir, "node-media-server"),
      events: broadcasts.rtmpEvents,
      log,
    });
  } catch (error) {
    await http.close();
    throw error;
  }

  // Videos last: `/stream/:uid` would otherwise shadow `/stream/keys` and `/stream/webhook`.
  const features = { store, broadcasts, layout, urls, log };
  addLiveInputRoutes(api, features);
  addSigningKeyRoutes(api, features);
  addWebhookRoutes(api, features);
  addNotificationRoutes(api, features);
  addDownloadRoutes(api, features);
  addCaptionRoutes(api, features);
  addVideoRoutes(api, features);
  addPlaybackRoutes(playback, {
    ...features,
    tokens: new PlaybackTokenVerifier(signingKeyRecords(store)),
    viewers: new LiveViewers(),
    thumbnails: new LiveThumbnails(tools, processes),
  });
  ready = true;

  broadcasts.recoverAfterRestart();
  const videos = videoRecords(store);
  deleteExpiredRecordings(videos, layout, log);
  const retention = setInterval(() => deleteExpiredRecordings(videos, layout, log), RETENTION_CHECK_INTERVAL_MS);
  retention.unref();

  const httpUrl = `http://127.0.0.1:${http.port}`;
  log.info(
    `stream-local: API ${httpUrl}${API_ROOT} (account ${settings.accountId}), playback ${urls.playbackBase}, RTMP ${urls.rtmpIngest}`,
  );
  log.info(`stream-local: data in ${settings.dataDir}; ffmpeg ${tools.ffmpeg}, ffprobe ${tools.ffprobe}`);

  let closing: Promise<void> | undefined;
  return {
    httpUrl,
    rtmpUrl: urls.rtmpIngest,
    apiBase: `${httpUrl}${API_ROOT}`,
    playbackBase: urls.playbackBase,
    accountId: settings.accountId,
    apiToken: settings.apiToken,
    httpPort: http.port,
    rtmpPort,
    dataDir: settings.dataDir,
    activeTranscoderPid: (inputUid) => broadcasts.activeTranscoderPid(inputUid),
    close: () =>
      (closing ??= (async () => {
        clearInterval(retention);
        await broadcasts.close();
        await rtmp.close();
        await processes.stopAll();
        await broadcasts.settled();
        webhooks.close();
        await http.close();
      })()),
  };
}
