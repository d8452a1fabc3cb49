import { dev } from "$app/environment";
import { env } from "$env/dynamic/private";
import { parsePlaybackOrigins } from "./headers";

/** The site's own zone: times are shown in it until the browser says which zone it is in. */
export const DEFAULT_SITE_TIME_ZONE = "America/Chicago";

export interface WebConfig {
  /**
   * Where server-side code reaches the API directly (dev: http://127.0.0.1:8787). Unset in
   * production, where the `API` service binding is used instead.
   */
  apiOrigin: string | undefined;
  /** Must match the API's SITE_TIME_ZONE: weekly series repeat at wall-clock times in it. */
  siteTimeZone: string;
  /**
   * Where video plays from (Cloudflare Stream's customer subdomain; stream-local in dev), as
   * Content-Security-Policy sources for media and connections (hls.js fetches playlists and
   * segments).
   */
  playbackOrigins: string[];
  /** Fans see how many registered only from this many on (organizers always): "0 registered" helps no one. */
  registrationCountThreshold: number;
}

/** The site's configuration, read in this one place (Worker vars in production, process env in dev). */
export function readConfig(): WebConfig {
  return {
    apiOrigin: env.FIRESTREAM_API_ORIGIN?.replace(/\/+$/, "") || undefined,
    siteTimeZone: env.SITE_TIME_ZONE || DEFAULT_SITE_TIME_ZONE,
    playbackOrigins: parsePlaybackOrigins(env.STREAM_PLAYBACK_ORIGINS, dev),
    registrationCountThreshold: nonNegativeInteger(env.REGISTRATION_COUNT_THRESHOLD, 10),
  };
}

function nonNegativeInteger(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`"${value}" is not a whole number of 0 or more`);
  return parsed;
}
