/**
 * Which messages a chat replay shows. The replay plays the show's recordings one after another
 * with the intermissions cut, so a message's place is found from when it was posted: the player
 * is `currentTime` seconds into a part that began at `partStartedAt`, and everything posted up
 * to that moment is shown (a message posted during an intermission appears as the next part
 * starts). A player that does not say when its part began falls back to the offset from the
 * show's start.
 */
export interface ReplayMoment {
  /** When the part playing now began (UTC), from Playback.parts[].startedAt */
  partStartedAt: string | undefined;
  /** Seconds played in that part */
  currentTime: number;
  /**
   * Whether the player is at the end of the replay's last part. Everything is shown then: a
   * recording can be shorter than the wall-clock time it covers (an encoder that fell behind),
   * and the last messages must not stay hidden at the end.
   */
  atEnd?: boolean;
}

/** Messages appear half a second early, so one posted at the moment shown is not a frame late. */
const LEAD_SECONDS = 0.5;

export function shownInReplay<Line extends { postedAt: string; offsetSeconds: number }>(
  lines: readonly Line[],
  moment: ReplayMoment,
): Line[] {
  if (moment.atEnd) return [...lines];
  const started = moment.partStartedAt ? Date.parse(moment.partStartedAt) : Number.NaN;
  const played = Number.isFinite(moment.currentTime) ? Math.max(0, moment.currentTime) : 0;
  if (Number.isNaN(started)) return lines.filter((line) => line.offsetSeconds <= played + LEAD_SECONDS);
  const until = started + (played + LEAD_SECONDS) * 1000;
  return lines.filter((line) => Date.parse(line.postedAt) <= until);
}
