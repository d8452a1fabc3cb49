/** The lowest quality Stream offers for a feed that is large enough (stream-local: 360p). */
const LOWEST_RUNG = 360;

/**
 * Why fans receive a single quality, in the organizer's words, or null when they can choose.
 * The qualities come from the live playlist (Performance.streamHealth.renditions): a feed taller
 * than the lowest rung that still gets one quality means the encoder dropped the others (on a busy
 * machine stream-local keeps only the top one rather than fall behind the feed).
 */
export function singleQualityReason(renditionHeights: number[], feedHeight: number | null | undefined): string | null {
  if (renditionHeights.length !== 1) return null;
  if (feedHeight != null && feedHeight <= LOWEST_RUNG)
    return "One quality only: the picture from OBS is too small for a lower one.";
  return (
    "One quality only: the encoder could not keep up with two and dropped the lower one. " +
    "Fans on slow connections cannot step down to a lighter picture and may stall."
  );
}
