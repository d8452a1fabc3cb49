import type { RecordingCaptionRow } from "../db/tables";
import { NotAvailableError, NotFoundError, StreamUnavailableError } from "../errors";
import { PerformanceRef } from "../performances/performance.graphql";
import { builder } from "../schema/builder";
import { findCaptionsOf } from "./captions.repository";
import { MAX_CAPTION_BYTES, uploadCaptions } from "./captions.service";

const CaptionTrackRef = builder.objectRef<RecordingCaptionRow>("CaptionTrack").implement({
  description: "Captions of the show's recording in one language; the replay's player offers them as a subtitle track.",
  authScopes: { public: true },
  fields: (t) => ({
    language: t.exposeString("language", { description: "BCP 47 language tag, e.g. en or pt-BR" }),
    label: t.exposeString("label", { description: "The track's name in the player, e.g. English" }),
    uploadedAt: t.expose("uploaded_at", { type: "DateTime", description: "When this file was uploaded (UTC)" }),
  }),
});

builder.objectFields(PerformanceRef, (t) => ({
  captions: t.loadableGroup({
    type: CaptionTrackRef,
    description: "The recording's caption tracks, in language order; empty when there are none. Public",
    load: (ids: string[], context) => findCaptionsOf(context.deps.db, ids),
    group: (row) => row.performance_id,
    resolve: (performance) => performance.id,
  }),
}));

builder.mutationField("uploadCaptions", (t) =>
  t.withAuth({ organizer: true }).field({
    type: CaptionTrackRef,
    description: `Adds WebVTT captions in one language to a show's recording, or replaces that language's file. Organizers only. Send as a GraphQL multipart request. ValidationError lists every broken rule (language tag, a WebVTT file of at most ${MAX_CAPTION_BYTES / 1024} KB); NotAvailableError until the recording is ready; StreamUnavailableError when Stream does not answer.`,
    args: {
      performanceId: t.arg.id({ description: "Performance.id" }),
      language: t.arg.string({ description: "BCP 47 language tag of the captions, e.g. en or pt-BR" }),
      file: t.arg({ type: "File", description: "The WebVTT file (.vtt), UTF-8" }),
    },
    errors: {
      types: [NotFoundError, NotAvailableError, StreamUnavailableError],
      union: {
        description:
          "The caption track, or why none was added (ValidationError, NotFoundError, NotAvailableError, StreamUnavailableError, UnauthenticatedError, ForbiddenError).",
      },
    },
    resolve: (_root, { performanceId, language, file }, context) =>
      uploadCaptions(context.deps, String(performanceId), { language, file }),
  }),
);
