import { error, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { invalid, issuesToErrors, textOf } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";
import { requireOrganizer } from "$lib/server/organizer";
import { formatDateLong, formatDateTime, formatTimeRange } from "$lib/server/time";
import type { Actions, PageServerLoad } from "./$types";

/** The API's limit, told before the upload (the API checks it again). */
const MAX_CAPTION_BYTES = 512 * 1024;

const ShowCaptions = graphql(`
  query ShowCaptions($id: ID!) {
    performance(id: $id) {
      id
      title
      scheduledTime
      endTime
      status
      recording {
        readyAt
      }
      captions {
        language
        label
        uploadedAt
      }
    }
  }
`);

const UploadCaptions = graphql(`
  mutation UploadCaptions($performanceId: ID!, $language: String!, $file: File!) {
    uploadCaptions(performanceId: $performanceId, language: $language, file: $file) {
      __typename
      ... on CaptionTrack {
        language
        label
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const FIELDS = {
  file: { id: "captions-file", label: "The file" },
  language: { id: "captions-language", label: "The language" },
};

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const { performance } = await graphqlFor(event).query(ShowCaptions, { id: event.params.id });
  if (!performance) error(404, "There is no show with this address. It may have been removed.");
  return {
    show: {
      id: performance.id,
      title: performance.title,
      date: formatDateLong(performance.scheduledTime, zone),
      timeRange: formatTimeRange(performance.scheduledTime, performance.endTime, zone),
      replayReady: performance.recording !== null && performance.recording !== undefined,
    },
    tracks: performance.captions.map((track) => ({
      ...track,
      uploaded: formatDateTime(track.uploadedAt, zone),
    })),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireOrganizer(event);
    const form = await event.request.formData();
    const language = textOf(form, "language");
    const file = form.get("file");
    const values = { language };
    const errors: Record<string, string> = {};
    if (!(file instanceof File) || file.size === 0) errors[FIELDS.file.id] = "Choose a WebVTT file (.vtt).";
    else if (file.size > MAX_CAPTION_BYTES) errors[FIELDS.file.id] = "The file must be at most 512 KB.";
    if (!language) errors[FIELDS.language.id] = "Enter the captions' language, e.g. en or pt-BR.";
    if (Object.keys(errors).length > 0 || !(file instanceof File)) return invalid(values, errors);

    const { uploadCaptions: result } = await graphqlFor(event).mutate(UploadCaptions, {
      performanceId: event.params.id,
      language,
      file,
    });
    if (result.__typename === "CaptionTrack") {
      setFlash(event.cookies, `${result.label} captions added: the replay offers them now.`);
      redirect(303, `/admin/shows/${event.params.id}/captions`);
    }
    if (result.__typename === "ValidationError") {
      const mapped = issuesToErrors(result.issues, FIELDS);
      return invalid(values, mapped.errors, mapped.message);
    }
    if (result.__typename === "NotFoundError") error(404, result.message);
    return invalid(values, {}, result.message, result.__typename === "StreamUnavailableError" ? 503 : 400);
  },
};
