import { afterNavigate } from "$app/navigation";
import { navigating } from "$app/state";

/**
 * Runs a page refresh (an `invalidate`) only while no navigation is under way.
 *
 * SvelteKit lets an invalidation "win" over a navigation in flight: a refresh pushed by the
 * server (another organizer edits the schedule) while a fan's click is loading would drop the
 * click, and the fan would stay where they were. Here a refresh asked for during a navigation
 * waits until that navigation has finished, then runs once for the page it arrived at.
 *
 * Call it while a component initialises (it registers `afterNavigate`).
 */
export function refreshBetweenNavigations(refresh: () => Promise<unknown> | void): () => void {
  let waiting = false;
  afterNavigate(() => {
    if (!waiting) return;
    waiting = false;
    void refresh();
  });
  return () => {
    if (navigating.to) waiting = true;
    else void refresh();
  };
}
