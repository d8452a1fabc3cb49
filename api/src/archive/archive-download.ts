import { authenticate } from "../accounts/authentication.service";
import type { AppDeps } from "../deps";
import { UnauthenticatedError } from "../errors";
import { findArchive } from "./archives.repository";
import { verifyDownloadLink } from "./download-link";

const PATH = /^\/api\/archives\/([^/]+)\/([^/]+)\.mp4$/;

/**
 * GET (or HEAD) /api/archives/<performanceId>/<videoId>.mp4?expires=..&signature=..: an archived
 * recording's MP4 from R2, for an organizer holding a link that has not expired. Single byte
 * ranges are served (206), so players can seek and downloads can resume; a range that cannot
 * be satisfied answers 416.
 */
export async function serveArchiveDownload(request: Request, deps: AppDeps): Promise<Response> {
  const url = new URL(request.url);
  const match = PATH.exec(url.pathname);
  if (!match) return text(404, "Not found");
  const verdict = await verifyDownloadLink(deps.config, url, deps.clock.now());
  if (verdict === "bad signature") return text(403, "This download link is not valid.");
  if (verdict === "expired") return text(410, "This download link has expired: ask the admin page for a new one.");
  let caller;
  try {
    ({ caller } = await authenticate(deps, request));
  } catch (error) {
    if (error instanceof UnauthenticatedError) return text(401, error.message);
    throw error;
  }
  if (!caller) return text(401, "Sign in as an organizer to download recordings.");
  if (caller.user.role !== "ORGANIZER") return text(403, "Only organizers may download recordings.");

  const [performanceId, videoId] = [decodeURIComponent(match[1] ?? ""), decodeURIComponent(match[2] ?? "")];
  const archive = await findArchive(deps.db, videoId);
  if (!archive || archive.performance_id !== performanceId || archive.status !== "ARCHIVED") {
    return text(404, "No archive of this recording.");
  }
  const size = archive.size_bytes ?? 0;
  const range = parseRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
    return new Response("Range Not Satisfiable", { status: 416, headers: { "content-range": `bytes */${size}` } });
  }
  const object = await deps.env.ARCHIVES.get(archive.r2_key, range ? { range } : {});
  if (!object) return text(404, "No archive of this recording.");
  const headers = new Headers({
    "content-type": "video/mp4",
    "accept-ranges": "bytes",
    etag: object.httpEtag,
    "cache-control": "private, no-store",
    "content-disposition": `attachment; filename="${videoId}.mp4"`,
    "x-content-type-options": "nosniff",
  });
  const body = request.method === "HEAD" ? null : object.body;
  if (!range) {
    headers.set("content-length", String(size));
    return new Response(body, { status: 200, headers });
  }
  headers.set("content-length", String(range.length));
  headers.set("content-range", `bytes ${range.offset}-${range.offset + range.length - 1}/${size}`);
  return new Response(body, { status: 206, headers });
}

/**
 * One `bytes=` range of a file of `size` bytes (`a-b`, `a-`, `-n`); undefined without a Range
 * header. Several ranges, another unit, or a range outside the file cannot be satisfied.
 */
export function parseRange(
  header: string | null,
  size: number,
): { offset: number; length: number } | "unsatisfiable" | undefined {
  if (header === null) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return "unsatisfiable";
  if (!match[1]) {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    const length = Math.min(suffix, size);
    return { offset: size - length, length };
  }
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : size - 1;
  if (start >= size || end < start) return "unsatisfiable";
  return { offset: start, length: Math.min(end, size - 1) - start + 1 };
}

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
