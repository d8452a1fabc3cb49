/** A piece of a chat message: text, or an http(s) address that may be shown as a link. */
export type Segment = { text: string; href?: undefined } | { text: string; href: string };

const ADDRESS = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/giu;

/**
 * Splits a message into text and links. Links only when `clickable` (organizers' messages), and
 * only http(s): the pieces are rendered as text nodes and anchors, never as HTML.
 */
export function linkify(body: string, clickable: boolean): Segment[] {
  if (!clickable) return [{ text: body }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(ADDRESS)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: body.slice(last, start) });
    try {
      const url = new URL(match[0]);
      segments.push(
        url.protocol === "http:" || url.protocol === "https:" ? { text: match[0], href: url.href } : { text: match[0] },
      );
    } catch {
      segments.push({ text: match[0] });
    }
    last = start + match[0].length;
  }
  if (last < body.length) segments.push({ text: body.slice(last) });
  return segments;
}
