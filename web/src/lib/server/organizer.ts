import { error, redirect, type RequestEvent } from "@sveltejs/kit";

/**
 * Admin pages are for organizers. Visitors who are signed out are asked to sign in and come
 * back; signed-in viewers get a friendly 403. Called by the admin layout's load and by every
 * admin form action (actions do not run layout loads first).
 */
export function requireOrganizer(event: Pick<RequestEvent, "locals" | "url">): void {
  const { user } = event.locals;
  if (!user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  if (user.role !== "ORGANIZER") {
    error(403, "This part of FireStream is for the circus's organizers. Your shows and settings are on My shows.");
  }
}
