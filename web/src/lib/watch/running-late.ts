// What the watch page says while a show is running late (the API's Performance.runningLate:
// not live 10 minutes after its time). The API knows no new start time, so the page says how
// late the show is by now, counted on the reader's clock, and when it was due.

/** Whole minutes from the scheduled time to `now` (never below 0). */
export function minutesLate(scheduledTime: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(scheduledTime)) / 60_000));
}

/** "15 minutes", "1 hour", "1 hour and 20 minutes" */
export function describeMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: string) => `${value} ${name}${value === 1 ? "" : "s"}`;
  if (hours === 0) return unit(rest, "minute");
  return rest === 0 ? unit(hours, "hour") : `${unit(hours, "hour")} and ${unit(rest, "minute")}`;
}

/** "8:00 PM" in the reader's zone */
export function clockTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(new Date(instant));
}

export interface RunningLateNotice {
  headline: string;
  detail: string;
}

/** { headline: "Running about 15 minutes late", detail: "It was due to start at 8:00 PM…" } */
export function runningLateNotice(scheduledTime: string, now: number, timeZone: string): RunningLateNotice {
  const late = minutesLate(scheduledTime, now);
  return {
    headline: late < 1 ? "Running a little late" : `Running about ${describeMinutes(late)} late`,
    detail: `It was due to start at ${clockTime(scheduledTime, timeZone)}. Stay on this page: the stream appears here as soon as the performers go live.`,
  };
}
