import { goto } from "$app/navigation";
import type { ActionResult } from "@sveltejs/kit";

/**
 * After an enhanced form's action, what `update()` does, except that an action redirecting back
 * to the page it was sent from (register, leave, unregister: 303 to the show) replaces the
 * history entry instead of pushing the same page again, so Back leaves the page in one step.
 */
export async function stayInPlace(
  result: ActionResult,
  update: (options?: { reset?: boolean }) => Promise<void>,
): Promise<void> {
  if (result.type === "redirect") {
    const target = new URL(result.location, location.href);
    if (target.pathname === location.pathname && target.search === location.search) {
      await goto(target, { replaceState: true, invalidateAll: true, noScroll: true, keepFocus: true });
      return;
    }
  }
  await update({ reset: false });
}
