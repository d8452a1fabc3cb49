import { announceStatusChange } from "./broadcast/status-events.service";
import { sweepBroadcasts } from "./broadcast/sweep.service";
import { handleLiveInputWebhook, handleVideoWebhook, type WebhookDeps } from "./broadcast/webhooks.service";
import { readConfig } from "./config";
import { Database } from "./db/database";
import { seedDemoData } from "./dev/seed.service";
import { serveMedia } from "./media/thumbnails";
import { extendSeries } from "./performances/scheduling.service";
import { listOutbox } from "./notifications/deliveries.repository";
import { deliverNotifications, type NotificationMessage } from "./notifications/dispatch.service";
import { sendDueReminders } from "./notifications/notify.service";
import { handleHeartbeat } from "./realtime/heartbeat.service";
import { handleRestRoute } from "./rest/routes";
import { withOriginPolicy } from "./security/origins";
import { purgeExpiredData } from "./security/retention.service";
import { yoga } from "./yoga";

/** The daily cron trigger (wrangler.jsonc); every other trigger is the minutely sweep. */
const CRON_DAILY = "17 6 * * *";

export { PerformanceHub } from "./realtime/performance-hub";

export default {
  fetch: withOriginPolicy(async (request, env, ctx) => {
    const url = new URL(request.url);
    if (url.pathname === "/graphql") return yoga.fetch(request, { env, ctx });
    if (request.method === "POST" && url.pathname.startsWith("/api/webhooks/")) {
      const deps: WebhookDeps = {
        db: new Database(env.DB),
        stream: readConfig(env).stream,
        now: new Date(),
        onStatusChange: (change) => announceStatusChange(env, change),
      };
      if (url.pathname === "/api/webhooks/stream") return handleVideoWebhook(request, deps);
      if (url.pathname === "/api/webhooks/stream-live") return handleLiveInputWebhook(request, deps);
    }
    if (url.pathname === "/api/heartbeat" && request.method === "POST")
      return handleHeartbeat(request, env, readConfig(env));
    if (url.pathname.startsWith("/api/media/") && request.method === "GET") {
      return serveMedia(env.MEDIA, decodeURIComponent(url.pathname.slice("/api/media/".length)));
    }
    if (url.pathname.startsWith("/api/")) {
      const response = await handleRestRoute(request, { env, ctx });
      if (response) return response;
    }
    if (url.pathname === "/__dev/outbox" && request.method === "GET") {
      // The outbox provider's messages: what would have been emailed or texted (development only).
      if (readConfig(env).environment !== "development") return new Response("Not found", { status: 404 });
      return Response.json({ messages: await listOutbox(new Database(env.DB), 100) });
    }
    if (url.pathname === "/__dev/seed" && request.method === "POST") {
      const config = readConfig(env);
      // Demo data exists only in local development.
      if (config.environment !== "development") return new Response("Not found", { status: 404 });
      const result = await seedDemoData(new Database(env.DB), env.MEDIA, config);
      return Response.json({ result });
    }
    return new Response("Not found", { status: 404 });
  }),

  async scheduled(controller, env) {
    const config = readConfig(env);
    const db = new Database(env.DB);
    const now = new Date(controller.scheduledTime);
    if (controller.cron === CRON_DAILY) {
      const written = await extendSeries(db, now, config.siteTimeZone);
      console.log(`series extended: ${written} occurrences written`);
      const purged = await purgeExpiredData(db, config.retention, now);
      console.log(`retention: purged ${JSON.stringify(purged)}`);
      return;
    }
    for (const change of await sweepBroadcasts(db, config.stream, now)) await announceStatusChange(env, change);
    await sendDueReminders(env, db, now);
  },

  async queue(batch, env) {
    await deliverNotifications(batch as MessageBatch<NotificationMessage>, env);
  },
} satisfies ExportedHandler<Env>;
