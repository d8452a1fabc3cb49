import { fail } from "@sveltejs/kit";
import { apiOrigin } from "$lib/server/api";
import type { Actions, PageServerLoad } from "./$types";

interface Outcome {
  email: string;
  subscribed: boolean;
}

/**
 * The page an email's unsubscribe link opens. No sign-in: the link's signed token says who.
 * Opening it changes nothing (mail scanners open links); the button does, and can be undone.
 */
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get("token") ?? "" });

async function change(fetch: typeof globalThis.fetch, token: string, undo: boolean) {
  const response = await fetch(`${apiOrigin()}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ undo }),
  });
  if (response.status === 400) return fail(400, { token, invalid: true });
  if (!response.ok) return fail(502, { token, unavailable: true });
  return { token, outcome: (await response.json()) as Outcome };
}

export const actions: Actions = {
  unsubscribe: async ({ request, fetch }) =>
    change(fetch, String((await request.formData()).get("token") ?? ""), false),
  undo: async ({ request, fetch }) => change(fetch, String((await request.formData()).get("token") ?? ""), true),
};
