/** What the API's push carries (notifications/senders.ts), as a notification to show. */
export interface PushNotification {
  title: string;
  body: string;
  /** Where a click leads: the show's watch page */
  url: string;
  /** One notification per delivery, however often the push service retries */
  tag: string;
}

/** A push's payload made safe to show: text only, a same-site path or URL, defaults for the rest. */
export function notificationFromPush(payload: unknown): PushNotification {
  const value = typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>) : {};
  const text = (field: unknown, fallback: string) =>
    typeof field === "string" && field.trim() ? field.slice(0, 300) : fallback;
  return {
    title: text(value.title, "Medicine Fire Circus"),
    body: text(value.body, typeof payload === "string" ? payload.slice(0, 300) : ""),
    url: sameSite(value.url),
    tag: text(value.tag, "firestream"),
  };
}

/** Only links to the site itself: a push must not open another site. */
function sameSite(url: unknown): string {
  if (typeof url !== "string") return "/";
  try {
    const parsed = new URL(url, "https://site.invalid");
    return parsed.pathname.startsWith("/shows/") ? `${parsed.pathname}${parsed.search}` : "/";
  } catch {
    return "/";
  }
}
