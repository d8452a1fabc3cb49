/** `/<id>/lifecycle` and `/<id>/views`: whether a target is live, and how many watch it. */
import type { Handler } from "../http/router";
import type { StateStore } from "../state/state-store";
import { recordingsOf, videoRecords } from "../videos/video";
import type { HlsSources, LiveOutputs } from "./hls-sources";
import type { LiveViewers } from "./live-viewers";
import { liveInputOf, type PlaybackAccess } from "./playback-access";

export function lifecycle(deps: {
  access: PlaybackAccess;
  sources: HlsSources;
  broadcasts: LiveOutputs;
  store: StateStore;
}): Handler {
  const videos = videoRecords(deps.store);
  return async (request) => {
    const access = await deps.access.authorize(request, "status");
    if (!("target" in access)) return access;
    const target = access.target;
    const headers = { ...access.headers, "cache-control": "no-cache" };
    if (target.kind === "input") {
      const videoUID = deps.broadcasts.currentVideoUid(target.uid) ?? recordingsOf(videos, target.uid)[0]?.uid ?? null;
      const live = deps.broadcasts.isLive(target.uid);
      return { status: 200, headers, body: { json: { isInput: true, videoUID, live } } };
    }
    const live = deps.sources.recordingIsLive(target.video);
    return { status: 200, headers, body: { json: { isInput: false, videoUID: target.video.uid, live } } };
  };
}

export function views(deps: { access: PlaybackAccess; viewers: LiveViewers }): Handler {
  return async (request) => {
    const access = await deps.access.authorize(request, "status");
    if (!("target" in access)) return access;
    const inputUid = liveInputOf(access.target);
    return {
      status: 200,
      headers: { ...access.headers, "cache-control": "no-cache" },
      body: { json: { liveViewers: inputUid ? deps.viewers.count(inputUid) : 0 } },
    };
  };
}
