import type { OrganizerAlertKind, OrganizerAlertRow, PerformanceRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { createSenders } from "../notifications/senders";
import {
  claimAlertEmail,
  insertOrganizerAlert,
  listOrganizerEmails,
  listShowsWithoutFeed,
  listUnsentAlerts,
  recordAlertEmail,
} from "./organizer-alerts.repository";

/** A show whose feed has not connected this long after its scheduled time raises NO_FEED. */
export const NO_FEED_GRACE_MINUTES = 5;
/** An alert's email is tried this many times (by the minutely cron) before it is given up. */
const MAX_EMAIL_ATTEMPTS = 5;
/** Emails of alerts older than this are not retried: the moment has passed. */
const RETRY_WINDOW_MS = 60 * 60_000;
/** A sender that took an email on this long ago without finishing has died: another may take over. */
const CLAIM_MS = 60_000;

export interface OrganizerAlert {
  kind: OrganizerAlertKind;
  at: string;
  message: string;
}

function when(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(instant));
}

/** What the organizer reads, on the panel and in the email. */
export function alertMessage(
  alert: Pick<OrganizerAlertRow, "kind" | "occasion">,
  show: { title: string },
  timeZone: string,
): { subject: string; text: string } {
  if (alert.kind === "FEED_DROPPED") {
    return {
      subject: `Signal lost: ${show.title}`,
      text: `The feed of “${show.title}” dropped at ${when(alert.occasion, timeZone)}. Fans see “Signal lost, back soon”. Check OBS and its connection: the show resumes as soon as the feed returns, and ends by itself if it stays away.`,
    };
  }
  if (alert.kind === "NOT_HELD") {
    return {
      subject: `Not held: ${show.title}`,
      text: `“${show.title}” was due to end at ${when(alert.occasion, timeZone)}. You went live, but no feed ever connected, so the show is now marked as not held (cancelled) and fans no longer see “The performers are getting ready”. Fans were sent no message. To give them the show, schedule a new date from the schedule page.`,
    };
  }
  return {
    subject: `No signal yet: ${show.title}`,
    text: `“${show.title}” was due to start at ${when(alert.occasion, timeZone)} and no feed has connected ${NO_FEED_GRACE_MINUTES} minutes later. Start streaming in OBS with the server URL and stream key of the broadcast panel.`,
  };
}

/** The occasion an alert is about: each drop, the scheduled time or the slot's end that passed without a feed. */
function occasionOf(kind: OrganizerAlertKind, performance: PerformanceRow): string {
  if (kind === "FEED_DROPPED") return performance.interrupted_at ?? performance.updated_at;
  return kind === "NOT_HELD" ? performance.end_time : performance.scheduled_time;
}

/**
 * Raises an alert for the organizers, once per show, kind and occasion, and emails it. An email
 * that fails is left for the minutely cron to try again; raising never fails on it.
 */
export async function raiseOrganizerAlert(
  deps: AppDeps,
  kind: OrganizerAlertKind,
  performance: PerformanceRow,
): Promise<OrganizerAlertRow | undefined> {
  const alert = await insertOrganizerAlert(deps.db, {
    performanceId: performance.id,
    kind,
    occasion: occasionOf(kind, performance),
    now: deps.clock.now().toISOString(),
  });
  if (alert) await emailOrganizers(deps, alert, performance);
  return alert;
}

async function emailOrganizers(deps: AppDeps, alert: OrganizerAlertRow, show: { id: string; title: string }) {
  const now = deps.clock.now();
  const staleBefore = new Date(now.getTime() - CLAIM_MS).toISOString();
  // Two cron runs may meet here: only the one that takes the email on sends it.
  if (!(await claimAlertEmail(deps.db, alert.id, now.toISOString(), staleBefore))) return;
  const { subject, text } = alertMessage(alert, show, deps.config.siteTimeZone);
  const panel = new URL(`/admin/shows/${show.id}/broadcast`, deps.config.siteUrl).href;
  try {
    const send = createSenders(deps).EMAIL;
    for (const organizer of await listOrganizerEmails(deps.db)) {
      const body = `Hello ${organizer.name},\n\n${text}\n\nBroadcast panel: ${panel}\n`;
      await send({ channel: "EMAIL", to: organizer.email, subject, body }, null);
    }
    await recordAlertEmail(deps.db, alert.id, { emailedAt: deps.clock.now().toISOString() });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`emailing organizer alert ${alert.id} failed: ${reason}`);
    await recordAlertEmail(deps.db, alert.id, { error: reason });
  }
}

/**
 * The minutely cron's part: shows whose feed has not connected five minutes after their
 * scheduled time raise NO_FEED (once), and alert emails that failed are tried again.
 */
export async function checkFeedsAndAlerts(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  let raised = 0;
  for (const show of await listShowsWithoutFeed(deps.db, now.toISOString(), NO_FEED_GRACE_MINUTES)) {
    if (await raiseOrganizerAlert(deps, "NO_FEED", show)) raised++;
  }
  const since = new Date(now.getTime() - RETRY_WINDOW_MS).toISOString();
  const claimedBefore = new Date(now.getTime() - CLAIM_MS).toISOString();
  for (const alert of await listUnsentAlerts(deps.db, { since, maxAttempts: MAX_EMAIL_ATTEMPTS, claimedBefore })) {
    await emailOrganizers(deps, alert, { id: alert.performance_id, title: alert.title });
  }
  return raised;
}
