import { error } from "@sveltejs/kit";
import { apiOrigin } from "$lib/server/api";
import type { PageServerLoad } from "./$types";

interface OutboxMessage {
  id: string;
  channel: "EMAIL" | "SMS" | "PUSH";
  recipient: string;
  subject: string | null;
  body: string;
  /** An email's HTML part */
  html: string | null;
  /** JSON of the headers sent (List-Unsubscribe, ...) */
  headers: string | null;
  created_at: string;
}

/** The API's outbox: reminders and alerts as they would have been emailed or texted (development only). */
export const load: PageServerLoad = async ({ fetch }) => {
  const response = await fetch(`${apiOrigin()}/__dev/outbox`);
  if (response.status === 404) error(404, "The outbox exists in local development only.");
  if (!response.ok) error(502, "The API did not answer.");
  const { messages } = (await response.json()) as { messages: OutboxMessage[] };
  return { messages };
};
