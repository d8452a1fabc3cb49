import type { PerformanceRow } from "../db/tables";
import type { AppDeps, PerformanceChangeKind } from "../deps";
import { Channel } from "./channel";
import type { Heartbeat, HeartbeatVerdict, HubMessages, HubTopic } from "./hub-messages";

/** The hub that serves the calendar: every change to any performance. */
export const SCHEDULE_HUB = "schedule";

type HubEnv = Pick<Env, "PERFORMANCE_HUB">;

const hub = (env: HubEnv, name: string) => env.PERFORMANCE_HUB.getByName(name);

/**
 * Subscribes to one topic of a hub. Messages are buffered from the moment the WebSocket opens,
 * so a caller can read the current state afterwards and miss nothing in between.
 */
export async function subscribe<T extends HubTopic>(
  env: HubEnv,
  hubName: string,
  topic: T,
): Promise<Channel<HubMessages[T]>> {
  const response = await hub(env, hubName).fetch(`https://hub/${topic}`, { headers: { upgrade: "websocket" } });
  const socket = response.webSocket;
  if (!socket) throw new Error(`hub ${hubName} refused a ${topic} subscription: ${response.status}`);
  socket.accept();
  const channel = new Channel<HubMessages[T]>(() => {
    try {
      socket.close(1000, "unsubscribed");
    } catch {
      // already closed
    }
  });
  socket.addEventListener("message", (event) => channel.push(JSON.parse(String(event.data)) as HubMessages[T]));
  socket.addEventListener("close", () => channel.end());
  socket.addEventListener("error", () => channel.end());
  return channel;
}

/**
 * Tells the subscribers of each performance about a change, and the calendar once (a weekly
 * series can change dozens of shows in one edit; the calendar refetches its range anyway).
 */
export async function publishPerformanceChanges(
  deps: AppDeps,
  change: PerformanceChangeKind,
  performances: readonly PerformanceRow[],
): Promise<void> {
  const { env } = deps;
  const [first] = performances;
  if (!first) return;
  const at = deps.clock.now().toISOString();
  const publications: Promise<unknown>[] = [
    hub(env, SCHEDULE_HUB).publish("schedule", { change, performance: first, at }),
  ];
  for (const performance of change === "CREATED" ? [] : performances) {
    const performanceHub = hub(env, performance.id);
    publications.push(performanceHub.publish("status", { change, performance, at }));
    // Analytics are computed from D1: the live sessions are closed at the end and go there.
    if (performance.status === "ENDED") publications.push(performanceHub.liveEnded(performance.ended_at ?? at));
  }
  await Promise.all(publications);
}

export function forwardHeartbeat(env: HubEnv, heartbeat: Heartbeat): Promise<HeartbeatVerdict> {
  return hub(env, heartbeat.performanceId).heartbeat(heartbeat);
}
