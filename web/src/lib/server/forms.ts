import { fail, redirect, type ServerLoadEvent } from "@sveltejs/kit";
import { safeRedirect } from "./redirect";

/** Helpers for form actions: reading fields, mapping the API's validation issues onto them. */

export type FieldErrors = Record<string, string>;

/**
 * A refused submission: what was typed (so the form keeps it), messages by field id, and a
 * message that belongs to no field.
 */
export function invalid<Values extends object>(
  values: Values,
  errors: FieldErrors = {},
  message?: string,
  status = 400,
) {
  return fail(status, { values, errors, message });
}

export interface Issue {
  path: readonly string[];
  message: string;
}

/** A form field's text, trimmed unless it is a password. */
export function textOf(form: FormData, name: string, { trim = true } = {}): string {
  const value = form.get(name);
  if (typeof value !== "string") return "";
  return trim ? value.trim() : value;
}

export function checked(form: FormData, name: string): boolean {
  return form.get(name) === "on";
}

/**
 * Turns ValidationError issues into messages keyed by form field id. `fields` maps an issue's
 * path below `input` (e.g. "repeatWeekly.until") to a field id and the label people see.
 * Issues that match no field are returned as one general message.
 */
export function issuesToErrors(
  issues: readonly Issue[],
  fields: Record<string, { id: string; label: string }>,
): { errors: FieldErrors; message: string | undefined } {
  const errors: FieldErrors = {};
  const general: string[] = [];
  for (const issue of issues) {
    const key = issue.path.filter((part) => part !== "input").join(".");
    const field = fields[key];
    // The API's rule messages read on from the field's name ("must be at least 10 characters");
    // whole sentences ("SMS needs a phone number") stand alone.
    const startsLower = /^[a-z]/.test(issue.message);
    if (field) errors[field.id] ??= sentence(startsLower ? `${field.label} ${issue.message}` : issue.message);
    else general.push(sentence(issue.message));
  }
  return { errors, message: general.length > 0 ? general.join(" ") : undefined };
}

/** "Password must be at least 10 characters." */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** The load of the sign-in and sign-up pages: someone signed in already goes where they were headed. */
export function signedOutOnly({ locals, url }: Pick<ServerLoadEvent, "locals" | "url">): { redirectTo: string } {
  const redirectTo = safeRedirect(url.searchParams.get("redirectTo"));
  if (locals.user) redirect(303, redirectTo);
  return { redirectTo };
}
