import { en } from "zod/locales";
import { config, NEVER, type core } from "zod/mini";

/**
 * The Worker's zod: `zod/mini`, the same zod v4 core behind a functional API that bundlers can
 * tree-shake (the classic `zod` API pulls in all of zod, its 40-odd locales and JSON Schema
 * conversion: about 460 KB of the minified Worker). Modules take it as `import * as z from
 * "../zod"`: a namespace import keeps the unused parts out, where a `z` object passed around (as
 * `import { z } from "zod/mini"` gives) would keep all of them.
 *
 * zod/mini has no locale until one is set, so its default messages would all read "Invalid
 * input"; English is set here, which gives the messages the classic API gives (the API returns
 * them in ValidationError.issues). Importing `z` from here sets it before any schema parses.
 */
config(en());

export * from "zod/mini";

/**
 * Refuses the value inside `z.transform` (classic zod's `ctx.addIssue`, which zod/mini's
 * transform context lacks): the same custom issue, then `z.NEVER` as the transform's output.
 */
export function refuseInTransform(ctx: core.ParsePayload, message: string): never {
  ctx.issues.push({ code: "custom", message, input: ctx.value });
  return NEVER;
}
