import { readConfig } from "$lib/server/config";
import { requireOrganizer } from "$lib/server/organizer";
import { zoneNames } from "$lib/server/time";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = (event) => {
  requireOrganizer(event);
  // Shows are scheduled in the circus's own zone: weekly series keep its wall-clock time.
  return { siteTimeZone: zoneNames(readConfig().siteTimeZone) };
};
