/** A subtitle track a master playlist offers (Stream lists a video's captions this way). */
export interface SubtitleTrack {
  language: string;
  label: string;
  /** The WebVTT file, absolute: a `<track>` element's src */
  vttUrl: string;
}

function attributes(list: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of list.matchAll(/([A-Z0-9-]+)=(?:"([^"]*)"|([^,]*))/g)) {
    found[match[1] ?? ""] = match[2] ?? match[3] ?? "";
  }
  return found;
}

/**
 * The subtitle tracks of an HLS master playlist. hls.js's light build plays no subtitles, so the
 * player shows them with `<track>` elements: each playlist of one WebVTT file gives that file,
 * next to it (`captions/en.m3u8` -> `captions/en.vtt`), resolved against the master's URL.
 */
export function subtitleTracks(master: string, masterUrl: string): SubtitleTrack[] {
  const tracks: SubtitleTrack[] = [];
  for (const line of master.split(/\r?\n/)) {
    if (!line.startsWith("#EXT-X-MEDIA:")) continue;
    const media = attributes(line.slice("#EXT-X-MEDIA:".length));
    if (media.TYPE !== "SUBTITLES" || !media.URI || !media.LANGUAGE) continue;
    const playlist = new URL(media.URI, masterUrl);
    if (!playlist.pathname.endsWith(".m3u8")) continue;
    playlist.pathname = playlist.pathname.replace(/\.m3u8$/, ".vtt");
    tracks.push({ language: media.LANGUAGE, label: media.NAME || media.LANGUAGE, vttUrl: playlist.href });
  }
  return tracks;
}

/** The quality menu's entries: Auto first, then the renditions from the tallest down. */
export function qualityChoices(levels: ReadonlyArray<{ height: number; bitrate: number }>) {
  const renditions = levels
    .map((level, index) => ({
      index,
      label: level.height ? `${level.height}p` : `${Math.round(level.bitrate / 1000)} kbps`,
      height: level.height,
      bitrate: level.bitrate,
    }))
    .sort((a, b) => b.height - a.height || b.bitrate - a.bitrate);
  return [{ index: -1, label: "Auto" }, ...renditions.map(({ index, label }) => ({ index, label }))];
}
