import { createAppDeps } from "../app-deps";
import { serveMedia } from "../media/thumbnails";
import { findPerformance } from "../performances/performances.repository";
import type { ServerContext } from "../yoga";
import { restError } from "./rest-errors";

/** GET /api/performances/:id/thumbnail: the show's uploaded picture, the player's poster. */
export async function thumbnail(context: ServerContext, performanceId: string): Promise<Response> {
  const deps = createAppDeps(context.env, { waitUntil: (promise) => context.ctx.waitUntil(promise) });
  const performance = await findPerformance(deps.db, performanceId);
  if (!performance) return restError("NotFoundError", "There is no such show", 404);
  if (!performance.thumbnail_key) return restError("NotFoundError", "This show has no picture", 404);
  const image = await serveMedia(context.env.MEDIA, performance.thumbnail_key);
  if (image.status === 404) return restError("NotFoundError", "This show's picture is gone", 404);
  // The address stays when the picture is replaced: caches must ask again now and then.
  image.headers.set("cache-control", "public, max-age=300");
  return image;
}
