/**
 * Who may play what: `/<uid or token>` resolved to a live input or a video. Media of a target
 * that requires signed URLs needs a token; `allowedOrigins` limits the embedding origins.
 */
import { type Reply, type Request, textReply } from "../http/router";
import { UID_PATTERN } from "../ids";
import { type LiveInputRecord, type LiveInputRecords, liveInputRecords } from "../live-inputs/live-input";
import type { Logger } from "../logger";
import type { PlaybackTokenVerifier } from "../signing/playback-token";
import type { StateStore } from "../state/state-store";
import { type VideoRecord, type VideoRecords, videoRecords } from "../videos/video";
import { corsHeaders, originAllowed } from "./cross-origin";

export type Target =
  { kind: "input"; uid: string; input: LiveInputRecord } | { kind: "video"; uid: string; video: VideoRecord };

export interface Access {
  target: Target;
  /** Whether a token granted the access and allows downloads */
  viaToken: boolean;
  downloadable: boolean;
  headers: Record<string, string>;
}

/** The input whose live output a target plays, if it can be live. */
export function liveInputOf(target: Target): string | null {
  if (target.kind === "input") return target.uid;
  return target.video.state === "live-inprogress" ? target.video.liveInput : null;
}

const signedOnly = (target: Target) =>
  target.kind === "input" ? target.input.recording.requireSignedURLs : target.video.requireSignedURLs;
const allowedOrigins = (target: Target) =>
  target.kind === "input" ? target.input.recording.allowedOrigins : target.video.allowedOrigins;

export class PlaybackAccess {
  readonly #inputs: LiveInputRecords;
  readonly #videos: VideoRecords;
  readonly #tokens: PlaybackTokenVerifier;
  readonly #log: Logger;

  constructor(deps: { store: StateStore; tokens: PlaybackTokenVerifier; log: Logger }) {
    this.#inputs = liveInputRecords(deps.store);
    this.#videos = videoRecords(deps.store);
    this.#tokens = deps.tokens;
    this.#log = deps.log;
  }

  /** The request's target and the CORS headers to answer with, or the refusal. */
  async authorize(request: Request, purpose: "media" | "status"): Promise<Access | Reply> {
    const id = request.params.id ?? "";
    let target: Target | undefined;
    let viaToken = false;
    let downloadable = false;
    if (UID_PATTERN.test(id)) {
      target = this.#targetOf(id);
      if (!target) return textReply(404, "Not Found");
      if (purpose === "media" && signedOnly(target)) return textReply(401, "This video requires a signed URL.");
    } else {
      const country = request.headers["cf-ipcountry"];
      const verdict = await this.#tokens.verify(id, {
        ip: request.clientIp,
        country: typeof country === "string" && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null,
      });
      if (!verdict.ok) {
        this.#log.debug(`playback refused: ${verdict.reason}`);
        return textReply(verdict.status, verdict.status === 403 ? "Forbidden" : "Unauthorized");
      }
      target = this.#targetOf(verdict.uid);
      if (!target) return textReply(404, "Not Found");
      viaToken = true;
      downloadable = verdict.downloadable;
    }
    const origin = request.headers.origin;
    if (!originAllowed(origin, allowedOrigins(target))) return textReply(403, "This origin may not play this video.");
    return { target, viaToken, downloadable, headers: corsHeaders(origin, allowedOrigins(target)) };
  }

  #targetOf(uid: string): Target | undefined {
    const input = this.#inputs.get(uid);
    if (input) return { kind: "input", uid, input };
    const video = this.#videos.get(uid);
    return video ? { kind: "video", uid, video } : undefined;
  }
}
