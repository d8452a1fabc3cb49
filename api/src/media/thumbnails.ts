import { ValidationError } from "../errors";

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
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = SIGNATURES.find((signature) => signature.matches(bytes));
  if (!kind) throw new ValidationError([{ path, message: "must be a JPEG, PNG, WebP or AVIF image" }]);
  const key = `thumbnails/${crypto.randomUUID()}.${kind.extension}`;
  await bucket.put(key, bytes, { httpMetadata: { contentType: kind.type } });
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
