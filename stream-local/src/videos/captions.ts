/**
 * WebVTT captions of a video, as Cloudflare Stream keeps them: one file per BCP 47 language,
 * uploaded with `PUT /stream/:uid/captions/:language`, listed, read back, deleted; players see
 * them as HLS subtitle tracks of the video's master playlist.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MediaLayout } from "../media/media-layout";
import type { VideoRecord } from "./video";

export interface CaptionRecord {
  language: string;
  label: string;
  generated: boolean;
  status: "ready" | "inprogress" | "error";
}

/** A BCP 47 tag of the common shapes: `en`, `pt-BR`, `zh-Hant`, `es-419`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
export const MAX_CAPTION_BYTES = 512 * 1024;

export function captionsDir(layout: MediaLayout, videoUid: string): string {
  return join(layout.videoDir(videoUid), "captions");
}

export function captionFile(layout: MediaLayout, videoUid: string, language: string): string {
  return join(captionsDir(layout, videoUid), `${language}.vtt`);
}

/** The language's name in English, as Cloudflare labels a track ("English", "Brazilian Portuguese"). */
export function labelOf(language: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** Why a file is not WebVTT, or null when it is. */
export function webVttProblem(bytes: Buffer): string | null {
  if (bytes.length === 0) return "the file is empty";
  if (bytes.length > MAX_CAPTION_BYTES) return `the file is larger than ${MAX_CAPTION_BYTES} bytes`;
  const text = bytes.toString("utf8");
  if (text.includes("\uFFFD")) return "the file is not UTF-8";
  if (!/^(\uFEFF)?WEBVTT([ \t][^\r\n]*)?(\r\n|\r|\n|$)/.test(text)) return "the file does not start with WEBVTT";
  return null;
}

export function storeCaption(layout: MediaLayout, video: VideoRecord, language: string, bytes: Buffer): CaptionRecord {
  mkdirSync(captionsDir(layout, video.uid), { recursive: true });
  writeFileSync(captionFile(layout, video.uid, language), bytes);
  return { language, label: labelOf(language), generated: false, status: "ready" };
}

export function readCaption(layout: MediaLayout, videoUid: string, language: string): string | null {
  const file = captionFile(layout, videoUid, language);
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

export function removeCaption(layout: MediaLayout, videoUid: string, language: string): void {
  rmSync(captionFile(layout, videoUid, language), { force: true });
}

/** The video's ready captions, in language order. */
export function readyCaptions(video: VideoRecord): CaptionRecord[] {
  return (video.captions ?? []).filter((caption) => caption.status === "ready");
}

/**
 * The master playlist with a subtitles group for the video's captions, every variant pointing at
 * it. The links are relative, so a token in the path carries on to them.
 */
export function withSubtitles(master: string, captions: CaptionRecord[]): string {
  if (captions.length === 0) return master;
  const media = captions.map(
    (caption) =>
      `#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="${caption.label.replace(/"/g, "'")}",LANGUAGE="${caption.language}",AUTOSELECT=YES,DEFAULT=NO,FORCED=NO,URI="captions/${caption.language}.m3u8"`,
  );
  const lines = master
    .split("\n")
    .map((line) => (line.startsWith("#EXT-X-STREAM-INF:") ? `${line},SUBTITLES="subs"` : line));
  const header = lines.findIndex((line) => line.startsWith("#EXT-X-STREAM-INF:"));
  lines.splice(header < 0 ? lines.length : header, 0, ...media);
  return lines.join("\n");
}

/** One WebVTT file as the single segment of a subtitle playlist as long as the video. */
export function subtitlePlaylist(language: string, durationSeconds: number): string {
  const duration = Math.max(durationSeconds, 1);
  return [
    "#EXTM3U",
    "#EXT-X-VERSION:3",
    `#EXT-X-TARGETDURATION:${Math.ceil(duration)}`,
    "#EXT-X-MEDIA-SEQUENCE:0",
    "#EXT-X-PLAYLIST-TYPE:VOD",
    `#EXTINF:${duration.toFixed(3)},`,
    `${language}.vtt`,
    "#EXT-X-ENDLIST",
    "",
  ].join("\n");
}
