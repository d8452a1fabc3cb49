import * as z from "../zod";
import { askStream, streamClient } from "../broadcast/live-input.service";
import type { RecordingCaptionRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { NotAvailableError, NotFoundError, ValidationError, type ValidationIssue } from "../errors";
import { findPerformance } from "../performances/performances.repository";
import { saveCaption } from "./captions.repository";

/** Stream's limit is larger; a show's captions are far smaller than this. */
export const MAX_CAPTION_BYTES = 512 * 1024;

/** A BCP 47 tag of the common shapes: `en`, `pt-BR`, `zh-Hant`, `es-419`. */
const language = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/, "must be a language tag such as en or pt-BR"));

/** The language's name in English, as players label the track ("English", "Brazilian Portuguese"). */
function labelOf(tag: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

async function webVttProblem(file: File): Promise<string | null> {
  if (file.size === 0) return "must not be empty";
  if (file.size > MAX_CAPTION_BYTES) return `must be at most ${MAX_CAPTION_BYTES / 1024} KB`;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return "must be UTF-8 text";
  }
  return /^(\uFEFF)?WEBVTT([ \t][^\r\n]*)?(\r\n|\r|\n|$)/.test(text)
    ? null
    : "must be a WebVTT file (it starts with WEBVTT)";
}

/**
 * Gives a show's recording captions in one language (replacing that language's earlier file):
 * uploaded to Stream, which offers them to players as an HLS subtitle track.
 */
export async function uploadCaptions(
  deps: AppDeps,
  performanceId: string,
  input: { language: string; file: File },
): Promise<RecordingCaptionRow> {
  const issues: ValidationIssue[] = [];
  const tag = language.safeParse(input.language);
  if (!tag.success) issues.push(...tag.error.issues.map((issue) => ({ path: ["language"], message: issue.message })));
  const problem = await webVttProblem(input.file);
  if (problem) issues.push({ path: ["file"], message: problem });
  if (!tag.success || issues.length > 0) throw new ValidationError(issues);
  const performance = await findPerformance(deps.db, performanceId);
  if (!performance) throw new NotFoundError("Performance", performanceId);
  if (!performance.recording_video_id || !performance.recording_ready_at)
    throw new NotAvailableError("The show has no recording yet: captions can be added once the replay is ready");
  const videoId = performance.recording_video_id;
  const caption = await askStream(() => streamClient(deps.config.stream).uploadCaptions(videoId, tag.data, input.file));
  const row = {
    performance_id: performanceId,
    language: tag.data,
    label: caption.label || labelOf(tag.data),
    uploaded_at: deps.clock.now().toISOString(),
  };
  await saveCaption(deps.db, row);
  return row;
}
