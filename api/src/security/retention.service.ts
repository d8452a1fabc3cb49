import { computeAnalytics, saveAnalyticsSummary } from "../analytics/analytics.repository";
import type { AppDeps } from "../deps";

const DAY_MS = 24 * 3600 * 1000;
const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();

export interface Purged {
  sessions: number;
  outboxMessages: number;
  webhookEvents: number;
  viewerSessions: number;
}

/**
 * The daily retention job: drops sessions that ended (expired or revoked), messages the outbox
 * sent, processed webhook ids and raw viewing sessions once they are older than the configured
 * number of days. A show whose viewing sessions go first gets its analytics summary saved, so
 * the figures stay.
 */
export async function purgeExpiredData(deps: AppDeps): Promise<Purged> {
  const { db } = deps;
  const { retention } = deps.config;
  const now = deps.clock.now();
  const sessionsBefore = before(now, retention.sessionDays);
  const viewingBefore = before(now, retention.viewerSessionDays);
  const unsummarised = await db
    .selectFrom("viewer_sessions")
    .select("performance_id")
    .distinct()
    .where("last_seen_at", "<", viewingBefore)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("performance_analytics")
            .select("performance_analytics.performance_id")
            .whereRef("performance_analytics.performance_id", "=", "viewer_sessions.performance_id"),
        ),
      ),
    )
    .execute();
  for (const { performance_id } of unsummarised) {
    await saveAnalyticsSummary(db, await computeAnalytics(db, performance_id), now.toISOString());
  }
  const count = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);
  const sessions = await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<", sessionsBefore), eb("revoked_at", "<", sessionsBefore)]))
    .executeTakeFirst();
  const outboxMessages = await db
    .deleteFrom("outbox_messages")
    .where("created_at", "<", before(now, retention.outboxDays))
    .executeTakeFirst();
  const webhookEvents = await db
    .deleteFrom("processed_webhook_events")
    .where("received_at", "<", before(now, retention.webhookEventDays))
    .executeTakeFirst();
  const viewerSessions = await db
    .deleteFrom("viewer_sessions")
    .where("last_seen_at", "<", viewingBefore)
    .executeTakeFirst();
  return {
    sessions: count(sessions),
    outboxMessages: count(outboxMessages),
    webhookEvents: count(webhookEvents),
    viewerSessions: count(viewerSessions),
  };
}
