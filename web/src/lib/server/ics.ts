// iCalendar (RFC 5545) for "Add to calendar": one VEVENT per show, times in UTC.

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  start: string;
  end: string;
  url: string;
  cancelled: boolean;
}

/** 2026-12-05T02:00:00.000Z -> 20261205T020000Z */
function icsTime(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

// Control characters have no place in a content line (RFC 5545 3.1: TEXT allows HTAB only).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and every line break
 * (CR LF, a bare LF or a bare CR, which would otherwise start a line of its own) as `\n`.
 */
export function icsText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, "\n")
    .replace(CONTROL, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** A value that is not TEXT (an id, a URL) cannot be escaped: line breaks and controls go. */
function icsPlain(value: string): string {
  return value.replace(/[\r\n]/g, "").replace(CONTROL, "");
}

/** Folds a content line to at most 75 octets, continuation lines starting with a space. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function icsCalendar(event: CalendarEvent, now = new Date()): string {
  const description = [event.description.trim(), `Details and registration: ${event.url}`].filter(Boolean).join("\n\n");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Medicine Fire Circus//FireStream//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${icsPlain(event.uid)}`,
    `DTSTAMP:${icsTime(now.toISOString())}`,
    `DTSTART:${icsTime(event.start)}`,
    `DTEND:${icsTime(event.end)}`,
    `SUMMARY:${icsText(event.title)}`,
    `DESCRIPTION:${icsText(description)}`,
    `URL:${icsPlain(event.url)}`,
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** "Friday Night Fire!" -> "friday-night-fire" */
export function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "show"
  );
}
