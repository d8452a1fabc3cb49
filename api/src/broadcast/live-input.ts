import type { StreamConfig } from "../config";
import type { Database } from "../db/database";
import type { PerformanceRow } from "../db/tables";
import { type LiveInput, StreamClient } from "../stream/client";
import { findPerformance } from "../performances/repository";
import type { PerformanceChangeKind } from "../realtime/messages";
import { claimLiveInput } from "./repository";

export const streamClient = (stream: StreamConfig) => new StreamClient(stream.client);

/**
 * The performance's live input, created on first need (the broadcast panel, start, key
 * rotation) rather than for every show of a series. Recording is automatic and playback needs a
 * signed URL. Two racing requests create one input each; the loser deletes its own.
 */
export async function ensureLiveInput(
  db: Database,
  stream: StreamConfig,
  performance: PerformanceRow,
): Promise<LiveInput> {
  const client = streamClient(stream);
  if (performance.live_input_id) return client.getLiveInput(performance.live_input_id);
  const created = await client.createLiveInput({
    meta: { name: performance.title, performanceId: performance.id },
    enabled: true,
    recording: {
      mode: "automatic",
      timeoutSeconds: stream.recordingTimeoutSeconds,
      requireSignedURLs: true,
      allowedOrigins: stream.allowedOrigins,
    },
  });
  if (await claimLiveInput(db, performance.id, created.uid, new Date().toISOString())) return created;
  await client.deleteLiveInput(created.uid);
  const winner = await findPerformance(db, performance.id);
  if (!winner?.live_input_id) throw new Error(`performance ${performance.id} lost its live input`);
  return client.getLiveInput(winner.live_input_id);
}

/**
 * Keeps shows' live inputs in step with the schedule: a cancelled show's input is deleted (its
 * key stops working), a renamed show's input is renamed. Best effort: the schedule is the truth.
 */
export async function syncLiveInputs(
  stream: StreamConfig,
  change: PerformanceChangeKind,
  performances: readonly PerformanceRow[],
): Promise<void> {
  const client = streamClient(stream);
  const work = performances.map(async (performance) => {
    const inputId = performance.live_input_id;
    if (!inputId) return;
    if (change === "CANCELLED") await client.deleteLiveInput(inputId);
    if (change === "UPDATED")
      await client.updateLiveInput(inputId, { meta: { name: performance.title, performanceId: performance.id } });
  });
  for (const result of await Promise.allSettled(work)) {
    if (result.status === "rejected") console.error("live input sync failed", result.reason);
  }
}
