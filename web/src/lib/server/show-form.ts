import { ACCESS_FEATURES, CONTENT_NOTES } from "$lib/accessibility";
import type { AccessFeature, ContentNote } from "$lib/graphql/generated/graphql";
import { type FieldErrors, textOf } from "./forms";
import { instantOf, parsePlainDate } from "./time";

/** What the organizer typed into the show form, as typed (the form shows it again on errors). */
export interface ShowFormValues {
  title: string;
  description: string;
  date: string;
  time: string;
  durationMinutes: string;
  repeat: "once" | "weekly";
  end: "never" | "until" | "count";
  until: string;
  occurrences: string;
  scope: "THIS_PERFORMANCE" | "THIS_AND_FOLLOWING";
  removeThumbnail: boolean;
  contentNotes: ContentNote[];
  accessFeatures: AccessFeature[];
}

/** Where the API's validation issues (paths below `input`) land in the form. */
export const SHOW_FORM_FIELDS = {
  title: { id: "title", label: "Title" },
  description: { id: "description", label: "Description" },
  scheduledTime: { id: "date", label: "Start" },
  durationMinutes: { id: "durationMinutes", label: "Duration" },
  thumbnail: { id: "thumbnail", label: "Picture" },
  removeThumbnail: { id: "thumbnail", label: "Picture" },
  contentNotes: { id: "content-notes", label: "Content notes" },
  accessFeatures: { id: "access-features", label: "Access" },
  repeatWeekly: { id: "end-never", label: "Repeat" },
  "repeatWeekly.until": { id: "until", label: "Last show date" },
  "repeatWeekly.occurrences": { id: "occurrences", label: "Number of shows" },
};

export function readShowForm(form: FormData): ShowFormValues {
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T =>
    allowed.find((value) => value === form.get(name)) ?? fallback;
  return {
    title: textOf(form, "title"),
    description: textOf(form, "description"),
    date: textOf(form, "date"),
    time: textOf(form, "time"),
    durationMinutes: textOf(form, "durationMinutes"),
    repeat: pick("repeat", ["once", "weekly"], "once"),
    end: pick("end", ["never", "until", "count"], "never"),
    until: textOf(form, "until"),
    occurrences: textOf(form, "occurrences"),
    scope: pick("scope", ["THIS_PERFORMANCE", "THIS_AND_FOLLOWING"], "THIS_PERFORMANCE"),
    removeThumbnail: form.get("removeThumbnail") === "on",
    contentNotes: CONTENT_NOTES.filter((note) => form.getAll("contentNotes").includes(note)),
    accessFeatures: ACCESS_FEATURES.filter((feature) => form.getAll("accessFeatures").includes(feature)),
  };
}

/** The picture chosen in the form, if any (an empty file input sends an empty file). */
export function thumbnailOf(form: FormData): File | undefined {
  const file = form.get("thumbnail");
  return file instanceof File && file.size > 0 ? file : undefined;
}

export interface ParsedShow {
  scheduledTime: string;
  durationMinutes: number;
  repeatWeekly: { until?: string; occurrences?: number } | undefined;
}

const wholeNumber = (text: string) => (/^\d+$/.test(text) ? Number(text) : undefined);

/**
 * Checks what the API cannot check for us (it needs a real instant and numbers) and turns the
 * typed text into API input. Rules about ranges stay with the API, which says why.
 */
export function parseShowForm(
  values: ShowFormValues,
  zone: string,
): { show: ParsedShow; errors?: undefined } | { show?: undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  let scheduledTime: string | undefined;
  // The API checks the title too, but only once the rest parses: say it now, with the others.
  if (!values.title.trim()) errors.title = "Enter the title of the show.";
  if (!values.date) errors.date = "Enter the date of the show.";
  else if (!parsePlainDate(values.date)) errors.date = "Enter the date as YYYY-MM-DD, for example 2026-12-04.";
  if (!values.time) errors.time = "Enter the start time.";
  else if (!/^\d{2}:\d{2}$/.test(values.time)) errors.time = "Enter the start time as HH:MM, for example 20:00.";
  if (!errors.date && !errors.time) {
    scheduledTime = instantOf(values.date, values.time, zone);
    if (!scheduledTime) errors.time = "That time does not exist on that date.";
  }
  const durationMinutes = wholeNumber(values.durationMinutes);
  if (durationMinutes === undefined) errors.durationMinutes = "Enter the duration as a whole number of minutes.";

  let repeatWeekly: ParsedShow["repeatWeekly"];
  if (values.repeat === "weekly") {
    repeatWeekly = {};
    if (values.end === "until") {
      if (!parsePlainDate(values.until)) errors.until = "Enter the date of the last show, for example 2027-03-26.";
      else repeatWeekly.until = values.until;
    } else if (values.end === "count") {
      const occurrences = wholeNumber(values.occurrences);
      if (occurrences === undefined) errors.occurrences = "Enter how many shows the series has, for example 8.";
      else repeatWeekly.occurrences = occurrences;
    }
  }

  if (Object.keys(errors).length > 0 || !scheduledTime || durationMinutes === undefined) return { errors };
  return { show: { scheduledTime, durationMinutes, repeatWeekly } };
}
