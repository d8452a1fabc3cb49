import { computeAnalytics, markSessionsPurged, saveAnalyticsSummary } from "../analytics/analytics.repository";
import { purgeChatMessages } from "../chat/chat.repository";
import type { AppDeps } from "../deps";

const DAY_MS = 24 * 3600 * 1000;
const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();

export interface Purged {
  sessions: number;
  outboxMessages: number;
  webhookEvents: number;
  viewerSessions: number;
  chatMessages: number;
}

/**
 * The daily retention job: drops sessions that ended (expired or revoked), messages the outbox
 * sent, processed webhook ids, raw viewing sessions and chat messages once they are older than the configured
 * number of days. A show whose viewing sessions go gets its analytics summary saved and marked
 * final first, so its figures stay (Performance.analytics answers from it from then on).
 */
export async function purgeExpiredData(deps: AppDeps): Promise<Purged> {
  const { db } = deps;
  const { retention } = deps.config;
  const now = deps.clock.now();
  const sessionsBefore = before(now, retention.sessionDays);
  const viewingBefore = before(now, retention.viewerSessionDays);
  // Shows losing viewing sessions get their summary brought up to date first (the sessions
  // still all there), then marked final, so the figures outlive the sessions.
  const losing = await db
    .selectFrom("viewer_sessions")
    .select("performance_id")
    .distinct()
    .where("last_seen_at", "<", viewingBefore)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("performance_analytics")
            .select("performance_analytics.performance_id")
            .whereRef("performance_analytics.performance_id", "=", "viewer_sessions.performance_id")
            .where("performance_analytics.sessions_purged_at", "is not", null),
        ),
      ),
    )
    .execute();
  for (const { performance_id } of losing) {
    await saveAnalyticsSummary(db, await computeAnalytics(db, performance_id), now.toISOString());
  }
  await markSessionsPurged(
    db,
    losing.map((row) => row.performance_id),
    now.toISOString(),
  );
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
  const chatMessages = await purgeChatMessages(db, before(now, retention.chatMessageDays));
  return {
    chatMessages,
    sessions: count(sessions),
    outboxMessages: count(outboxMessages),
    webhookEvents: count(webhookEvents),
    viewerSessions: count(viewerSessions),
  };
}
