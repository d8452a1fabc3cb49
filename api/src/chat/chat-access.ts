import type { ChatAuthorRole, PerformanceStatus, UserRow } from "../db/tables";
import type { ChatHubEvent } from "./chat-events";
import type { ChatAccessRow } from "./chat.repository";

export type ChatWriteBlock = "SIGNED_OUT" | "NOT_REGISTERED" | "NOT_LIVE" | "CLOSED" | "MUTED" | "BANNED";

/** What one person may do in one show's chat: the shape behind the Chat type. */
export interface ChatAccess {
  performanceId: string;
  status: PerformanceStatus;
  startedAt: string | null;
  slowModeSeconds: number;
  closed: boolean;
  viewer: Pick<UserRow, "id" | "name" | "role"> | null;
  registered: boolean;
  muted: boolean;
  banned: boolean;
  moderator: boolean;
}

export function toChatAccess(performanceId: string, row: ChatAccessRow, viewer: ChatAccess["viewer"]): ChatAccess {
  return {
    performanceId,
    status: row.status as PerformanceStatus,
    startedAt: row.started_at,
    slowModeSeconds: Number(row.slow_mode_seconds),
    closed: Boolean(row.closed),
    viewer,
    registered: Boolean(row.registered),
    muted: Boolean(row.muted),
    banned: Boolean(row.banned),
    moderator: Boolean(row.moderator),
  };
}

export const isOnAir = (status: PerformanceStatus) => status === "LIVE" || status === "INTERRUPTED";

export function canModerate(access: ChatAccess): boolean {
  return access.viewer !== null && (access.viewer.role === "ORGANIZER" || access.moderator);
}

export function authorRole(access: ChatAccess): ChatAuthorRole | null {
  if (!access.viewer) return null;
  if (access.viewer.role === "ORGANIZER") return "ORGANIZER";
  if (access.moderator) return "MODERATOR";
  return access.registered ? "FAN" : null;
}

/** Why the person may not write now, or null when they may. Organizers and moderators write in a closed chat. */
export function writeBlock(access: ChatAccess): ChatWriteBlock | null {
  if (!access.viewer) return "SIGNED_OUT";
  if (authorRole(access) === null) return "NOT_REGISTERED";
  if (!isOnAir(access.status)) return "NOT_LIVE";
  if (access.viewer.role === "ORGANIZER") return null;
  if (access.banned) return "BANNED";
  if (access.muted) return "MUTED";
  if (access.closed && !access.moderator) return "CLOSED";
  return null;
}

/**
 * The person's access after a hub event, and whether they hear of it: moderation of one viewer is
 * told to that viewer and to those who moderate, everything else to everyone.
 */
export function applyChatEvent(access: ChatAccess, event: ChatHubEvent): { access: ChatAccess; heard: boolean } {
  const self = event.type !== "MESSAGE_POSTED" && "userId" in event && event.userId === access.viewer?.id;
  const personal = (change: Partial<ChatAccess>) => ({
    access: self ? { ...access, ...change } : access,
    heard: self || canModerate(access),
  });
  switch (event.type) {
    case "VIEWER_MUTED":
      return personal({ muted: true });
    case "VIEWER_UNMUTED":
      return personal({ muted: false });
    case "VIEWER_BANNED":
      return personal({ banned: true });
    case "VIEWER_UNBANNED":
      return personal({ banned: false });
    case "MODERATOR_ADDED":
      return personal({ moderator: true });
    case "MODERATOR_REMOVED":
      return personal({ moderator: false });
    case "SETTINGS_CHANGED":
      return { access: { ...access, slowModeSeconds: event.slowModeSeconds, closed: event.closed }, heard: true };
    case "STATUS_CHANGED":
      return { access: { ...access, status: event.status }, heard: event.status !== access.status };
    default:
      return { access, heard: true };
  }
}
