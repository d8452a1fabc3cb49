import type { AccessFeature, ContentNote } from "$lib/graphql/generated/graphql";

/** In the schema's order, as organizers tick them and fans read them. */
export const CONTENT_NOTE_LABELS: Record<ContentNote, string> = {
  FLASHING_LIGHTS: "Flashing lights",
  LOUD_BANGS: "Loud bangs",
  FIRE: "Open fire",
  SMOKE: "Smoke or haze",
  AUDIENCE_PARTICIPATION: "Audience participation",
};

export const ACCESS_FEATURE_LABELS: Record<AccessFeature, string> = {
  CAPTIONED: "Captioned",
  AUDIO_DESCRIBED: "Audio described",
  SIGN_LANGUAGE: "Sign language",
};

export const CONTENT_NOTES = Object.keys(CONTENT_NOTE_LABELS) as ContentNote[];
export const ACCESS_FEATURES = Object.keys(ACCESS_FEATURE_LABELS) as AccessFeature[];
