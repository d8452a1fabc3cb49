/**
 * What a shared show link carries: OpenGraph and Twitter card tags, and schema.org Event data
 * (JSON-LD) for an online event.
 */
export interface SharedShow {
  id: string;
  title: string;
  description: string;
  scheduledTime: string;
  endTime: string;
  status: string;
  thumbnailUrl: string | null | undefined;
}

const EVENT_STATUS: Record<string, string> = {
  CANCELLED: "https://schema.org/EventCancelled",
};

/** The Event object; `origin` is the site's (https://firestream.example.com). */
export function eventJsonLd(show: SharedShow, origin: string): Record<string, unknown> {
  const page = `${origin}/shows/${show.id}`;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: show.title,
    ...(show.description ? { description: show.description } : {}),
    startDate: show.scheduledTime,
    endDate: show.endTime,
    eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    eventStatus: EVENT_STATUS[show.status] ?? "https://schema.org/EventScheduled",
    location: { "@type": "VirtualLocation", url: `${page}/watch` },
    ...(show.thumbnailUrl ? { image: [show.thumbnailUrl] } : {}),
    organizer: { "@type": "PerformingGroup", name: "Medicine Fire Circus", url: origin },
    url: page,
  };
}

/**
 * JSON for inside a `<script type="application/ld+json">`: `<` is escaped so no text of the show
 * can close the element. A data block is never run, so the page's script policy does not apply.
 */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `<script type="application/ld+json">${json}</script>`;
}

/** The card's description: the show's own first lines, or a sentence about it. */
export function shareDescription(show: Pick<SharedShow, "title" | "description">): string {
  const text = show.description.replace(/\s+/g, " ").trim();
  if (!text) return `${show.title}, live from the Medicine Fire Circus.`;
  return text.length <= 200 ? text : `${text.slice(0, 199).trimEnd()}…`;
}
