import * as z from "../zod";
import { findUsersByIds } from "../accounts/accounts.repository";
import type { Caller } from "../context";
import type { UserRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError, validate } from "../errors";
import { singleLineText } from "../security/text";
import { type ChatAccess, authorRole, canModerate, isOnAir, toChatAccess, writeBlock } from "./chat-access";
import { ChatUnavailableError } from "./chat-errors";
import type { ChatAnnouncement, ChatMessageRecord, ReactionKind } from "./chat-events";
import { askChatRoom, unexpected } from "./chat-hub-client";
import {
  findChatAccess,
  listChatMessages,
  listShowsOnAir,
  markChatMessageRemoved,
  saveChatSettings,
  setBanned,
  setModerator,
  setMuted,
} from "./chat.repository";

export const MAX_CHAT_MESSAGE_LENGTH = 500;
export const MAX_SLOW_MODE_SECONDS = 300;

const BodySchema = z.pipe(
  singleLineText(),
  z
    .string()
    .check(
      z.minLength(1, "must not be empty"),
      z.maxLength(MAX_CHAT_MESSAGE_LENGTH, `must be at most ${MAX_CHAT_MESSAGE_LENGTH} characters`),
    ),
);

/** What `viewer` may do in the show's chat; NotFoundError when there is no such show. */
export async function chatAccess(deps: AppDeps, performanceId: string, viewer: UserRow | null): Promise<ChatAccess> {
  const row = await findChatAccess(deps.db, performanceId, viewer?.id ?? null);
  if (!row) throw new NotFoundError("Performance", performanceId);
  return toChatAccess(performanceId, row, viewer && { id: viewer.id, name: viewer.name, role: viewer.role });
}

/**
 * Posts a message: the hub gives it its place in the show's order, tells every subscriber and
 * writes it to D1 with the next batch. Refused, with nothing stored, for fans who did not
 * register, outside the show, in a closed chat, for muted or banned fans, for text breaking the
 * text rules, and past the hub's limits (rate, slow mode, the same text again).
 */
export async function sendChatMessage(
  deps: AppDeps,
  caller: Caller,
  performanceId: string,
  body: string,
): Promise<ChatMessageRecord> {
  const text = validate(BodySchema, body, ["body"]);
  const access = await chatAccess(deps, performanceId, caller.user);
  const role = authorRole(access);
  if (!role) throw new ForbiddenError("Register for this show to write in its chat");
  const blocked = writeBlock(access);
  if (blocked === "NOT_LIVE" || blocked === "CLOSED" || blocked === "MUTED" || blocked === "BANNED") {
    throw new ChatUnavailableError(blocked);
  }
  const now = deps.clock.now();
  const reply = await askChatRoom(deps.env, performanceId, {
    type: "post",
    message: {
      id: crypto.randomUUID(),
      performanceId,
      userId: caller.user.id,
      authorName: caller.user.name,
      authorRole: role,
      body: text,
      postedAt: now.toISOString(),
    },
    startedAt: Date.parse(access.startedAt ?? now.toISOString()),
    slowModeSeconds: canModerate(access) ? 0 : access.slowModeSeconds,
  });
  if (reply.type === "posted") return reply.message;
  if (reply.type !== "refused") throw unexpected(reply, "post");
  if (reply.reason === "repeated") {
    throw new ValidationError([{ path: ["body"], message: "You sent this a moment ago: write something new" }]);
  }
  throw new RateLimitedError(
    reply.retryAfterSeconds,
    reply.reason === "slow-mode"
      ? `Slow mode: one message every ${access.slowModeSeconds} seconds; try again in ${reply.retryAfterSeconds} seconds`
      : `Too many messages: try again in ${reply.retryAfterSeconds} seconds`,
  );
}

/** A page of a show's messages in the hub's order: those in D1 and those the hub has not written yet. */
export async function chatHistory(
  deps: AppDeps,
  performanceId: string,
  page: { afterSeq: number; limit: number },
): Promise<ChatMessageRecord[]> {
  const access = await chatAccess(deps, performanceId, null);
  const written = await listChatMessages(deps.db, performanceId, page);
  const bySeq = new Map<number, ChatMessageRecord>(
    written.map((row) => [
      row.seq,
      {
        id: row.id,
        performanceId,
        seq: row.seq,
        userId: row.user_id,
        authorName: row.author_name,
        authorRole: row.author_role,
        body: row.body,
        postedAt: row.posted_at,
        offsetSeconds: row.offset_seconds,
        removedAt: row.removed_at,
      },
    ]),
  );
  // A hub that may hold messages D1 does not have yet: a show on air, or one that just ended.
  if (access.startedAt !== null) {
    const reply = await askChatRoom(deps.env, performanceId, { type: "pending", afterSeq: page.afterSeq });
    if (reply.type !== "pending") throw unexpected(reply, "pending");
    for (const message of reply.messages) bySeq.set(message.seq, message);
  }
  return [...bySeq.values()]
    .filter((message) => message.removedAt === null)
    .sort((a, b) => a.seq - b.seq)
    .slice(0, page.limit);
}

async function moderatorAccess(deps: AppDeps, caller: Caller, performanceId: string): Promise<ChatAccess> {
  const access = await chatAccess(deps, performanceId, caller.user);
  if (!canModerate(access)) throw new ForbiddenError("Only the show's organizers and moderators moderate its chat");
  return access;
}

async function announce(deps: AppDeps, performanceId: string, event: ChatAnnouncement): Promise<void> {
  const reply = await askChatRoom(deps.env, performanceId, { type: "announce", event });
  if (reply.type !== "announced") throw unexpected(reply, "announce");
}

/** Removes a message for everyone at once; removing it again changes nothing. */
export async function removeChatMessage(
  deps: AppDeps,
  caller: Caller,
  performanceId: string,
  messageId: string,
): Promise<{ performanceId: string; messageId: string }> {
  await moderatorAccess(deps, caller, performanceId);
  const at = deps.clock.now().toISOString();
  const reply = await askChatRoom(deps.env, performanceId, {
    type: "remove",
    messageId,
    removedBy: caller.user.id,
    at,
  });
  if (reply.type !== "removed") throw unexpected(reply, "remove");
  if (!reply.found) {
    // Older messages are only in D1.
    const row = await markChatMessageRemoved(deps.db, { performanceId, messageId, removedBy: caller.user.id, at });
    if (!row) throw new NotFoundError("ChatMessage", messageId);
    if (row.removed_at === at && row.removed_by === caller.user.id) {
      await announce(deps, performanceId, { type: "MESSAGE_REMOVED", messageId, at });
    }
  }
  return { performanceId, messageId };
}

async function targetOf(deps: AppDeps, performanceId: string, viewerId: string): Promise<ChatAccess> {
  const [user] = await findUsersByIds(deps.db, [viewerId]);
  if (!user) throw new NotFoundError("User", viewerId);
  return chatAccess(deps, performanceId, user);
}

/** Mutes (or unmutes) a fan in one show's chat; they keep reading and are told at once. */
export async function muteChatViewer(
  deps: AppDeps,
  caller: Caller,
  request: { performanceId: string; viewerId: string; muted: boolean },
): Promise<ChatAccess> {
  await moderatorAccess(deps, caller, request.performanceId);
  const target = await targetOf(deps, request.performanceId, request.viewerId);
  if (target.viewer?.role === "ORGANIZER") throw new ForbiddenError("Organizers cannot be muted");
  if (target.moderator && caller.user.role !== "ORGANIZER") {
    throw new ForbiddenError("Only organizers mute a moderator");
  }
  const now = deps.clock.now().toISOString();
  await setMuted(
    deps.db,
    { performanceId: request.performanceId, userId: request.viewerId, by: caller.user.id, now },
    request.muted,
  );
  if (target.muted !== request.muted) {
    await announce(deps, request.performanceId, {
      type: request.muted ? "VIEWER_MUTED" : "VIEWER_UNMUTED",
      userId: request.viewerId,
      at: now,
    });
  }
  return { ...target, muted: request.muted };
}

/**
 * Bans (or unbans) a fan from writing in every show's chat; organizers only. The chats on air
 * now are told at once, so the fan's open chat loses its write controls.
 */
export async function banChatViewer(
  deps: AppDeps,
  caller: Caller,
  request: { viewerId: string; banned: boolean },
): Promise<{ viewer: Pick<UserRow, "id" | "name">; banned: boolean }> {
  if (caller.user.role !== "ORGANIZER") throw new ForbiddenError("Only organizers ban from chat");
  const [user] = await findUsersByIds(deps.db, [request.viewerId]);
  if (!user) throw new NotFoundError("User", request.viewerId);
  if (user.role === "ORGANIZER") throw new ForbiddenError("Organizers cannot be banned");
  const now = deps.clock.now().toISOString();
  await setBanned(deps.db, { userId: user.id, by: caller.user.id, now }, request.banned);
  const shows = await listShowsOnAir(deps.db);
  await Promise.all(
    shows.map((performanceId) =>
      announce(deps, performanceId, {
        type: request.banned ? "VIEWER_BANNED" : "VIEWER_UNBANNED",
        userId: user.id,
        at: now,
      }),
    ),
  );
  return { viewer: { id: user.id, name: user.name }, banned: request.banned };
}

/** Makes a registered fan a moderator of one show's chat (or no longer); organizers only. */
export async function setChatModerator(
  deps: AppDeps,
  caller: Caller,
  request: { performanceId: string; viewerId: string; moderator: boolean },
): Promise<ChatAccess> {
  if (caller.user.role !== "ORGANIZER") throw new ForbiddenError("Only organizers choose moderators");
  const target = await targetOf(deps, request.performanceId, request.viewerId);
  if (target.viewer?.role === "ORGANIZER") throw new ConflictError("Organizers moderate every chat already");
  if (request.moderator && !target.registered) {
    throw new ConflictError("Only a fan registered for this show can moderate its chat");
  }
  const now = deps.clock.now().toISOString();
  await setModerator(
    deps.db,
    { performanceId: request.performanceId, userId: request.viewerId, by: caller.user.id, now },
    request.moderator,
  );
  if (target.moderator !== request.moderator) {
    await announce(deps, request.performanceId, {
      type: request.moderator ? "MODERATOR_ADDED" : "MODERATOR_REMOVED",
      userId: request.viewerId,
      at: now,
    });
  }
  return { ...target, moderator: request.moderator };
}

const SlowModeSchema = z
  .number()
  .check(
    z.int(),
    z.minimum(0, "must be 0 (off) or more"),
    z.maximum(MAX_SLOW_MODE_SECONDS, `must be at most ${MAX_SLOW_MODE_SECONDS} seconds`),
  );

/** Slow mode (one message per fan every `seconds`; 0 = off) or closing: told to every subscriber. */
export async function changeChatSettings(
  deps: AppDeps,
  caller: Caller,
  performanceId: string,
  change: { slowModeSeconds?: number; closed?: boolean },
): Promise<ChatAccess> {
  if (change.slowModeSeconds !== undefined) validate(SlowModeSchema, change.slowModeSeconds, ["seconds"]);
  const access = await moderatorAccess(deps, caller, performanceId);
  const now = deps.clock.now().toISOString();
  await saveChatSettings(deps.db, { performanceId, ...change, now });
  const next = { ...access, ...change };
  if (next.slowModeSeconds !== access.slowModeSeconds || next.closed !== access.closed) {
    await announce(deps, performanceId, {
      type: "SETTINGS_CHANGED",
      slowModeSeconds: next.slowModeSeconds,
      closed: next.closed,
      at: now,
    });
  }
  return next;
}

/** One reaction, summed with everyone's by the hub and published once a second. */
export async function sendReaction(
  deps: AppDeps,
  caller: Caller,
  performanceId: string,
  kind: ReactionKind,
): Promise<{ kind: ReactionKind; at: string }> {
  const access = await chatAccess(deps, performanceId, caller.user);
  if (!authorRole(access)) throw new ForbiddenError("Register for this show to react");
  if (!isOnAir(access.status)) throw new ChatUnavailableError("NOT_LIVE");
  const now = deps.clock.now();
  const reply = await askChatRoom(deps.env, performanceId, {
    type: "react",
    userId: caller.user.id,
    kind,
    at: now.getTime(),
    startedAt: Date.parse(access.startedAt ?? now.toISOString()),
  });
  if (reply.type !== "reacted") throw unexpected(reply, "react");
  if (!reply.counted) throw new RateLimitedError(reply.retryAfterSeconds, "A few reactions a second at most");
  return { kind, at: now.toISOString() };
}
