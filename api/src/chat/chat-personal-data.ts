import type { AppDeps } from "../deps";
import type { ChatMessageRecord } from "./chat-events";
import { askChatRoom, unexpected } from "./chat-hub-client";

/**
 * Shows whose hub may hold chat messages D1 has not got yet: those on air (the hub writes its
 * messages in batches on an alarm, and flushes them when the show ends).
 */
async function showsOnAir(deps: AppDeps): Promise<string[]> {
  const rows = await deps.db
    .selectFrom("performances")
    .select("id")
    .where("status", "in", ["LIVE", "INTERRUPTED"])
    .execute();
  return rows.map((row) => row.id);
}

/** One person's messages that wait in the hubs of shows on air (not in D1 yet). */
export async function pendingChatMessagesOf(deps: AppDeps, userId: string): Promise<ChatMessageRecord[]> {
  const replies = await Promise.all(
    (await showsOnAir(deps)).map((performanceId) =>
      askChatRoom(deps.env, performanceId, { type: "pending", afterSeq: 0 }),
    ),
  );
  return replies.flatMap((reply) => {
    if (reply.type !== "pending") throw unexpected(reply, "pending");
    return reply.messages.filter((message) => message.userId === userId);
  });
}

/**
 * The hubs of shows on air write what they hold to D1 now, so that deleting a person's messages
 * from D1 next leaves none behind to be written after the deletion.
 */
export async function flushChatsOnAir(deps: AppDeps): Promise<void> {
  await Promise.all(
    (await showsOnAir(deps)).map((performanceId) => deps.env.PERFORMANCE_HUB.getByName(performanceId).flush()),
  );
}
