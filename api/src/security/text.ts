import * as z from "../zod";

// C0 controls but tab, line feed and carriage return (each use decides on CR), DEL and C1 controls; bidi embeddings, overrides and
// isolates (U+202A-202E, U+2066-2069); zero-width space, joiners, word joiner and BOM.
const FORBIDDEN_MULTI_LINE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/u;
const LINE_BREAK = /[\n\u2028\u2029]/u;

function describe(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code === 0) return `a NUL character (${hex})`;
  if (code === 0x0d) return `a carriage return (${hex})`;
  if (code === 0x0a || code === 0x2028 || code === 0x2029) return `a line break (${hex})`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `a control character (${hex})`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return `a bidirectional override character (${hex})`;
  return `an invisible zero-width character (${hex})`;
}

function refuse(pattern: RegExp) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const found = pattern.exec(value);
    if (found) ctx.addIssue({ code: "custom", message: `must not contain ${describe(found[0])}` });
  };
}

const singleLineForbidden = new RegExp(`${FORBIDDEN_MULTI_LINE.source}|${LINE_BREAK.source}|[\\r\\t]`, "u");
const multiLineForbidden = new RegExp(`${FORBIDDEN_MULTI_LINE.source}|\\r(?!\\n)`, "u");

/**
 * Text people type that others read (names, titles): no control, bidi-override or zero-width
 * characters, no line breaks, checked before trimming (which would hide a BOM). Length limits are the caller's.
 */
export const singleLineText = () => z.string().check(z.superRefine(refuse(singleLineForbidden)), z.trim());

/** Like singleLineText, but line breaks (LF or CRLF) are allowed, e.g. in descriptions. */
export const multiLineText = () => z.string().check(z.superRefine(refuse(multiLineForbidden)), z.trim());

const singleLineForbiddenEverywhere = new RegExp(singleLineForbidden.source, "gu");

/**
 * For names FireStream cannot refuse (an identity provider's `name` claim): the same characters
 * removed, at most `max` characters kept.
 */
export function cleanSingleLine(value: string, max = 100): string {
  return value.replace(singleLineForbiddenEverywhere, "").trim().slice(0, max);
}
