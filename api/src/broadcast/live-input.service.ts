import type { StreamConfig } from "../config";
import type { PerformanceRow } from "../db/tables";
import type { AppDeps, PerformanceChangeKind } from "../deps";
import { StreamUnavailableError } from "../errors";
import { isStreamFault, type LiveInput, StreamClient } from "../stream/client";
import { findPerformance } from "../performances/performances.repository";
import { claimLiveInput, noteLiveInputRequested } from "./broadcast.repository";

export const streamClient = (stream: StreamConfig) => new StreamClient(stream.client);

/** Runs a Stream call on behalf of an organizer: Stream timing out or failing becomes StreamUnavailableError. */
export async function askStream<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isStreamFault(error)) {
      console.warn(`Stream is not answering: ${error instanceof Error ? error.message : String(error)}`);
      throw new StreamUnavailableError();
    }
    throw error;
  }
}

/**
 * The performance's live input, created on first need (the broadcast panel, start, key
 * rotation) rather than for every show of a series. Recording is automatic, playback needs a
 * signed URL, and low-latency HLS is asked for when the site says so (STREAM_PREFER_LOW_LATENCY). Two racing requests create one input each; the loser deletes its own.
 *
 * Creating is never retried blindly: the request is noted on the show first, and when an
 * earlier request went unanswered (Stream may have created the input after FireStream gave up),
 * the account's inputs are searched for this show's before another is made. So a slow Stream
 * cannot leave a show with two inputs. Throws StreamUnavailableError when Stream does not answer.
 */
export async function ensureLiveInput(deps: AppDeps, performance: PerformanceRow): Promise<LiveInput> {
  const { db, clock } = deps;
  const { stream } = deps.config;
  const client = streamClient(stream);
  return askStream(async () => {
    if (performance.live_input_id) return client.getLiveInput(performance.live_input_id);
    let candidate = performance.live_input_requested_at ? await adoptOrphan(client, performance) : undefined;
    if (!candidate) {
      await noteLiveInputRequested(db, performance.id, clock.now().toISOString());
      candidate = await client.createLiveInput({
        meta: { name: performance.title, performanceId: performance.id },
        enabled: true,
        recording: {
          mode: "automatic",
          timeoutSeconds: stream.recordingTimeoutSeconds,
          requireSignedURLs: true,
          allowedOrigins: stream.allowedOrigins,
        },
        deleteRecordingAfterDays: stream.deleteRecordingAfterDays,
        preferLowLatency: stream.preferLowLatency,
      });
    }
    if (await claimLiveInput(db, performance.id, candidate.uid, clock.now().toISOString())) return candidate;
    const winner = await findPerformance(db, performance.id);
    if (!winner?.live_input_id) throw new Error(`performance ${performance.id} lost its live input`);
    if (winner.live_input_id === candidate.uid) return candidate;
    await client.deleteLiveInput(candidate.uid);
    return client.getLiveInput(winner.live_input_id);
  });
}

/**
 * An input Stream made for this show although its answer never arrived: the newest one is
 * kept, any others deleted. Undefined when there is none.
 */
async function adoptOrphan(client: StreamClient, performance: PerformanceRow): Promise<LiveInput | undefined> {
  const orphans = (await client.listLiveInputs())
    .filter((input) => input.meta.performanceId === performance.id)
    .sort((a, b) => b.created.localeCompare(a.created));
  const [newest, ...extra] = orphans;
  if (!newest) return undefined;
  for (const input of extra) await client.deleteLiveInput(input.uid);
  return client.getLiveInput(newest.uid);
}

/**
 * Keeps shows' live inputs in step with the schedule: a cancelled show's input is deleted (its
 * key stops working), a renamed show's input is renamed. Best effort: the schedule is the truth.
 */
export async function syncLiveInputs(
  deps: AppDeps,
  change: PerformanceChangeKind,
  performances: readonly PerformanceRow[],
): Promise<void> {
  const client = streamClient(deps.config.stream);
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
