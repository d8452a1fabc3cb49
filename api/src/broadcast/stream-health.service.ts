import type { PerformanceRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { type IngestMeasures, isStreamFault, StreamApiError } from "../stream/client";
import { findLastLiveInputError } from "./live-input-errors.repository";
import { streamClient } from "./live-input.service";
import { obsAdvice } from "./obs-advice";
import { alertMessage, type OrganizerAlert } from "./organizer-alerts.service";
import { listAlertsOfPerformance } from "./organizer-alerts.repository";
import { signPlayback } from "./playback-token";

export interface Rendition {
  width: number | null;
  height: number;
  bandwidthKbps: number | null;
}

export interface StreamError {
  code: string;
  message: string;
  at: string;
  advice: string;
}

export interface StreamHealth {
  /** false when Stream could not be asked: the connection and measures are then unknown */
  reachable: boolean;
  connected: boolean;
  connectedSince: string | null;
  onAirSeconds: number | null;
  ingest: IngestMeasures | null;
  renditions: Rendition[];
  lastError: StreamError | null;
  alerts: OrganizerAlert[];
}

const ALERTS_SHOWN = 10;

/** The renditions a master playlist offers, highest first. */
export function renditionsOf(masterPlaylist: string): Rendition[] {
  const renditions: Rendition[] = [];
  for (const line of masterPlaylist.split(/\r?\n/)) {
    if (!line.startsWith("#EXT-X-STREAM-INF:")) continue;
    const resolution = /RESOLUTION=(\d+)x(\d+)/.exec(line);
    const bandwidth = /(?:^|[:,])BANDWIDTH=(\d+)/.exec(line);
    if (!resolution) continue;
    renditions.push({
      width: Number(resolution[1]),
      height: Number(resolution[2]),
      bandwidthKbps: bandwidth ? Math.round(Number(bandwidth[1]) / 1000) : null,
    });
  }
  return renditions.sort((a, b) => b.height - a.height);
}

/**
 * How the show's feed is doing, for its organizers: the live input's connection and what it
 * measures, the renditions its playlist offers, the last error Stream reported, and the alerts
 * raised. Stream not answering leaves the stored parts and says so (reachable: false).
 */
export async function streamHealthOf(deps: AppDeps, performance: PerformanceRow): Promise<StreamHealth> {
  const now = deps.clock.now();
  const [lastError, alerts] = await Promise.all([
    findLastLiveInputError(deps.db, performance.id),
    listAlertsOfPerformance(deps.db, performance.id, ALERTS_SHOWN),
  ]);
  const onAirUntil = performance.ended_at ? Date.parse(performance.ended_at) : now.getTime();
  const health: StreamHealth = {
    reachable: true,
    connected: false,
    connectedSince: null,
    onAirSeconds: performance.started_at
      ? Math.max(0, Math.round((onAirUntil - Date.parse(performance.started_at)) / 1000))
      : null,
    ingest: null,
    renditions: [],
    lastError: lastError
      ? {
          code: lastError.code,
          message: lastError.message,
          at: lastError.occurred_at,
          advice: obsAdvice(lastError.code),
        }
      : null,
    alerts: alerts.map((alert) => ({
      kind: alert.kind,
      at: alert.created_at,
      message: alertMessage(alert, performance, deps.config.siteTimeZone).text,
    })),
  };
  const inputId = performance.live_input_id;
  if (!inputId || performance.status === "ENDED" || performance.status === "CANCELLED") return health;
  const client = streamClient(deps.config.stream);
  try {
    const input = await client.getLiveInput(inputId);
    const current = typeof input.status === "object" ? input.status?.current : { state: input.status ?? undefined };
    health.connected = current?.state === "connected";
    if (!health.connected) return health;
    health.connectedSince = current?.statusEnteredAt ?? null;
    health.ingest = current?.ingest ?? null;
    const { hlsUrl } = await signPlayback(deps.config.stream, inputId, now);
    // The playlist appears a moment after the feed connects; until then no rendition is produced.
    health.renditions = await client.masterPlaylist(hlsUrl).then(renditionsOf, (error: unknown) => {
      if (isStreamFault(error)) throw error;
      return [];
    });
  } catch (error) {
    // An input Stream no longer has has no feed either.
    if (error instanceof StreamApiError && error.status === 404) return health;
    if (!isStreamFault(error)) throw error;
    health.reachable = false;
  }
  return health;
}
