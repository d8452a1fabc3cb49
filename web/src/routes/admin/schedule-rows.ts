/** How long before its start a show offers Broadcast: setting up OBS is a show-day job. */
export const BROADCAST_WINDOW_MS = 24 * 3600 * 1000;

export interface ScheduleShow {
  id: string;
  title: string;
  status: string;
  scheduledTime: string;
  over: boolean;
  seriesId: string | null;
}

export type ScheduleRow<Show extends ScheduleShow> =
  { kind: "show"; show: Show } | { kind: "series"; seriesId: string; first: Show; others: Show[] };

/**
 * The schedule's rows: a show on its own, or a weekly series as one row (its first date on the
 * page) whose other dates unfold beneath it, at the place of its first date.
 */
export function scheduleRows<Show extends ScheduleShow>(shows: readonly Show[]): ScheduleRow<Show>[] {
  const rows: ScheduleRow<Show>[] = [];
  const series = new Map<string, Extract<ScheduleRow<Show>, { kind: "series" }>>();
  for (const show of shows) {
    const group = show.seriesId ? series.get(show.seriesId) : undefined;
    if (group) group.others.push(show);
    else if (show.seriesId) {
      const row = { kind: "series" as const, seriesId: show.seriesId, first: show, others: [] };
      series.set(show.seriesId, row);
      rows.push(row);
    } else rows.push({ kind: "show", show });
  }
  // A series with one date on this page is just a show.
  return rows.map((row) =>
    row.kind === "series" && row.others.length === 0 ? { kind: "show", show: row.first } : row,
  );
}

/** Broadcast is offered while a show is on (or going live), and from a day before a scheduled show until its end. */
export function offersBroadcast(show: ScheduleShow, now: Date): boolean {
  if (show.status === "LIVE" || show.status === "INTERRUPTED" || show.status === "GOING_LIVE") return true;
  return (
    show.status === "SCHEDULED" && !show.over && Date.parse(show.scheduledTime) - now.getTime() <= BROADCAST_WINDOW_MS
  );
}
