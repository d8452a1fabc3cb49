import type { ChatAuthorRole, PerformanceStatus } from "../db/tables";

export const REACTION_KINDS = ["APPLAUSE", "FIRE", "HEART", "WOW"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];
export type ReactionCounts = Record<ReactionKind, number>;

/** A chat message as the hub keeps and sends it (the D1 row's shape, times as ISO strings). */
export interface ChatMessageRecord {
  id: string;
  performanceId: string;
  seq: number;
  userId: string;
  authorName: string;
  authorRole: ChatAuthorRole;
  body: string;
  postedAt: string;
  offsetSeconds: number;
  removedAt: string | null;
}

/** What the hub sends down a chat subscriber's WebSocket, in the order it decided. */
export type ChatHubEvent =
  | { type: "MESSAGE_POSTED"; message: ChatMessageRecord }
  | { type: "MESSAGE_REMOVED"; messageId: string; at: string }
  | {
      type:
        | "VIEWER_MUTED"
        | "VIEWER_UNMUTED"
        | "VIEWER_BANNED"
        | "VIEWER_UNBANNED"
        | "MODERATOR_ADDED"
        | "MODERATOR_REMOVED";
      userId: string;
      at: string;
    }
  | { type: "SETTINGS_CHANGED"; slowModeSeconds: number; closed: boolean; at: string }
  | { type: "STATUS_CHANGED"; status: PerformanceStatus; at: string }
  /** The reactions of one second of the show, summed */
  | { type: "REACTIONS"; second: string; counts: ReactionCounts; at: string };

export type ChatAnnouncement = Exclude<ChatHubEvent, { type: "MESSAGE_POSTED" | "REACTIONS" | "STATUS_CHANGED" }>;

/** What services ask of the chat part of a show's hub (chat-room.ts). */
export type ChatCommand =
  | {
      type: "post";
      message: Omit<ChatMessageRecord, "seq" | "removedAt" | "offsetSeconds">;
      /** When the show started (ms since the epoch): offsets are counted from it */
      startedAt: number;
      /** One message per this many seconds per fan; 0 = off. Organizers and moderators are exempt */
      slowModeSeconds: number;
    }
  | { type: "remove"; messageId: string; removedBy: string; at: string }
  | { type: "react"; userId: string; kind: ReactionKind; at: number; startedAt: number }
  | { type: "announce"; event: ChatAnnouncement }
  /** Messages not yet written to D1, after the given seq */
  | { type: "pending"; afterSeq: number };

export type PostRefusal = "rate" | "slow-mode" | "repeated";

export type ChatReply =
  | { type: "posted"; message: ChatMessageRecord }
  | { type: "refused"; reason: PostRefusal; retryAfterSeconds: number }
  | { type: "removed"; found: boolean }
  | { type: "reacted"; counted: boolean; retryAfterSeconds: number }
  | { type: "announced" }
  | { type: "pending"; messages: ChatMessageRecord[] };
