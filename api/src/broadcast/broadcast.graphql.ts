import type { PerformanceRow } from "../db/tables";
import {
  ConflictError,
  IllegalTransitionError,
  NotAvailableError,
  NotFoundError,
  ReplayExpiredError,
  StreamUnavailableError,
} from "../errors";
import { PerformanceRef } from "../performances/performance.graphql";
import { builder } from "../schema/builder";
import { playableParts, renditionsOf } from "./replay.service";
import { listRecordingsOf } from "./replays.repository";
import {
  endPerformance,
  type Ingest,
  ingestOf,
  type Playback,
  playbackFor,
  type ReplayPart,
  rotateStreamKey,
  startPerformance,
  undoStartPerformance,
} from "./broadcast.service";

const IngestRef = builder.objectRef<Ingest>("Ingest").implement({
  description: "Where to point OBS (or ffmpeg): server URL and stream key. The key is a secret: organizers only.",
  authScopes: { organizer: true },
  fields: (t) => ({
    rtmpsUrl: t.exposeString("rtmpsUrl", { description: "Server URL, e.g. rtmps://live.cloudflare.com:443/live/" }),
    streamKey: t.exposeString("streamKey", {
      description: "The secret key for OBS's Stream key box; anyone holding it can broadcast as the show",
    }),
  }),
});

const ReplayPartRef = builder.objectRef<ReplayPart>("ReplayPart").implement({
  description:
    "One recording of the replay. A show whose feed stayed away for a while (an intermission) has several: play them one after another.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    hlsUrl: t.exposeString("hlsUrl", { description: "This recording's signed HLS master playlist" }),
    durationSeconds: t.exposeFloat("durationSeconds", { description: "Its length in seconds" }),
    startedAt: t.expose("startedAt", {
      type: "DateTime",
      description:
        "When the recording began (the feed connected), UTC: a moment of the show at startedAt + t is t seconds into this part, which is how a chat replay finds each message's place",
    }),
  }),
});

const PlaybackRef = builder.objectRef<Playback>("Playback").implement({
  description: "A signed HLS URL for this viewer. It stops working at expiresAt: ask again a few minutes before.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    hlsUrl: t.exposeString("hlsUrl", {
      description:
        "The HLS master playlist (.m3u8), signed for this viewer: give it to hls.js or a native player as is. Personal: do not share or cache it",
    }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      description: "When hlsUrl and heartbeatToken stop working: at most one hour after they were issued (UTC)",
    }),
    live: t.exposeBoolean("live", { description: "true while the show is live; false for the replay" }),
    parts: t.field({
      type: [ReplayPartRef],
      description:
        "The replay's recordings in order (the first is hlsUrl); the player plays them as one, the intermissions cut. Empty while live",
      resolve: (playback) => playback.parts,
    }),
    heartbeatToken: t.exposeString("heartbeatToken", {
      description:
        "For the player's heartbeats: POST /api/heartbeat { token, sessionId, positionSeconds, playing } every ~15 s while it plays",
    }),
  }),
});

export interface Recording {
  performanceId: string;
  /** The first playable recording of the show's (the one archived and thumbnailed first) */
  videoId: string;
  durationSeconds: number;
  readyAt: string;
}

export const RecordingRef = builder.objectRef<Recording>("Recording").implement({
  description:
    "The show's recording, for replay: every stretch of its feed, played as one. Watch it through Performance.playback once the show has ended.",
  authScopes: { public: true },
  fields: (t) => ({
    durationSeconds: t.exposeFloat("durationSeconds", {
      description: "Length of the replay in seconds (the intermissions cut)",
    }),
    readyAt: t.expose("readyAt", { type: "DateTime", description: "When the recording became ready for replay (UTC)" }),
    renditions: t.loadableList({
      type: "String",
      description:
        'The renditions the replay has, highest first, e.g. ["720p", "360p"] (those every part of it has). Public',
      load: async (performanceIds: string[], context) => {
        const rows = await listRecordingsOf(context.deps.db, performanceIds);
        return performanceIds.map((id) => {
          const ladders = playableParts(rows.filter((row) => row.performance_id === id)).map(renditionsOf);
          const [first = [], ...others] = ladders;
          return first
            .filter((height) => others.every((ladder) => ladder.includes(height)))
            .map((height) => `${height}p`);
        });
      },
      resolve: (recording) => recording.performanceId,
    }),
  }),
});

const registeredOrOrganizer = (performance: PerformanceRow) => ({
  $any: { organizer: true, registeredFor: performance.id },
});

builder.objectFields(PerformanceRef, (t) => ({
  ingest: t.field({
    type: IngestRef,
    nullable: true,
    description:
      "Organizers only (null, with FORBIDDEN or UNAUTHENTICATED in errors, for anyone else). Null once the show is over or cancelled. Always the key Stream holds now. Fails with code STREAM_UNAVAILABLE when Stream does not answer.",
    authScopes: { organizer: true },
    resolve: (performance, _args, context) => ingestOf(context.deps, performance),
  }),
  playback: t.field({
    type: PlaybackRef,
    description:
      "The live stream while the show is on, the replay after it (until replayAvailableUntil: no URL outlives it). Registered viewers and organizers only: UnauthenticatedError when signed out, ForbiddenError when not registered, NotAvailableError before the show starts, when cancelled, while the recording is being prepared or when there is none, ReplayExpiredError once the replay window has closed.",
    authScopes: registeredOrOrganizer,
    errors: {
      types: [NotAvailableError, ReplayExpiredError],
      union: {
        description:
          "A signed playback URL, or why there is none (NotAvailableError, ReplayExpiredError, UnauthenticatedError, ForbiddenError).",
      },
    },
    resolve: (performance, _args, context) => playbackFor(context.deps, performance, context.caller),
  }),
  recording: t.field({
    type: RecordingRef,
    nullable: true,
    description:
      "Set once the show has ended and its replay is ready; null before that, for a show never broadcast, and when its recording failed. Public",
    authScopes: { public: true },
    resolve: (performance) =>
      performance.replay_ready_at && performance.recording_video_id
        ? {
            performanceId: performance.id,
            videoId: performance.recording_video_id,
            durationSeconds: performance.recording_duration_seconds ?? 0,
            readyAt: performance.replay_ready_at,
          }
        : null,
  }),
}));

builder.mutationFields((t) => ({
  startPerformance: t.withAuth({ organizer: true }).field({
    type: PerformanceRef,
    description:
      "Goes live: a SCHEDULED show becomes GOING_LIVE until its feed connects, then LIVE, and only then are the registered fans alerted (LIVE at once when the feed is already there). Organizers only. Not needed when streaming: the feed connecting makes a SCHEDULED show live by itself. undoStartPerformance takes it back while no feed came. IllegalTransitionError unless the show is SCHEDULED; StreamUnavailableError when Stream cannot give it a live input.",
    args: { id: t.arg.id({ description: "Performance.id" }) },
    errors: {
      types: [NotFoundError, IllegalTransitionError, StreamUnavailableError],
      union: {
        description:
          "The show, now GOING_LIVE (or LIVE), or why it is not (NotFoundError, IllegalTransitionError, StreamUnavailableError, UnauthenticatedError, ForbiddenError).",
      },
    },
    resolve: (_root, { id }, context) => startPerformance(context.deps, String(id)),
  }),
  undoStartPerformance: t.withAuth({ organizer: true }).field({
    type: PerformanceRef,
    description:
      "Takes back a go-live whose feed never connected: a GOING_LIVE show is SCHEDULED again, its date and registrations kept, and nobody was alerted. Organizers only. IllegalTransitionError unless the show is GOING_LIVE (once a feed connected, the show is on: end it instead).",
    args: { id: t.arg.id({ description: "Performance.id" }) },
    errors: {
      types: [NotFoundError, IllegalTransitionError],
      union: {
        description:
          "The show, SCHEDULED again, or why it is not (NotFoundError, IllegalTransitionError, UnauthenticatedError, ForbiddenError).",
      },
    },
    resolve: (_root, { id }, context) => undoStartPerformance(context.deps, String(id)),
  }),
  endPerformance: t.withAuth({ organizer: true }).field({
    type: PerformanceRef,
    description:
      "Ends a show that is LIVE or INTERRUPTED; it becomes ENDED for good. The stream key stops working; the replay is ready as soon as Stream has finished the recordings (about a minute after the feed stopped; at once when it stopped earlier). Organizers only. IllegalTransitionError when the show is not live (ending twice included), and for GOING_LIVE (nothing was broadcast: undoStartPerformance keeps the date instead).",
    args: { id: t.arg.id({ description: "Performance.id" }) },
    errors: {
      types: [NotFoundError, IllegalTransitionError],
      union: {
        description:
          "The show, now ENDED, or why it is not (NotFoundError, IllegalTransitionError, UnauthenticatedError, ForbiddenError).",
      },
    },
    resolve: (_root, { id }, context) => endPerformance(context.deps, String(id)),
  }),
  rotateStreamKey: t.withAuth({ organizer: true }).field({
    type: IngestRef,
    description:
      "Issues a new stream key for the show; the old key stops working at once. Organizers only. ConflictError once the show is over or cancelled. With Stream not answering (StreamUnavailableError) nothing is rotated, or the key Stream holds is shown by Performance.ingest.",
    args: { performanceId: t.arg.id({ description: "Performance.id" }) },
    errors: {
      types: [NotFoundError, ConflictError, StreamUnavailableError],
      union: {
        description:
          "The new server URL and key, or why there is none (NotFoundError, ConflictError, StreamUnavailableError, UnauthenticatedError, ForbiddenError).",
      },
    },
    resolve: (_root, { performanceId }, context) => rotateStreamKey(context.deps, String(performanceId)),
  }),
}));
