import { createAppDeps } from "./app-deps";
import { edgeCache, withCalendarCache } from "./calendar-cache";
import { Database } from "./db/database";
import { checkFeedsAndAlerts } from "./broadcast/organizer-alerts.service";
import { serveArchiveDownload } from "./archive/archive-download";
import { type ArchiveMessage, runArchiveJobs } from "./archive/archive.service";
import { sweepArchives } from "./archive/archive-sweep.service";
import { sweepBroadcasts } from "./broadcast/sweep.service";
import { handleLiveInputWebhook, handleVideoWebhook } from "./broadcast/webhooks.service";
import { seedDemoData } from "./dev/seed.service";
import { serveMedia } from "./media/thumbnails";
import { extendSeries } from "./performances/scheduling.service";
import { listOutbox } from "./notifications/deliveries.repository";
import { deliverNotifications, type NotificationMessage } from "./notifications/dispatch.service";
import { sendDueReminders } from "./notifications/notify.service";
import { handleInboundSms } from "./notifications/sms-webhook.service";
import { handleUnsubscribe } from "./notifications/unsubscribe.service";
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
    if (url.pathname === "/graphql") {
      return withCalendarCache(
        request,
        { db: new Database(env.DB), cache: edgeCache(), waitUntil: (promise) => ctx.waitUntil(promise) },
        async (graphqlRequest) => yoga.fetch(graphqlRequest, { env, ctx }),
      );
    }
    const deps = createAppDeps(env, { waitUntil: (promise) => ctx.waitUntil(promise) });
    if (request.method === "POST" && url.pathname.startsWith("/api/webhooks/")) {
      if (url.pathname === "/api/webhooks/stream") return handleVideoWebhook(request, deps);
      if (url.pathname === "/api/webhooks/stream-live") return handleLiveInputWebhook(request, deps);
      if (url.pathname === "/api/webhooks/sms") return handleInboundSms(request, deps);
    }
    if (url.pathname === "/api/notifications/unsubscribe" && request.method === "POST") {
      return handleUnsubscribe(request, deps);
    }
    if (url.pathname === "/api/heartbeat" && request.method === "POST") return handleHeartbeat(deps, request);
    if (url.pathname.startsWith("/api/media/") && request.method === "GET") {
      return serveMedia(env.MEDIA, decodeURIComponent(url.pathname.slice("/api/media/".length)));
    }
    if (url.pathname.startsWith("/api/archives/") && (request.method === "GET" || request.method === "HEAD")) {
      return serveArchiveDownload(request, deps);
    }
    if (url.pathname.startsWith("/api/")) {
      const response = await handleRestRoute(request, { env, ctx });
      if (response) return response;
    }
    if (url.pathname === "/__dev/outbox" && request.method === "GET") {
      // The outbox provider's messages: what would have been emailed or texted (development only).
      if (deps.config.environment !== "development") return new Response("Not found", { status: 404 });
      return Response.json({ messages: await listOutbox(deps.db, 100) });
    }
    if (url.pathname === "/__dev/seed" && request.method === "POST") {
      // Demo data exists only in local development.
      if (deps.config.environment !== "development") return new Response("Not found", { status: 404 });
      const result = await seedDemoData(deps);
      return Response.json({ result });
    }
    return new Response("Not found", { status: 404 });
  }),

  async scheduled(controller, env, ctx) {
    // The run's clock is the trigger's scheduled time, so a late run does the work it was due.
    const scheduledTime = new Date(controller.scheduledTime);
    const deps = createAppDeps(env, {
      waitUntil: (promise) => ctx.waitUntil(promise),
      clock: { now: () => scheduledTime },
    });
    if (controller.cron === CRON_DAILY) {
      const written = await extendSeries(deps);
      console.log(`series extended: ${written} occurrences written`);
      const purged = await purgeExpiredData(deps);
      console.log(`retention: purged ${JSON.stringify(purged)}`);
      return;
    }
    await sweepBroadcasts(deps);
    await checkFeedsAndAlerts(deps);
    await sendDueReminders(deps);
    // Last: a lost archive message can wait a minute more; reminders cannot.
    await sweepArchives(deps);
  },

  async queue(batch, env, ctx) {
    const deps = createAppDeps(env, { waitUntil: (promise) => ctx.waitUntil(promise) });
    if (batch.queue === "firestream-archives") return runArchiveJobs(deps, batch as MessageBatch<ArchiveMessage>);
    await deliverNotifications(deps, batch as MessageBatch<NotificationMessage>);
  },
} satisfies ExportedHandler<Env>;
