import { z } from "zod";
import type { PublicUrls } from "../config";
import type { FeedMeasures } from "../ingest/feed-inspector";
import { notFound, ok, parseBody } from "../http/cloudflare-envelope";
import type { Router } from "../http/router";
import type { Logger } from "../logger";
import type { StateStore } from "../state/state-store";
import { recordingsOf, toCloudflareVideo, videoRecords } from "../videos/video";
import {
  liveInputRecords,
  type LiveInputRecord,
  newLiveInput,
  toCloudflareLiveInput,
  toCloudflareLiveInputSummary,
  withRotatedKeys,
} from "./live-input";

const LiveInputBodySchema = z.object({
  meta: z.record(z.string(), z.unknown()).optional(),
  enabled: z.boolean().optional(),
  recording: z
    .object({
      mode: z.enum(["off", "automatic"]).optional(),
      timeoutSeconds: z.number().int().min(0).optional(),
      requireSignedURLs: z.boolean().optional(),
      allowedOrigins: z.array(z.string().min(1)).nullable().optional(),
      hideLiveViewerCount: z.boolean().optional(),
    })
    .optional(),
  deleteRecordingAfterDays: z.number().min(30).nullable().optional(),
  preferLowLatency: z.boolean().optional(),
  defaultCreator: z.string().optional(),
});

type LiveInputBody = z.infer<typeof LiveInputBodySchema>;

/** Fields the body names replace the stored ones; `recording` is merged field by field. */
function applyBody(input: LiveInputRecord, body: LiveInputBody, now: string): LiveInputRecord {
  const recording = Object.fromEntries(Object.entries(body.recording ?? {}).filter(([, value]) => value !== undefined));
  return {
    ...input,
    modified: now,
    meta: body.meta ?? input.meta,
    enabled: body.enabled ?? input.enabled,
    recording: { ...input.recording, ...recording },
    deleteRecordingAfterDays:
      body.deleteRecordingAfterDays === undefined ? input.deleteRecordingAfterDays : body.deleteRecordingAfterDays,
    preferLowLatency: body.preferLowLatency ?? input.preferLowLatency,
    defaultCreator: body.defaultCreator ?? input.defaultCreator,
  };
}

/** What ingest does when an input changes under its publisher. */
export interface PublisherControl {
  /** Ends the current publish (key rotation, input disabled or deleted). */
  disconnectPublisher(inputUid: string): void;
  inputDeleted(inputUid: string): void;
  /** What the connected feed measures, or null with no feed */
  feedMeasures(inputUid: string): FeedMeasures | null;
}

export function addLiveInputRoutes(
  router: Router,
  deps: { store: StateStore; broadcasts: PublisherControl; urls: PublicUrls; log: Logger },
): void {
  const { broadcasts, urls, log } = deps;
  const inputs = liveInputRecords(deps.store);
  const videos = videoRecords(deps.store);
  const show = (input: LiveInputRecord) => toCloudflareLiveInput(input, urls, broadcasts.feedMeasures(input.uid));
  const find = (uid: string | undefined) => (uid ? inputs.get(uid) : undefined);

  router.add("POST", "/stream/live_inputs", async (request) => {
    const parsed = await parseBody(request, LiveInputBodySchema);
    if ("reply" in parsed) return parsed.reply;
    const now = new Date().toISOString();
    const input = inputs.put(applyBody(newLiveInput(now), parsed.value, now));
    log.info(`created live input ${input.uid}`);
    return ok(show(input));
  });

  router.add("GET", "/stream/live_inputs", () => {
    const listed = inputs.list().sort((a, b) => b.created.localeCompare(a.created));
    return ok({ liveInputs: listed.map(toCloudflareLiveInputSummary), range: 1000, total: listed.length });
  });

  router.add("GET", "/stream/live_inputs/:uid", (request) => {
    const input = find(request.params.uid);
    return input ? ok(show(input)) : notFound("live input");
  });

  router.add("PUT", "/stream/live_inputs/:uid", async (request) => {
    const input = find(request.params.uid);
    if (!input) return notFound("live input");
    const parsed = await parseBody(request, LiveInputBodySchema);
    if ("reply" in parsed) return parsed.reply;
    const updated = inputs.put(applyBody(input, parsed.value, new Date().toISOString()));
    if (!updated.enabled) broadcasts.disconnectPublisher(updated.uid);
    return ok(show(updated));
  });

  router.add("DELETE", "/stream/live_inputs/:uid", (request) => {
    const input = find(request.params.uid);
    if (!input) return notFound("live input");
    inputs.delete(input.uid);
    broadcasts.inputDeleted(input.uid);
    log.info(`deleted live input ${input.uid}`);
    return ok(null);
  });

  // The old key stops working at once: a publisher still using it is disconnected too.
  router.add("POST", "/stream/live_inputs/:uid/rotate_keys", (request) => {
    const input = find(request.params.uid);
    if (!input) return notFound("live input");
    const rotated = inputs.put(withRotatedKeys(input, new Date().toISOString()));
    broadcasts.disconnectPublisher(rotated.uid);
    log.info(`rotated the stream key of live input ${rotated.uid}`);
    return ok(show(rotated));
  });

  router.add("GET", "/stream/live_inputs/:uid/videos", (request) => {
    const input = find(request.params.uid);
    if (!input) return notFound("live input");
    return ok(recordingsOf(videos, input.uid).map((video) => toCloudflareVideo(video, urls)));
  });
}
