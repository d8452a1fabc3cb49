// Labels for the analytics' time axes. The points are evenly spaced (the API cuts them so); the
// labels say as much as the spacing needs and never repeat.

const LOCALE = "en-US";

/** Wall-clock labels of evenly spaced instants in a time zone: seconds when points are under a minute apart, the day when they span days. */
export function clockLabels(instants: readonly string[], timeZone: string): string[] {
  if (instants.length === 0) return [];
  const times = instants.map((instant) => Date.parse(instant));
  const step = times.length > 1 ? times[1]! - times[0]! : 60_000;
  const spansDays = times.at(-1)! - times[0]! >= 86_400_000 || step >= 86_400_000;
  const options: Intl.DateTimeFormatOptions = {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    ...(step < 60_000 ? { second: "2-digit" } : {}),
    ...(spansDays ? { weekday: "short", day: "numeric" } : {}),
  };
  const formatter = new Intl.DateTimeFormat(LOCALE, options);
  const labels = times.map((time) => formatter.format(time));
  if (new Set(labels).size === labels.length) return labels;
  const precise = new Intl.DateTimeFormat(LOCALE, { ...options, second: "2-digit", weekday: "short", day: "numeric" });
  return times.map((time) => precise.format(time));
}

/** "0:00", "15:30", "1:05:00": a time into the show. */
export function offsetLabel(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}
