import type { AccessFeature, ContentNote } from "$lib/graphql/generated/graphql";
import { ACCESS_FEATURES, CONTENT_NOTES } from "$lib/accessibility";

/**
 * The calendar's filter as it lives in the address: `?without=flashing-lights&with=captioned`,
 * one parameter per ticked box, the way a plain GET form sends it (shareable, back-button
 * friendly, works without JavaScript).
 */
export interface CalendarFilter {
  without: ContentNote[];
  with: AccessFeature[];
}

export const slugOf = (value: string): string => value.toLowerCase().replace(/_/g, "-");

function parseList<T extends string>(values: string[], allowed: readonly T[]): T[] | undefined {
  const chosen = new Set<T>();
  for (const value of values) {
    const match = allowed.find((candidate) => slugOf(candidate) === value);
    if (!match) return undefined;
    chosen.add(match);
  }
  // In the schema's order, so one filter has one address.
  return allowed.filter((candidate) => chosen.has(candidate));
}

/** The filter of an address; undefined when it names a note or feature that does not exist. */
export function parseCalendarFilter(params: URLSearchParams): CalendarFilter | undefined {
  const without = parseList(params.getAll("without"), CONTENT_NOTES);
  const withFeatures = parseList(params.getAll("with"), ACCESS_FEATURES);
  if (!without || !withFeatures) return undefined;
  return { without, with: withFeatures };
}

/** "without=…&with=…" (empty when nothing is filtered), to keep on the calendar's other links. */
export function filterQuery(filter: CalendarFilter): string {
  const params = new URLSearchParams();
  for (const note of filter.without) params.append("without", slugOf(note));
  for (const feature of filter.with) params.append("with", slugOf(feature));
  return params.toString();
}

/** A calendar address that keeps the filter of the page linking to it (`filter` from filterQuery). */
export function calendarHref(view: string, date: string | undefined, filter: string): string {
  return `/?view=${view}${date ? `&date=${date}` : ""}${filter ? `&${filter}` : ""}`;
}

export const isFiltered = (filter: CalendarFilter): boolean => filter.without.length + filter.with.length > 0;
