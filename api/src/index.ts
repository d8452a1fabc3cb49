import { readConfig } from "./config";
import { Database } from "./db/database";
import { seedDemoData } from "./dev/seed";
import { serveMedia } from "./media/thumbnails";
import { extendSeries } from "./performances/scheduling";
import { handleRestRoute } from "./rest/routes";
import { yoga } from "./yoga";

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === "/graphql") return yoga.fetch(request, { env, ctx });
    if (url.pathname.startsWith("/api/media/") && request.method === "GET") {
      return serveMedia(env.MEDIA, decodeURIComponent(url.pathname.slice("/api/media/".length)));
    }
    if (url.pathname === "/__dev/seed" && request.method === "POST") {
      const config = readConfig(env);
      // Demo data exists only in local development.
      if (config.environment !== "development") return new Response("Not found", { status: 404 });
      const result = await seedDemoData(new Database(env.DB), env.MEDIA, config);
      return Response.json({ result });
    }
    if (url.pathname.startsWith("/api/")) {
      const response = await handleRestRoute(request, { env, ctx });
      if (response) return response;
    }
    return new Response("Not found", { status: 404 });
  },

  async scheduled(_controller, env) {
    const config = readConfig(env);
    const written = await extendSeries(new Database(env.DB), new Date(), config.siteTimeZone);
    console.log(`series extended: ${written} occurrences written`);
  },
} satisfies ExportedHandler<Env>;
