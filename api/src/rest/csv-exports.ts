import { stringify } from "csv-stringify/sync";
import { restErrorOf, runGraphql } from "./graphql-call";
import { restError } from "./rest-errors";
import type { RouteInput } from "./routes";
import type { ServerContext } from "../yoga";

/** Registrations are read 200 at a time (the connection's largest page), up to this many pages. */
const PAGE_SIZE = 200;
const MAX_PAGES = 250;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) is
 * given a leading apostrophe, so an exported name like `=HYPERLINK(...)` stays text.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: Array<Array<string | number | boolean | null>>): string {
  return stringify([header, ...rows], {
    cast: { string: escapeFormula, boolean: (value) => (value ? "yes" : "no") },
  });
}

function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}

/** A file name made of the show's title: letters, digits and dashes only. */
const slug = (title: string) =>
  title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60) || "show";

interface RegistrationsPage {
  title: string;
  registrations: {
    edges: Array<{
      node: {
        registeredAt: string;
        viewer: { name: string; email: string | null };
        notificationPreferences: { email: boolean; sms: boolean; browser: boolean };
        watching: { watchedLive: boolean; watchedReplay: boolean; liveSeconds: number; replaySeconds: number };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
}

const REGISTRATIONS = `query($id: ID!, $first: Int, $after: String) { result: performance(id: $id) { title registrations(first: $first, after: $after) {
  edges { node { registeredAt viewer { name email } notificationPreferences { email sms browser } watching { watchedLive watchedReplay liveSeconds replaySeconds } } }
  pageInfo { hasNextPage endCursor } } } }`;

/** GET /api/performances/:id/registrations.csv: who registered, their reminders and what they watched. */
export async function registrationsCsv(request: Request, input: RouteInput, context: ServerContext): Promise<Response> {
  const rows: Array<Array<string | number | boolean | null>> = [];
  let after: string | null = null;
  let title = "";
  for (let page = 0; page < MAX_PAGES; page++) {
    const { response, result } = await runGraphql(request, context, REGISTRATIONS, {
      id: input.params.id,
      first: PAGE_SIZE,
      after,
    });
    const refused = restErrorOf(response, result);
    if (refused) return refused;
    const show = result.data?.result as RegistrationsPage | null | undefined;
    if (!show?.registrations) return restError("NotFoundError", "There is no such show", 404);
    title = show.title;
    for (const { node } of show.registrations.edges) {
      rows.push([
        node.viewer.name,
        node.viewer.email,
        node.registeredAt,
        node.notificationPreferences.email,
        node.notificationPreferences.sms,
        node.notificationPreferences.browser,
        node.watching.watchedLive,
        node.watching.liveSeconds,
        node.watching.watchedReplay,
        node.watching.replaySeconds,
      ]);
    }
    if (!show.registrations.pageInfo.hasNextPage) break;
    after = show.registrations.pageInfo.endCursor;
  }
  const header = [
    "Name",
    "Email",
    "Registered at (UTC)",
    "Email reminders",
    "Text reminders",
    "Browser reminders",
    "Watched live",
    "Seconds watched live",
    "Watched the replay",
    "Seconds of the replay watched",
  ];
  return csvResponse(toCsv(header, rows), `${slug(title)}-registrations.csv`);
}

interface AnalyticsAnswer {
  title: string;
  scheduledTime: string;
  analytics: {
    peakConcurrentViewers: number;
    totalViews: number;
    uniqueViewers: number;
    totalWatchSeconds: number;
    averageWatchSeconds: number;
    countries: Array<{ country: string | null; viewers: number }>;
    funnel: { registered: number; watchedLive: number; watchedReplay: number; noShow: number };
    viewersOverTime: Array<{ at: string; viewers: number }>;
    retention: Array<{ offsetSeconds: number; live: number; replay: number; viewers: number }>;
  } | null;
}

const ANALYTICS = `query($id: ID!) { result: performance(id: $id) { title scheduledTime analytics {
  peakConcurrentViewers totalViews uniqueViewers totalWatchSeconds averageWatchSeconds countries { country viewers }
  funnel { registered watchedLive watchedReplay noShow } viewersOverTime { at viewers } retention { offsetSeconds live replay viewers } } } }`;

/**
 * GET /api/performances/:id/analytics.csv: every figure of the analytics page in one long table
 * (section, label, value, and live and replay for the retention), easy to filter in a spreadsheet.
 */
export async function analyticsCsv(request: Request, input: RouteInput, context: ServerContext): Promise<Response> {
  const { response, result } = await runGraphql(request, context, ANALYTICS, { id: input.params.id });
  const refused = restErrorOf(response, result);
  if (refused) return refused;
  const show = result.data?.result as AnalyticsAnswer | null | undefined;
  if (!show?.analytics) return restError("NotFoundError", "There is no such show", 404);
  const { analytics } = show;
  const rows: Array<Array<string | number | null>> = [
    ["Figures", "Peak viewers at once", analytics.peakConcurrentViewers, null, null],
    ["Figures", "Unique viewers", analytics.uniqueViewers, null, null],
    ["Figures", "Views", analytics.totalViews, null, null],
    ["Figures", "Total watch time (seconds)", analytics.totalWatchSeconds, null, null],
    ["Figures", "Average watch time (seconds)", analytics.averageWatchSeconds, null, null],
    ["Funnel", "Registered", analytics.funnel.registered, null, null],
    ["Funnel", "Watched live", analytics.funnel.watchedLive, null, null],
    ["Funnel", "Watched the replay", analytics.funnel.watchedReplay, null, null],
    ["Funnel", "No-show", analytics.funnel.noShow, null, null],
    ...analytics.countries.map((entry): Array<string | number | null> => [
      "Countries",
      entry.country ?? "Unknown",
      entry.viewers,
      null,
      null,
    ]),
    ...analytics.viewersOverTime.map((point): Array<string | number | null> => [
      "Viewers over time (UTC)",
      point.at,
      point.viewers,
      null,
      null,
    ]),
    ...analytics.retention.map((point): Array<string | number | null> => [
      "Retention (seconds into the show)",
      point.offsetSeconds,
      point.viewers,
      point.live,
      point.replay,
    ]),
  ];
  return csvResponse(
    toCsv(["Section", "Label", "Viewers", "Live", "Replay"], rows),
    `${slug(show.title)}-${show.scheduledTime.slice(0, 10)}-analytics.csv`,
  );
}
