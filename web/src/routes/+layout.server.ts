import { takeFlash } from "$lib/server/flash";
import { zoneNames } from "$lib/server/time";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = ({ locals, cookies, url }) => {
  // Read so this load runs on every navigation: a flash message belongs to one page view.
  void url.pathname;
  void url.search;
  return {
    user: locals.user,
    timeZone: zoneNames(locals.timeZone),
    timeZoneDetected: locals.timeZoneDetected,
    flash: takeFlash(cookies),
  };
};
