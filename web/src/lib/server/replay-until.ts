import { zonedOf } from "./time";

/**
 * "Replay until Sunday 8 pm" in the viewer's zone: the weekday while the replay closes within six
 * days (so the weekday is never ambiguous), the date after that ("Replay until December 20, 8 pm"); minutes only when not on the hour.
 */
export function formatReplayUntil(until: string, zone: string, now: Date = new Date()): string {
  const closing = zonedOf(until, zone);
  const hour = closing.hour % 12 === 0 ? 12 : closing.hour % 12;
  const minutes = closing.minute === 0 ? "" : `:${String(closing.minute).padStart(2, "0")}`;
  const time = `${hour}${minutes} ${closing.hour < 12 ? "am" : "pm"}`;
  const withinAWeek = Date.parse(until) - now.getTime() < 6 * 86_400_000;
  const day = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    ...(withinAWeek ? { weekday: "long" } : { month: "long", day: "numeric" }),
  } as const).format(new Date(until));
  return `Replay until ${day}${withinAWeek ? "" : ","} ${time}`;
}
