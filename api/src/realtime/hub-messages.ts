import type { ChatHubEvent } from "../chat/chat-events";
import type { PerformanceRow, ViewingMode } from "../db/tables";
import type { PerformanceChangeKind } from "../deps";

export interface PerformanceEvent {
  change: PerformanceChangeKind;
  /** The performance after the change */
  performance: PerformanceRow;
  at: string;
}

export interface ViewerCount {
  performanceId: string;
  /** Distinct signed-in viewers watching live now */
  viewers: number;
  /** Most viewers at once so far */
  peak: number;
  at: string;
}

/** Messages a hub sends down a subscriber's WebSocket, by topic. */
export interface HubMessages {
  status: PerformanceEvent;
  viewers: ViewerCount;
  schedule: PerformanceEvent;
  chat: ChatHubEvent;
}
export type HubTopic = keyof HubMessages;
export const HUB_TOPICS: readonly HubTopic[] = ["status", "viewers", "schedule", "chat"];

export interface Heartbeat {
  performanceId: string;
  sessionId: string;
  userId: string;
  mode: ViewingMode;
  country: string | null;
  positionSeconds: number;
  playing: boolean;
  /** Replay only: the recording's length, the furthest a position can be */
  durationSeconds: number | null;
}

export type HeartbeatVerdict =
  "accepted" | "too-frequent" | "session-of-another-viewer" | "too-many-sessions" | "impossible-position";
