import type { Context } from "../context";
import type { StatusChange } from "./transitions";

/** Tells everyone watching a performance that its status changed. */
export async function announceStatusChange(
  _context: Pick<Context, "env" | "waitUntil">,
  change: StatusChange,
): Promise<void> {
  console.log(`performance ${change.after.id}: ${change.before.status} -> ${change.after.status}`);
}
