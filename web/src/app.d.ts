// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Role } from "$lib/graphql/generated/graphql";

declare global {
  namespace App {
    interface Locals {
      /** The signed-in user, decoded once per request in hooks.server.ts */
      user: { id: string; name: string; email: string; role: Role } | null;
      /** IANA zone times are shown in: the browser's (from a cookie) or the site's until known */
      timeZone: string;
      /** Whether timeZone came from the browser */
      timeZoneDetected: boolean;
      /** The instant this request happens at (pinned by end-to-end tests, see lib/server/clock.ts) */
      now: Date;
    }
    interface Error {
      message: string;
    }
    interface Platform {
      env: {
        /** Service binding to the API Worker (production); see README.md */
        API?: { fetch(request: Request): Promise<Response> };
        FIRESTREAM_API_ORIGIN?: string;
        SITE_TIME_ZONE?: string;
        /** Content-Security-Policy sources video plays from; see README.md */
        STREAM_PLAYBACK_ORIGINS?: string;
      };
    }
  }
}

export {};
