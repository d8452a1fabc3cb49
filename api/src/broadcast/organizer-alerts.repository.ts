import type { Database } from "../db/database";
import type { OrganizerAlertKind, OrganizerAlertRow, PerformanceRow } from "../db/tables";

/** Records an alert once per show, kind and occasion; undefined when it was raised before. */
export function insertOrganizerAlert(
  db: Database,
  alert: { performanceId: string; kind: OrganizerAlertKind; occasion: string; now: string },
): Promise<OrganizerAlertRow | undefined> {
  return db
    .insertInto("organizer_alerts")
    .values({
      id: crypto.randomUUID(),
      performance_id: alert.performanceId,
      kind: alert.kind,
      occasion: alert.occasion,
      created_at: alert.now,
    })
    .onConflict((conflict) => conflict.columns(["performance_id", "kind", "occasion"]).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/**
 * Takes the alert's email on, unless it was sent or another sender took it on after
 * `staleBefore`: false then. Counts the attempt.
 */
export async function claimAlertEmail(db: Database, id: string, now: string, staleBefore: string): Promise<boolean> {
  const claimed = await db
    .updateTable("organizer_alerts")
    .set((eb) => ({ email_attempts: eb("email_attempts", "+", 1), email_claimed_at: now }))
    .where("id", "=", id)
    .where("emailed_at", "is", null)
    .where((eb) => eb.or([eb("email_claimed_at", "is", null), eb("email_claimed_at", "<", staleBefore)]))
    .returning("id")
    .executeTakeFirst();
  return claimed !== undefined;
}

export function recordAlertEmail(
  db: Database,
  id: string,
  outcome: { emailedAt: string; error?: undefined } | { emailedAt?: undefined; error: string },
) {
  return db
    .updateTable("organizer_alerts")
    .set({ emailed_at: outcome.emailedAt ?? null, last_error: outcome.error ?? null })
    .where("id", "=", id)
    .execute();
}

/** Alerts whose email has not gone out yet, raised after `since`, with fewer than `maxAttempts` tries. */
export function listUnsentAlerts(db: Database, window: { since: string; maxAttempts: number; claimedBefore: string }) {
  return db
    .selectFrom("organizer_alerts as a")
    .innerJoin("performances as p", "p.id", "a.performance_id")
    .selectAll("a")
    .select(["p.title", "p.scheduled_time"])
    .where("a.emailed_at", "is", null)
    .where("a.created_at", ">", window.since)
    .where("a.email_attempts", "<", window.maxAttempts)
    .where((eb) => eb.or([eb("a.email_claimed_at", "is", null), eb("a.email_claimed_at", "<", window.claimedBefore)]))
    .orderBy("a.created_at")
    .execute();
}

/** A show's alerts, newest first. */
export function listAlertsOfPerformance(db: Database, performanceId: string, limit: number) {
  return db
    .selectFrom("organizer_alerts")
    .selectAll()
    .where("performance_id", "=", performanceId)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}

/**
 * Shows whose feed should have connected by now: still SCHEDULED or GOING_LIVE at least
 * `graceMinutes` after their scheduled time, and not over yet.
 */
export function listShowsWithoutFeed(db: Database, now: string, graceMinutes: number): Promise<PerformanceRow[]> {
  const due = new Date(Date.parse(now) - graceMinutes * 60_000).toISOString();
  return db
    .selectFrom("performances")
    .selectAll()
    .where("status", "in", ["SCHEDULED", "GOING_LIVE"])
    .where("scheduled_time", "<=", due)
    .where("end_time", ">", now)
    .execute();
}

export function listOrganizerEmails(db: Database): Promise<Array<{ email: string; name: string }>> {
  return db.selectFrom("users").select(["email", "name"]).where("role", "=", "ORGANIZER").orderBy("email").execute();
}
