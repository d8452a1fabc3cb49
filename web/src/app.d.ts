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
      /** The Worker's bindings and vars (wrangler.jsonc; `pnpm --filter @firestream/web types`) */
      env: Env;
      /** The browser's request properties Cloudflare adds (absent in dev) */
      cf?: { country?: string };
    }
  }
  // The generated Env names the Workers runtime's Fetcher. The site is checked against the DOM's
  // Request and Response (the same objects at run time), so a binding's fetch is typed with them.
  interface Fetcher {
    fetch: typeof fetch;
  }
  interface Window {
    /** Set by app.html when it replaces a first visit's document to learn the zone */
    __firestreamZoneReload?: boolean;
  }
}

export {};
