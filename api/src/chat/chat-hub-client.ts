import type { ChatCommand, ChatReply } from "./chat-events";

type HubEnv = Pick<Env, "PERFORMANCE_HUB">;

/** Sends one command to the chat part of a show's hub (chat-room.ts). */
export async function askChatRoom(env: HubEnv, performanceId: string, command: ChatCommand): Promise<ChatReply> {
  return (await env.PERFORMANCE_HUB.getByName(performanceId).chat(performanceId, command)) as ChatReply;
}

export function unexpected(reply: ChatReply, command: ChatCommand["type"]): Error {
  return new Error(`the chat room answered ${reply.type} to ${command}`);
}
