import { AppError } from "../errors";

export type ChatUnavailableReason = "NOT_LIVE" | "CLOSED" | "MUTED" | "BANNED";

const MESSAGES: Record<ChatUnavailableReason, string> = {
  NOT_LIVE: "The chat is open while the show is live",
  CLOSED: "The organizers closed the chat",
  MUTED: "A moderator muted you in this show's chat: you can read it but not write",
  BANNED: "You may not write in FireStream's chats",
};

/** The caller may not write in this chat now; why is in `reason`. Nothing was sent. */
export class ChatUnavailableError extends AppError {
  readonly reason: ChatUnavailableReason;

  constructor(reason: ChatUnavailableReason) {
    super(MESSAGES[reason], "CHAT_UNAVAILABLE");
    this.reason = reason;
  }
}
