import * as z from "../zod";

/** What a fan may want to know before the show starts, as performing-arts venues announce it. */
export const CONTENT_NOTES = ["FLASHING_LIGHTS", "LOUD_BANGS", "FIRE", "SMOKE", "AUDIENCE_PARTICIPATION"] as const;
export type ContentNote = (typeof CONTENT_NOTES)[number];

/** How the show is made accessible. */
export const ACCESS_FEATURES = ["CAPTIONED", "AUDIO_DESCRIBED", "SIGN_LANGUAGE"] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number];

/** A set given as a list: each value at most once, stored in the lists' order. */
function setOf<T extends string>(values: readonly [T, ...T[]]) {
  return z.pipe(
    z
      .array(z.enum(values))
      .check(z.refine((list) => new Set(list).size === list.length, "must not name a value twice")),
    z.transform((list: T[]) => values.filter((value) => list.includes(value))),
  );
}

export const contentNotesRule = setOf(CONTENT_NOTES);
export const accessFeaturesRule = setOf(ACCESS_FEATURES);

/** The stored JSON column back as a list; anything unknown (a value since retired) is left out. */
export function parseStoredSet<T extends string>(stored: string, values: readonly T[]): T[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? values.filter((value) => parsed.includes(value)) : [];
}
