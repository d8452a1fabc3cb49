import type { NotificationChannel, NotificationKind } from "../db/tables";
import { describeLead } from "./lead-times";

export interface OutgoingMessage {
  channel: NotificationChannel;
  to: string;
  subject: string;
  /** Plain text: the SMS, the email's text part, the push notification's body */
  body: string;
  /** The email's HTML part */
  html?: string;
  /** Extra email headers (List-Unsubscribe) */
  headers?: Record<string, string>;
  /** Where clicking a push notification leads */
  url?: string;
  /** A push notification's tag: the same event's notification replaces, never adds to, another */
  tag?: string;
}

export interface MessageFacts {
  kind: NotificationKind;
  channel: NotificationChannel;
  recipientName: string;
  title: string;
  scheduledTime: string;
  /** Reminders: how long before the show */
  leadMinutes: number;
  watchUrl: string;
  manageUrl: string;
  unsubscribeUrl: string;
  thumbnailUrl: string | null;
  /** The circus's zone */
  siteTimeZone: string;
  /** The fan's own zone, when they told us */
  fanTimeZone: string | null;
  /** The circus's words to the fans, sent with CANCELLED */
  cancellationMessage?: string | null;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

const CIRCUS = "Medicine Fire Circus";

/**
 * One tag per event (show, kind and, where it matters, scheduled time), whatever sent it: a push
 * and the site's in-tab alert of the same event (web/src/lib/notifications/browser-alerts.ts
 * spells the same tags; both are pinned by tests) replace each other on a device, and the 1-day
 * and 1-hour reminders of a show are one notification that the later updates.
 */
export function notificationTag(kind: NotificationKind, performanceId: string, scheduledTime: string): string {
  const at = new Date(scheduledTime).toISOString();
  switch (kind) {
    case "REMINDER":
      return `reminder-${performanceId}-${at}`;
    case "LIVE":
      return `live-${performanceId}`;
    case "CANCELLED":
      return `cancelled-${performanceId}`;
    case "RESCHEDULED":
      return `moved-${performanceId}-${at}`;
    case "RUNNING_LATE":
      return `late-${performanceId}-${at}`;
    case "REPLAY_READY":
      return `replay-${performanceId}`;
    default:
      return `show-${performanceId}`;
  }
}

function formatTime(instant: string, timeZone: string, withDate: boolean): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    ...(withDate ? { weekday: "long", month: "long", day: "numeric" } : {}),
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(instant));
}

/** "Friday, December 4 at 8:00 PM CST (3:00 AM CET your time)": the circus's time, and the fan's. */
export function describeTime(instant: string, siteTimeZone: string, fanTimeZone: string | null): string {
  const circus = formatTime(instant, siteTimeZone, true);
  if (!fanTimeZone || fanTimeZone === siteTimeZone) return circus;
  const own = formatTime(instant, fanTimeZone, true);
  return own === circus ? circus : `${circus} (${own} your time)`;
}

/** The words of each kind, shared by every channel. */
function wording(facts: MessageFacts): { subject: string; line: string } {
  const when = describeTime(facts.scheduledTime, facts.siteTimeZone, facts.fanTimeZone);
  switch (facts.kind) {
    case "REMINDER":
      return {
        subject: `In ${describeLead(facts.leadMinutes)}: ${facts.title}`,
        line: `${facts.title} starts in ${describeLead(facts.leadMinutes)}, on ${when}.`,
      };
    case "LIVE":
      return { subject: `Live now: ${facts.title}`, line: `${facts.title} is live now.` };
    case "CANCELLED":
      return {
        subject: `Cancelled: ${facts.title}`,
        line: `${facts.title} on ${when} is cancelled. We're sorry.${facts.cancellationMessage ? ` From the circus: ${facts.cancellationMessage}` : ""}`,
      };
    case "RESCHEDULED":
      return { subject: `New time: ${facts.title}`, line: `${facts.title} moved to ${when}.` };
    case "REPLAY_READY":
      return { subject: `Replay ready: ${facts.title}`, line: `Missed ${facts.title}? The replay is ready.` };
    case "RUNNING_LATE":
      return {
        subject: `Running late: ${facts.title}`,
        line: `${facts.title} is running a little late. Stay close: we start as soon as we can.`,
      };
    default:
      return { subject: facts.title, line: facts.title };
  }
}

/** A short text: SMS (with the STOP wording carriers expect) and push notifications. */
export function renderShortMessage(facts: MessageFacts): { subject: string; text: string } {
  const { subject, line } = wording(facts);
  const watch = facts.kind === "CANCELLED" ? "" : ` ${facts.watchUrl}`;
  if (facts.channel === "SMS") return { subject, text: `${CIRCUS}: ${line}${watch} Reply STOP to stop.` };
  return { subject, text: line };
}

/** An email in the circus's look: HTML with a plain-text alternative saying the same. */
export function renderEmail(facts: MessageFacts): RenderedMessage {
  const { subject, line } = wording(facts);
  const watchable = facts.kind !== "CANCELLED";
  const text = [
    `Hello ${facts.recipientName},`,
    "",
    line,
    ...(watchable ? ["", `Watch: ${facts.watchUrl}`] : []),
    "",
    `Manage reminders: ${facts.manageUrl}`,
    `Unsubscribe from all email: ${facts.unsubscribeUrl}`,
    "",
    `You get this because you registered for the show. — ${CIRCUS}`,
    "",
  ].join("\n");
  const markup = emailLayout({
    preheader: line,
    body: html` ${
        facts.thumbnailUrl
          ? html`<img
              src="${facts.thumbnailUrl}"
              alt=""
              width="536"
              style="display:block;width:100%;max-width:536px;border-radius:8px;margin:0 0 20px"
            />`
          : ""
      }
      <p style="margin:0 0 12px">Hello ${facts.recipientName},</p>
      <h1 style="margin:0 0 12px;font-size:22px;line-height:1.3;color:#fff4e6">${facts.title}</h1>
      <p style="margin:0 0 24px">${line}</p>
      ${
        watchable
          ? html`<p style="margin:0 0 24px">
              <a
                href="${facts.watchUrl}"
                style="display:inline-block;background:#e8590c;color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 28px;border-radius:6px"
                >Watch</a
              >
            </p>`
          : ""
      }`,
    footer: html`<a href="${facts.manageUrl}" style="color:#ffb07a">Manage reminders</a> ·
      <a href="${facts.unsubscribeUrl}" style="color:#ffb07a">Unsubscribe</a><br />
      You get this because you registered for the show.`,
  });
  return { subject, text, html: markup.toString() };
}

function emailLayout(parts: { preheader: string; body: SafeHtml; footer: SafeHtml }): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <meta name="color-scheme" content="dark" />
        <title>${CIRCUS}</title>
      </head>
      <body style="margin:0;padding:0;background:#1a0f0a;font-family:Georgia,'Times New Roman',serif;color:#f3e3d3">
        <div style="display:none;max-height:0;overflow:hidden">${parts.preheader}</div>
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#1a0f0a">
          <tr>
            <td align="center" style="padding:24px 12px">
              <table
                role="presentation"
                width="600"
                cellpadding="0"
                cellspacing="0"
                style="max-width:600px;width:100%;background:#2b1810;border-radius:12px"
              >
                <tr>
                  <td
                    style="padding:20px 32px;border-bottom:3px solid #e8590c;font-size:18px;letter-spacing:2px;text-transform:uppercase;color:#ffb07a"
                  >
                    ${CIRCUS}
                  </td>
                </tr>
                <tr>
                  <td style="padding:28px 32px;font-size:16px;line-height:1.5">${parts.body}</td>
                </tr>
                <tr>
                  <td style="padding:16px 32px 24px;font-size:13px;line-height:1.5;color:#bfa48f">${parts.footer}</td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>`;
}

/** Markup whose interpolated values are escaped; nested `html` values are kept as they are. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += value instanceof SafeHtml ? value.value : escapeHtml(String(value ?? ""));
    out += strings[index + 1] ?? "";
  });
  return new SafeHtml(out);
}
