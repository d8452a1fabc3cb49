import type { NotificationChannel, NotificationKind } from "../db/tables";

export interface OutgoingMessage {
  channel: NotificationChannel;
  to: string;
  subject: string;
  body: string;
}

export interface MessageFacts {
  kind: NotificationKind;
  channel: NotificationChannel;
  recipientName: string;
  title: string;
  scheduledTime: string;
  watchUrl: string;
  timeZone: string;
  now: Date;
}

/** What a viewer reads: short for SMS, a few friendly lines for email. */
export function renderMessage(facts: MessageFacts): { subject: string; body: string } {
  const when = new Intl.DateTimeFormat("en-US", {
    timeZone: facts.timeZone,
    weekday: "long",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(facts.scheduledTime));
  const minutes = Math.max(1, Math.round((Date.parse(facts.scheduledTime) - facts.now.getTime()) / 60_000));
  const soon = minutes < 90 ? `in ${minutes} minute${minutes === 1 ? "" : "s"}` : `on ${when}`;
  const lines: Record<NotificationKind, { subject: string; text: string }> = {
    REMINDER: {
      subject: `Starting soon: ${facts.title}`,
      text: `${facts.title} starts ${soon} (${when}). Watch: ${facts.watchUrl}`,
    },
    LIVE: { subject: `Live now: ${facts.title}`, text: `${facts.title} is live now. Watch: ${facts.watchUrl}` },
    CANCELLED: { subject: `Cancelled: ${facts.title}`, text: `${facts.title} on ${when} is cancelled. We're sorry.` },
    RESCHEDULED: {
      subject: `New time: ${facts.title}`,
      text: `${facts.title} moved to ${when}. Watch: ${facts.watchUrl}`,
    },
    REPLAY_READY: {
      subject: `Replay ready: ${facts.title}`,
      text: `Missed ${facts.title}? The replay is ready. Watch: ${facts.watchUrl}`,
    },
  };
  const { subject, text } = lines[facts.kind];
  if (facts.channel === "SMS") return { subject, body: `Medicine Fire Circus: ${text}` };
  return {
    subject,
    body: `Hello ${facts.recipientName},\n\n${text}\n\nYou get this because you registered for the show. Change your reminders on your page of the site.\n`,
  };
}
