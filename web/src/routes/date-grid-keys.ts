// Plain-date arithmetic in UTC: no time zone is involved, so no date library is needed here.
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(iso: string, count: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + count);
  return toIso(date);
}

/** The same day of another month, or its last day when that month is shorter. */
export function addMonths(iso: string, count: number): string {
  const date = toDate(iso);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1));
  const length = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), length));
  return toIso(target);
}

/**
 * The day a key moves the month grid's focus to (the WAI-ARIA date grid's keys; weeks start on
 * Sunday), or undefined for any other key.
 */
export function dayForKey(key: string, focused: string): string | undefined {
  const weekday = toDate(focused).getUTCDay();
  const targets: Record<string, () => string> = {
    ArrowLeft: () => addDays(focused, -1),
    ArrowRight: () => addDays(focused, 1),
    ArrowUp: () => addDays(focused, -7),
    ArrowDown: () => addDays(focused, 7),
    Home: () => addDays(focused, -weekday),
    End: () => addDays(focused, 6 - weekday),
    PageUp: () => addMonths(focused, -1),
    PageDown: () => addMonths(focused, 1),
  };
  return Object.hasOwn(targets, key) ? targets[key]?.() : undefined;
}
