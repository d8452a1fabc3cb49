import { setThumbnailIfNone } from "../archive/archives.repository";
import type { PerformanceRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { ValidationError } from "../errors";
import type { StreamClient } from "../stream/client";

export const MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024;

const SIGNATURES: Array<{ type: string; extension: string; matches: (bytes: Uint8Array) => boolean }> = [
  { type: "image/jpeg", extension: "jpg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: "image/png",
    extension: "png",
    matches: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  },
  { type: "image/webp", extension: "webp", matches: (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP" },
  {
    type: "image/avif",
    extension: "avif",
    matches: (b) => ascii(b, 4, 8) === "ftyp" && ascii(b, 8, 12).startsWith("avi"),
  },
];

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/**
 * Checks an uploaded image by its content (not its claimed type) and stores it in R2 under a
 * fresh key, so URLs can be cached forever. Returns the key.
 */
export async function storeThumbnail(bucket: R2Bucket, file: File, path: string[]): Promise<string> {
  if (file.size > MAX_THUMBNAIL_BYTES) {
    throw new ValidationError([{ path, message: "must be an image of at most 5 MB" }]);
  }
  const key = await storeImage(bucket, new Uint8Array(await file.arrayBuffer()));
  if (!key) throw new ValidationError([{ path, message: "must be a JPEG, PNG, WebP or AVIF image" }]);
  return key;
}

/** Stores image bytes under a fresh thumbnail key; undefined when they are not an image we serve. */
async function storeImage(bucket: R2Bucket, bytes: Uint8Array): Promise<string | undefined> {
  const kind = SIGNATURES.find((signature) => signature.matches(bytes));
  if (!kind) return undefined;
  const key = `thumbnails/${crypto.randomUUID()}.${kind.extension}`;
  await bucket.put(key, bytes, { httpMetadata: { contentType: kind.type } });
  return key;
}

/**
 * A frame of the recording as the show's thumbnail, for a show whose organizer uploaded none:
 * Stream's thumbnail a third of the way in (past the opening card). Returns the stored key, or
 * undefined when the show has a thumbnail already or Stream's answer is not an image.
 */
export async function storeRecordingThumbnail(
  deps: AppDeps,
  performance: PerformanceRow,
  source: { stream: StreamClient; token: string },
): Promise<string | undefined> {
  if (performance.thumbnail_key) return undefined;
  const timeSeconds = (performance.recording_duration_seconds ?? 0) / 3;
  const response = await source.stream.openMedia(source.stream.thumbnailPath(source.token, { timeSeconds }));
  const length = Number(response.headers.get("content-length") ?? 0);
  if (length > MAX_THUMBNAIL_BYTES) {
    await response.body?.cancel();
    return undefined;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_THUMBNAIL_BYTES) return undefined;
  const key = await storeImage(deps.env.MEDIA, bytes);
  if (!key) return undefined;
  if (!(await setThumbnailIfNone(deps.db, performance.id, key, deps.clock.now().toISOString()))) {
    await deps.env.MEDIA.delete(key);
    return undefined;
  }
  return key;
}

/** Serves a stored image: GET /api/media/<key>. */
export async function serveMedia(bucket: R2Bucket, key: string): Promise<Response> {
  if (!key.startsWith("thumbnails/")) return new Response("Not found", { status: 404 });
  const object = await bucket.get(key);
  if (!object) return new Response("Not found", { status: 404 });
  const headers = new Headers();
  object.writeHttpMetadata(headers);
  headers.set("etag", object.httpEtag);
  headers.set("cache-control", "public, max-age=31536000, immutable");
  headers.set("x-content-type-options", "nosniff");
  return new Response(object.body, { headers });
}

export function mediaUrl(siteUrl: URL, key: string): string {
  return new URL(`/api/media/${key}`, siteUrl).href;
}
