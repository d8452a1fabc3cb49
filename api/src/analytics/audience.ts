import type { ViewingMode } from "../db/tables";

// The one definition every figure of a show is computed from. A person's sessions (reloads,
// phone and TV, live and replay) are combined before any threshold applies:
// - watch time (of a person, live or replay) = the seconds their sessions of that mode were
//   playing (a session's watched seconds, up to its latest heartbeat), time watched on two
//   devices at once counted once;
// - a view = a person's watch time in one mode of at least VIEW_THRESHOLD_SECONDS, so a person
//   has at most two views of a show (live and replay);
// - a viewer = a person with at least one view. Every figure (peak, curves, countries, the
//   funnel, registrations' watching) counts viewers only, so none can exceed the unique viewers.

/** A person's watching in one mode counts as a view once it adds up to this much. */
export const VIEW_THRESHOLD_SECONDS = 30;
/** A reload shorter than this does not make the person leave (the hub's presence timeout). */
export const REJOIN_GAP_MS = 35_000;
/** Steps the time axes are cut into: the smallest giving at most MAX_POINTS points. */
const STEPS_SECONDS = [15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21_600, 86_400];
const MAX_POINTS = 60;

export interface SessionSpan {
  userId: string;
  mode: ViewingMode;
  country: string | null;
  /** Epoch milliseconds of the session's first and latest heartbeat */
  startedAt: number;
  lastSeenAt: number;
  watchedSeconds: number;
  maxPositionSeconds: number;
}

export interface ShowTimeline {
  /** Epoch milliseconds the show went live (its scheduled time if it never did) */
  startedAt: number;
  /** The show's length in seconds as far as it is known (recording, or start to end) */
  lengthSeconds: number;
}

export interface PersonWatching {
  liveSeconds: number;
  replaySeconds: number;
  liveView: boolean;
  replayView: boolean;
}

export interface RetentionPoint {
  /** Seconds into the show at which the interval starts */
  offsetSeconds: number;
  live: number;
  replay: number;
  viewers: number;
}

export interface Audience {
  peakConcurrentViewers: number;
  totalViews: number;
  uniqueViewers: number;
  totalWatchSeconds: number;
  averageWatchSeconds: number;
  registered: number;
  watchedLive: number;
  watchedReplay: number;
  noShow: number;
  countries: Array<{ country: string | null; viewers: number }>;
  viewersOverTime: Array<{ at: string; viewers: number }>;
  retention: RetentionPoint[];
}

type Interval = [number, number];

/** Overlapping intervals (or ones closer than `gap`) joined, in time order. */
function merge(intervals: readonly Interval[], gap = 0): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1] + gap) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const length = (intervals: readonly Interval[]) => intervals.reduce((sum, [start, end]) => sum + (end - start), 0);

/** When a session played: its watched seconds, up to its latest heartbeat (epoch ms). */
const played = (session: SessionSpan): Interval => [
  session.lastSeenAt - session.watchedSeconds * 1000,
  session.lastSeenAt,
];

/** Watch time of one person's sessions of one mode: playing time, overlaps between devices once. */
function watchSeconds(sessions: readonly SessionSpan[]): number {
  return Math.round(length(merge(sessions.map(played))) / 1000);
}

/** How one person watched a show, by the definition above. */
export function personWatching(sessions: readonly SessionSpan[]): PersonWatching {
  const liveSeconds = watchSeconds(sessions.filter((session) => session.mode === "LIVE"));
  const replaySeconds = watchSeconds(sessions.filter((session) => session.mode === "REPLAY"));
  return {
    liveSeconds,
    replaySeconds,
    liveView: liveSeconds >= VIEW_THRESHOLD_SECONDS,
    replayView: replaySeconds >= VIEW_THRESHOLD_SECONDS,
  };
}

/** The smallest step of the axis that keeps a span within MAX_POINTS points. */
export function axisStepSeconds(spanSeconds: number): number {
  return STEPS_SECONDS.find((step) => spanSeconds / step <= MAX_POINTS) ?? STEPS_SECONDS.at(-1)!;
}

function groupByPerson(sessions: readonly SessionSpan[]): Map<string, SessionSpan[]> {
  const byPerson = new Map<string, SessionSpan[]>();
  for (const session of sessions) {
    const list = byPerson.get(session.userId) ?? [];
    list.push(session);
    byPerson.set(session.userId, list);
  }
  return byPerson;
}

/** The country a person watched from most (by watch time); null when no session knew it. */
function countryOf(sessions: readonly SessionSpan[]): string | null {
  const seconds = new Map<string, number>();
  for (const session of sessions) {
    if (session.country) seconds.set(session.country, (seconds.get(session.country) ?? 0) + session.watchedSeconds);
  }
  let best: string | null = null;
  for (const [country, total] of seconds) if (best === null || total > seconds.get(best)!) best = country;
  return best;
}

/** Most people watching live at once, in equal wall-clock intervals aligned to the step. */
function viewersOverTime(presence: readonly Interval[][]): Array<{ at: string; viewers: number }> {
  const events = presence.flatMap((intervals) =>
    intervals.flatMap(([start, end]) => [
      { at: start, delta: 1 },
      { at: end, delta: -1 },
    ]),
  );
  if (events.length === 0) return [];
  // Starts before ends at the same instant: a moment when both were there counts both.
  events.sort((a, b) => a.at - b.at || b.delta - a.delta);
  const first = events[0]!.at;
  const last = events.at(-1)!.at;
  const stepMs = axisStepSeconds((last - first) / 1000) * 1000;
  const points: Array<{ at: string; viewers: number }> = [];
  let current = 0;
  let next = 0;
  for (let bucket = Math.floor(first / stepMs) * stepMs; bucket <= last; bucket += stepMs) {
    let most = current;
    while (next < events.length && events[next]!.at < bucket + stepMs) {
      current += events[next]!.delta;
      most = Math.max(most, current);
      next++;
    }
    points.push({ at: new Date(bucket).toISOString(), viewers: most });
  }
  return points;
}

/**
 * Who was watching each part of the show: live viewers at the moment it was played, replay
 * viewers at the recording's position (a replay session is taken to have played straight up to
 * the furthest point it reached). A person counts once per interval, whatever their devices.
 */
function retention(
  show: ShowTimeline,
  live: ReadonlyMap<string, Interval[]>,
  replay: ReadonlyMap<string, Interval[]>,
): RetentionPoint[] {
  const furthest = Math.max(
    0,
    ...[...live.values(), ...replay.values()].flatMap((spans) => spans.map(([, end]) => end)),
  );
  if (live.size === 0 && replay.size === 0) return [];
  const span = Math.max(show.lengthSeconds, furthest);
  const step = axisStepSeconds(span);
  const count = Math.max(1, Math.ceil(span / step));
  const buckets = Array.from({ length: count }, () => ({ live: new Set<string>(), replay: new Set<string>() }));
  const mark = (spans: ReadonlyMap<string, Interval[]>, pick: "live" | "replay") => {
    for (const [person, intervals] of spans) {
      for (const [start, end] of intervals) {
        const from = Math.min(count - 1, Math.floor(start / step));
        const to = Math.min(count - 1, Math.max(from, Math.ceil(end / step) - 1));
        for (let index = from; index <= to; index++) buckets[index]![pick].add(person);
      }
    }
  };
  mark(live, "live");
  mark(replay, "replay");
  return buckets.map((bucket, index) => ({
    offsetSeconds: index * step,
    live: bucket.live.size,
    replay: bucket.replay.size,
    viewers: new Set([...bucket.live, ...bucket.replay]).size,
  }));
}

/** Every figure of a show from its viewing sessions and the people registered for it. */
export function audienceOf(
  sessions: readonly SessionSpan[],
  show: ShowTimeline,
  registeredUserIds: readonly string[],
): Audience {
  const byPerson = groupByPerson(sessions);
  const watching = new Map([...byPerson].map(([person, own]) => [person, personWatching(own)]));
  const viewers = [...watching].filter(([, entry]) => entry.liveView || entry.replayView);
  const totalWatchSeconds = viewers.reduce(
    (sum, [, entry]) => sum + (entry.liveView ? entry.liveSeconds : 0) + (entry.replayView ? entry.replaySeconds : 0),
    0,
  );
  const countries = new Map<string | null, number>();
  for (const [person] of viewers) {
    const country = countryOf(byPerson.get(person)!);
    countries.set(country, (countries.get(country) ?? 0) + 1);
  }
  const livePresence = new Map<string, Interval[]>();
  const liveOffsets = new Map<string, Interval[]>();
  const replayOffsets = new Map<string, Interval[]>();
  for (const [person, entry] of viewers) {
    const own = byPerson.get(person)!;
    if (entry.liveView) {
      const presence = merge(own.filter((session) => session.mode === "LIVE").map(played), REJOIN_GAP_MS);
      livePresence.set(person, presence);
      liveOffsets.set(
        person,
        presence.map(([start, end]) => [
          Math.max(0, (start - show.startedAt) / 1000),
          Math.max(0, (end - show.startedAt) / 1000),
        ]),
      );
    }
    if (entry.replayView) {
      replayOffsets.set(
        person,
        merge(
          own
            .filter((session) => session.mode === "REPLAY")
            .map((session) => [
              Math.max(0, session.maxPositionSeconds - session.watchedSeconds),
              session.maxPositionSeconds,
            ]),
        ),
      );
    }
  }
  const overTime = viewersOverTime([...livePresence.values()]);
  const registered = new Set(registeredUserIds);
  const watchedAny = new Set(viewers.map(([person]) => person));
  return {
    peakConcurrentViewers: Math.max(0, ...overTime.map((point) => point.viewers)),
    totalViews: viewers.reduce((sum, [, entry]) => sum + Number(entry.liveView) + Number(entry.replayView), 0),
    uniqueViewers: viewers.length,
    totalWatchSeconds,
    averageWatchSeconds: viewers.length ? Math.round(totalWatchSeconds / viewers.length) : 0,
    registered: registered.size,
    watchedLive: viewers.filter(([, entry]) => entry.liveView).length,
    watchedReplay: viewers.filter(([, entry]) => entry.replayView).length,
    noShow: [...registered].filter((person) => !watchedAny.has(person)).length,
    countries: [...countries]
      .map(([country, count]) => ({ country, viewers: count }))
      .sort((a, b) => b.viewers - a.viewers || (a.country ?? "~").localeCompare(b.country ?? "~")),
    viewersOverTime: overTime,
    retention: retention(show, liveOffsets, replayOffsets),
  };
}
