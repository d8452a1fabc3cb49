import { PerformanceRef } from "../performances/performance.graphql";
import { builder } from "../schema/builder";
import type { IngestMeasures } from "../stream/client";
import type { OrganizerAlert } from "./organizer-alerts.service";
import { countLiveAlertRecipients } from "./broadcast.repository";
import { type Rendition, type StreamError, type StreamHealth, streamHealthOf } from "./stream-health.service";

const IngestMeasuresRef = builder.objectRef<IngestMeasures>("IngestMeasures").implement({
  description:
    "What the feed arriving from OBS is, as measured from its packets. Each figure is null while nothing has arrived to measure it (or when Stream does not report it).",
  authScopes: { organizer: true },
  fields: (t) => ({
    videoCodec: t.exposeString("videoCodec", { nullable: true, description: "e.g. h264" }),
    audioCodec: t.exposeString("audioCodec", { nullable: true, description: "e.g. aac" }),
    width: t.exposeInt("width", { nullable: true, description: "Picture width in pixels" }),
    height: t.exposeInt("height", { nullable: true, description: "Picture height in pixels" }),
    frameRate: t.exposeFloat("frameRate", {
      nullable: true,
      description: "Frames per second over the last few seconds",
    }),
    bitrateKbps: t.exposeInt("bitrateKbps", {
      nullable: true,
      description: "Audio and video together, kilobits per second over the last few seconds",
    }),
    keyframeIntervalSeconds: t.exposeFloat("keyframeIntervalSeconds", {
      nullable: true,
      description: "Seconds between the last two keyframes (Stream takes 2 to 10; 2 is best)",
    }),
  }),
});

const RenditionRef = builder.objectRef<Rendition>("LiveRendition").implement({
  description: "One quality fans can receive, as the live HLS playlist offers it",
  authScopes: { organizer: true },
  fields: (t) => ({
    width: t.exposeInt("width", { nullable: true, description: "Picture width in pixels" }),
    height: t.exposeInt("height", { description: "Picture height in pixels, e.g. 720" }),
    bandwidthKbps: t.exposeInt("bandwidthKbps", {
      nullable: true,
      description: "Peak bandwidth the playlist announces, kilobits per second",
    }),
  }),
});

const StreamErrorRef = builder.objectRef<StreamError>("LiveInputError").implement({
  description: "A live_input.errored event Stream reported: Stream refused the feed",
  authScopes: { organizer: true },
  fields: (t) => ({
    code: t.exposeString("code", { description: "Stream's code, e.g. ERR_GOP_OUT_OF_RANGE" }),
    message: t.exposeString("message", { description: "Stream's own words (may be empty)" }),
    at: t.expose("at", { type: "DateTime", description: "When Stream reported it (UTC)" }),
    advice: t.exposeString("advice", {
      description: "What to change in OBS, e.g. Set Keyframe Interval to 2 s in OBS > Settings > Output",
    }),
  }),
});

const OrganizerAlertKindEnum = builder.enumType("OrganizerAlertKind", {
  description: "Why the organizers were alerted about a show's feed",
  values: {
    FEED_DROPPED: { description: "The feed dropped during the show" },
    NO_FEED: { description: "No feed had connected five minutes after the scheduled time" },
    NOT_HELD: {
      description:
        "The show went live but no feed connected by 30 minutes after its slot ended: it was marked not held (CANCELLED)",
    },
  } as const,
});

const OrganizerAlertRef = builder.objectRef<OrganizerAlert>("OrganizerAlert").implement({
  description: "An alert the organizers got (on the broadcast panel and by email), once per occasion",
  authScopes: { organizer: true },
  fields: (t) => ({
    kind: t.expose("kind", { type: OrganizerAlertKindEnum, description: "FEED_DROPPED, NO_FEED or NOT_HELD" }),
    at: t.expose("at", { type: "DateTime", description: "When it was raised (UTC)" }),
    message: t.exposeString("message", { description: "The alert in words, as emailed" }),
  }),
});

const StreamHealthRef = builder.objectRef<StreamHealth>("StreamHealth").implement({
  description:
    "How the show's feed is doing, for its organizers: read it every few seconds while broadcasting. Stream not answering gives reachable: false with the stored parts (lastError, alerts).",
  authScopes: { organizer: true },
  fields: (t) => ({
    reachable: t.exposeBoolean("reachable", {
      description:
        "false when Stream did not answer: connected, connectedSince, ingest and renditions are then unknown",
    }),
    connected: t.exposeBoolean("connected", { description: "A feed is connected to the show's live input now" }),
    connectedSince: t.expose("connectedSince", {
      type: "DateTime",
      nullable: true,
      description: "When the current feed connected (UTC); null with no feed",
    }),
    onAirSeconds: t.exposeInt("onAirSeconds", {
      nullable: true,
      description: "Seconds since the show first went LIVE (until it ended); null before that",
    }),
    ingest: t.field({
      type: IngestMeasuresRef,
      nullable: true,
      description: "The connected feed's resolution, frame rate, bitrate and keyframe interval; null with no feed",
      resolve: (health) => health.ingest,
    }),
    renditions: t.field({
      type: [RenditionRef],
      description: "The qualities being produced for fans now, highest first; empty with no feed",
      resolve: (health) => health.renditions,
    }),
    lastError: t.field({
      type: StreamErrorRef,
      nullable: true,
      description: "The newest live_input.errored event of the show's feed, with what to change in OBS; null if none",
      resolve: (health) => health.lastError,
    }),
    alerts: t.field({
      type: [OrganizerAlertRef],
      description: "Alerts raised about this show's feed, newest first (at most 10)",
      resolve: (health) => health.alerts,
    }),
  }),
});

builder.objectFields(PerformanceRef, (t) => ({
  streamHealth: t.field({
    type: StreamHealthRef,
    nullable: true,
    description:
      "Organizers only (null, with FORBIDDEN or UNAUTHENTICATED in errors, for anyone else): the feed's connection, measures, renditions, last error and alerts.",
    authScopes: { organizer: true },
    resolve: (performance, _args, context) => streamHealthOf(context.deps, performance),
  }),
  liveAlertRecipientCount: t.int({
    description:
      "Organizers only: how many registered fans the live alert reaches (those with email, or SMS and a phone number, on) when the feed connects",
    authScopes: { organizer: true },
    resolve: (performance, _args, context) => countLiveAlertRecipients(context.deps.db, performance.id),
  }),
}));
