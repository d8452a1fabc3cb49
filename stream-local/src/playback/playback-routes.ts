/**
 * The playback host, shaped like customer-<code>.cloudflarestream.com: `/<uid or token>/...`.
 * Every link inside a playlist is relative, so a token in the path carries on to variant
 * playlists and segments (hls.js does not carry query strings).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { LiveBroadcasts } from "../ingest/live-broadcasts";
import type { LiveInputRecord } from "../live-inputs/live-input";
import type { Logger } from "../logger";
import { MediaLayout } from "../media/media-layout";
import type { Reply, Request, Router } from "../http/router";
import { UID_PATTERN } from "../ids";
import type { PlaybackTokenVerifier } from "../signing/playback-token";
import { recordingsOf, type StateStore } from "../state/state-store";
import type { VideoRecord } from "../videos/video";
import { corsHeaders, originAllowed } from "./cross-origin";
import type { LiveThumbnails } from "./live-thumbnail";
import type { LiveViewers } from "./live-viewers";

export interface PlaybackDeps {
  state: StateStore;
  broadcasts: LiveBroadcasts;
  layout: MediaLayout;
  tokens: PlaybackTokenVerifier;
  viewers: LiveViewers;
  thumbnails: LiveThumbnails;
  log: Logger;
}

type Target =
  { kind: "input"; uid: string; input: LiveInputRecord } | { kind: "video"; uid: string; video: VideoRecord };

interface Access {
  target: Target;
  /** Whether a token granted the access and allows downloads */
  viaToken: boolean;
  downloadable: boolean;
  headers: Record<string, string>;
}

interface HlsSource {
  dir: string;
  live: boolean;
  /** The input whose live viewers this playback counts toward */
  inputUid: string | null;
}

/** How long a live playlist request waits for the worker's first output. */
const LIVE_OUTPUT_WAIT_MS = 15_000;
const PLAYLIST_TYPE = "application/vnd.apple.mpegurl";

const text = (status: number, message: string, headers: Record<string, string> = {}): Reply => ({
  status,
  headers,
  body: { text: message },
});

export function addPlaybackRoutes(router: Router, deps: PlaybackDeps): void {
  const { state, broadcasts, layout } = deps;

  const targetOf = (uid: string): Target | undefined => {
    const input = state.liveInputs.get(uid);
    if (input) return { kind: "input", uid, input };
    const video = state.videos.get(uid);
    return video ? { kind: "video", uid, video } : undefined;
  };

  const signedOnly = (target: Target) =>
    target.kind === "input" ? target.input.recording.requireSignedURLs : target.video.requireSignedURLs;
  const allowedOrigins = (target: Target) =>
    target.kind === "input" ? target.input.recording.allowedOrigins : target.video.allowedOrigins;

  /** Resolves `/<uid or token>`; media needs a token when the target requires signed URLs. */
  const authorize = async (request: Request, purpose: "media" | "status"): Promise<Access | Reply> => {
    const id = request.params.id ?? "";
    let target: Target | undefined;
    let viaToken = false;
    let downloadable = false;
    if (UID_PATTERN.test(id)) {
      target = targetOf(id);
      if (!target) return text(404, "Not Found");
      if (purpose === "media" && signedOnly(target)) return text(401, "This video requires a signed URL.");
    } else {
      const country = request.headers["cf-ipcountry"];
      const verdict = await deps.tokens.verify(id, {
        ip: request.clientIp,
        country: typeof country === "string" && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null,
      });
      if (!verdict.ok) {
        deps.log.debug(`playback refused: ${verdict.reason}`);
        return text(verdict.status, verdict.status === 403 ? "Forbidden" : "Unauthorized");
      }
      target = targetOf(verdict.uid);
      if (!target) return text(404, "Not Found");
      viaToken = true;
      downloadable = verdict.downloadable;
    }
    const origin = request.headers.origin;
    if (!originAllowed(origin, allowedOrigins(target))) return text(403, "This origin may not play this video.");
    return { target, viaToken, downloadable, headers: corsHeaders(origin, allowedOrigins(target)) };
  };

  const hlsSourceOf = (target: Target): HlsSource | null => {
    if (target.kind === "input") {
      const dir = broadcasts.liveHlsDirOfInput(target.uid);
      return dir ? { dir, live: true, inputUid: target.uid } : null;
    }
    const video = target.video;
    if (video.state === "ready")
      return { dir: MediaLayout.vodDir(layout.videoDir(video.uid)), live: false, inputUid: null };
    const dir = broadcasts.liveHlsDirOfVideo(video);
    if (!dir || !video.liveInput) return null;
    const live = broadcasts.isLive(video.liveInput) && broadcasts.currentVideoUid(video.liveInput) === video.uid;
    return { dir, live, inputUid: video.liveInput };
  };

  /** A live input's worker starts on the feed's first keyframe: wait for its output a little. */
  const awaitHlsSource = async (target: Target): Promise<HlsSource | null> => {
    const inputUid =
      target.kind === "input" ? target.uid : target.video.state === "live-inprogress" ? target.video.liveInput : null;
    const deadline = Date.now() + LIVE_OUTPUT_WAIT_MS;
    for (;;) {
      const source = hlsSourceOf(target);
      if (source || !inputUid || !broadcasts.isLive(inputUid) || Date.now() > deadline) return source;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  const countViewer = (request: Request, source: HlsSource) => {
    if (!source.live || !source.inputUid) return;
    deps.viewers.saw(
      source.inputUid,
      `${request.clientIp} ${request.headers["user-agent"] ?? ""} ${request.params.id}`,
    );
  };

  /** While live, the newest worker may not have written this file yet: wait for it a little. */
  const waitForLiveFile = async (file: string, stillLive: () => boolean): Promise<boolean> => {
    const deadline = Date.now() + LIVE_OUTPUT_WAIT_MS;
    while (!existsSync(file)) {
      if (Date.now() > deadline || !stillLive()) return false;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return true;
  };

  const playlist = async (request: Request, access: Access, source: HlsSource, file: string): Promise<Reply> => {
    countViewer(request, source);
    const ready = source.live
      ? await waitForLiveFile(file, () => hlsSourceOf(access.target)?.live === true)
      : existsSync(file);
    if (!ready) return text(404, "Not Found", access.headers);
    return {
      status: 200,
      headers: {
        ...access.headers,
        "content-type": PLAYLIST_TYPE,
        "cache-control": source.live ? "no-cache" : "public, max-age=60",
      },
      body: { text: readFileSync(file, "utf8") },
    };
  };

  router.add("GET", "/:id/manifest/video.m3u8", async (request) => {
    const access = await authorize(request, "media");
    if (!("target" in access)) return access;
    const source = await awaitHlsSource(access.target);
    if (!source)
      return text(
        404,
        access.target.kind === "input" ? "This live input is not live." : "This video is not ready.",
        access.headers,
      );
    return playlist(request, access, source, MediaLayout.masterPlaylist(source.dir));
  });

  router.add("GET", "/:id/manifest/video.mpd", () => text(404, "stream-local serves HLS only."));

  router.add("GET", "/:id/manifest/:rendition/:file", async (request) => {
    const { rendition = "", file = "" } = request.params;
    if (!/^\d{1,2}$/.test(rendition) || !/^(index\.m3u8|segment-\d+\.ts)$/.test(file)) return text(404, "Not Found");
    const access = await authorize(request, "media");
    if (!("target" in access)) return access;
    const source = await awaitHlsSource(access.target);
    if (!source) return text(404, "Not Found", access.headers);
    if (file === "index.m3u8") return playlist(request, access, source, join(source.dir, rendition, file));
    countViewer(request, source);
    const segment = findSegment(source.dir, rendition, file);
    if (!segment) return text(404, "Not Found", access.headers);
    return {
      status: 200,
      headers: { ...access.headers, "content-type": "video/mp2t", "cache-control": "public, max-age=3600" },
      body: { file: segment },
    };
  });

  router.add("GET", "/:id/thumbnails/thumbnail.jpg", async (request) => {
    const access = await authorize(request, "media");
    if (!("target" in access)) return access;
    const headers = { ...access.headers, "content-type": "image/jpeg" };
    const target = access.target;
    if (target.kind === "video" && target.video.state === "ready") {
      return {
        status: 200,
        headers: { ...headers, "cache-control": "public, max-age=300" },
        body: { file: MediaLayout.thumbnail(layout.videoDir(target.uid)) },
      };
    }
    const source = hlsSourceOf(target);
    const jpeg = source ? await deps.thumbnails.of(source.dir) : null;
    if (!jpeg) return text(404, "No thumbnail yet.", access.headers);
    return { status: 200, headers: { ...headers, "cache-control": "no-cache" }, body: { bytes: jpeg } };
  });

  router.add("GET", "/:id/downloads/default.mp4", async (request) => {
    const access = await authorize(request, "media");
    if (!("target" in access)) return access;
    const target = access.target;
    if (target.kind !== "video" || target.video.state !== "ready") return text(404, "Not Found", access.headers);
    if (access.viaToken && target.video.requireSignedURLs && !access.downloadable) {
      return text(403, "This token does not allow downloads (downloadable: true).", access.headers);
    }
    return {
      status: 200,
      headers: { ...access.headers, "content-type": "video/mp4", "cache-control": "public, max-age=300" },
      body: { file: MediaLayout.mp4(layout.videoDir(target.uid)) },
    };
  });

  router.add("GET", "/:id/lifecycle", async (request) => {
    const access = await authorize(request, "status");
    if (!("target" in access)) return access;
    const target = access.target;
    const headers = { ...access.headers, "cache-control": "no-cache" };
    if (target.kind === "input") {
      const videoUID = broadcasts.currentVideoUid(target.uid) ?? recordingsOf(state, target.uid)[0]?.uid ?? null;
      return { status: 200, headers, body: { json: { isInput: true, videoUID, live: broadcasts.isLive(target.uid) } } };
    }
    const video = target.video;
    const live =
      video.state === "live-inprogress" &&
      !!video.liveInput &&
      broadcasts.isLive(video.liveInput) &&
      broadcasts.currentVideoUid(video.liveInput) === video.uid;
    return { status: 200, headers, body: { json: { isInput: false, videoUID: video.uid, live } } };
  });

  router.add("GET", "/:id/views", async (request) => {
    const access = await authorize(request, "status");
    if (!("target" in access)) return access;
    const target = access.target;
    const inputUid =
      target.kind === "input" ? target.uid : target.video.state === "live-inprogress" ? target.video.liveInput : null;
    return {
      status: 200,
      headers: { ...access.headers, "cache-control": "no-cache" },
      body: { json: { liveViewers: inputUid ? deps.viewers.count(inputUid) : 0 } },
    };
  });
}

/**
 * A segment of the live output. After a worker restart the newest part holds the playlists, but a
 * player may still ask for the segments its previous playlist listed, from an earlier part.
 */
function findSegment(hlsDir: string, rendition: string, file: string): string | null {
  const direct = join(hlsDir, rendition, file);
  if (existsSync(direct)) return direct;
  const partsDir = dirname(hlsDir);
  if (!partsDir.endsWith("parts") || !existsSync(partsDir)) return null;
  for (const part of readdirSync(partsDir)) {
    const candidate = join(partsDir, part, rendition, file);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** CORS preflight for any playback path. */
export function preflightReply(origin: string | undefined): Reply {
  return {
    status: 204,
    headers: {
      "access-control-allow-origin": origin ?? "*",
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "range, content-type",
      "access-control-max-age": "86400",
    },
    body: { none: true },
  };
}
