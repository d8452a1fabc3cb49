import type { ClientInit } from "@sveltejs/kit";

/**
 * A first visit's document is replaced at once to render the fan's zone (app.html). It never
 * starts the app: SvelteKit's router and hydration wait for this hook, so a click on it is an
 * ordinary link click and no enhanced form or client navigation is lost to the reload.
 */
export const init: ClientInit = () => {
  if (window.__firestreamZoneReload) return new Promise<void>(() => {});
};
