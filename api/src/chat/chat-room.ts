import type { Database } from "../db/database";
import {
  type ChatCommand,
  type ChatHubEvent,
  type ChatMessageRecord,
  type ChatReply,
  REACTION_KINDS,
  type ReactionCounts,
  type ReactionKind,
} from "./chat-events";
import { upsertChatMessages, upsertReactionSeconds } from "./chat.repository";

/** Messages one fan may send in RATE_WINDOW_MS. */
const RATE_LIMIT = 10;
const RATE_WINDOW_MS = 10_000;
/** The same text again within this window is refused. */
const REPEAT_WINDOW_MS = 60_000;
/** Reactions of one fan counted per second; more in the same second are refused. */
const REACTIONS_PER_SECOND = 3;
/** Reaction counts go out at most this often, summed. */
const REACTION_PUSH_MS = 1_000;
/** Written messages are dropped from the hub's storage once this old (D1 has them). */
const KEEP_WRITTEN_MS = 5 * 60_000;

interface MessageRow extends Record<string, SqlStorageValue> {
  seq: number;
  id: string;
  user_id: string;
  author_name: string;
  author_role: string;
  body: string;
  posted_at: number;
  offset_seconds: number;
  removed_at: number | null;
  removed_by: string | null;
  dirty: number;
}

interface ReactionRow extends Record<string, SqlStorageValue> {
  offset_second: number;
  applause: number;
  fire: number;
  heart: number;
  wow: number;
}

const COLUMN: Record<ReactionKind, "applause" | "fire" | "heart" | "wow"> = {
  APPLAUSE: "applause",
  FIRE: "fire",
  HEART: "heart",
  WOW: "wow",
};
const noReactions = (): ReactionCounts => ({ APPLAUSE: 0, FIRE: 0, HEART: 0, WOW: 0 });
const normalise = (body: string) => body.toLocaleLowerCase().replace(/\s+/gu, " ");

/**
 * The chat part of a show's PerformanceHub. The hub is one single-threaded object per show, so
 * the order it gives messages here (seq) is the order every subscriber hears and history keeps.
 * Messages and per-second reaction sums live in the hub's SQLite storage (an eviction loses
 * nothing) and go to D1 in one batch per alarm, never one write per message. Reactions are summed
 * per second and published once a second, whatever the number of fans clapping.
 */
export class ChatRoom {
  readonly #sql: SqlStorage;
  readonly #publish: (event: ChatHubEvent) => void;
  #reactions = noReactions();
  #reactionsSecond = 0;
  #reactionsByFan = new Map<string, number>();
  #reactionTimer: ReturnType<typeof setTimeout> | undefined;
  #reactionWindowStart = 0;

  constructor(sql: SqlStorage, publish: (event: ChatHubEvent) => void) {
    this.#sql = sql;
    this.#publish = publish;
    sql.exec(`CREATE TABLE IF NOT EXISTS chat_messages (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, user_id TEXT NOT NULL,
      author_name TEXT NOT NULL, author_role TEXT NOT NULL, body TEXT NOT NULL,
      posted_at INTEGER NOT NULL, offset_seconds REAL NOT NULL,
      removed_at INTEGER, removed_by TEXT, dirty INTEGER NOT NULL DEFAULT 1)`);
    sql.exec("CREATE INDEX IF NOT EXISTS chat_messages_by_user ON chat_messages (user_id, posted_at)");
    sql.exec(`CREATE TABLE IF NOT EXISTS reaction_seconds (
      offset_second INTEGER PRIMARY KEY, applause INTEGER NOT NULL DEFAULT 0, fire INTEGER NOT NULL DEFAULT 0,
      heart INTEGER NOT NULL DEFAULT 0, wow INTEGER NOT NULL DEFAULT 0, dirty INTEGER NOT NULL DEFAULT 1)`);
  }

  handle(command: ChatCommand, performanceId: string): ChatReply {
    switch (command.type) {
      case "post":
        return this.#post(command, performanceId);
      case "remove":
        return this.#remove(command);
      case "react":
        return this.#react(command);
      case "announce":
        this.#publish(command.event);
        return { type: "announced" };
      case "pending":
        return {
          type: "pending",
          messages: this.#sql
            .exec<MessageRow>("SELECT * FROM chat_messages WHERE dirty > 0 AND seq > ? ORDER BY seq", command.afterSeq)
            .toArray()
            .map((row) => toRecord(row, performanceId)),
        };
    }
  }

  /** Whether messages or reactions wait to be written to D1. */
  hasPending(): boolean {
    const pending = (table: string) =>
      this.#sql.exec<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE dirty > 0`).one().n > 0;
    return pending("chat_messages") || pending("reaction_seconds");
  }

  /**
   * Writes new and removed messages and the reaction sums to D1 in one batch each. dirty: 1 =
   * changed, 2 = being written; a change during the write sets 1 again and goes out next time.
   */
  async flush(db: Database, performanceId: string): Promise<void> {
    const sql = this.#sql;
    const messages = sql.exec<MessageRow>("SELECT * FROM chat_messages WHERE dirty = 1 ORDER BY seq").toArray();
    const reactions = sql.exec<ReactionRow>("SELECT * FROM reaction_seconds WHERE dirty = 1").toArray();
    if (messages.length === 0 && reactions.length === 0) return;
    sql.exec("UPDATE chat_messages SET dirty = 2 WHERE dirty = 1");
    sql.exec("UPDATE reaction_seconds SET dirty = 2 WHERE dirty = 1");
    try {
      await upsertChatMessages(
        db,
        messages.map((row) => {
          const record = toRecord(row, performanceId);
          return { ...toRow(record), removed_by: row.removed_by };
        }),
      );
      await upsertReactionSeconds(
        db,
        reactions.map((row) => ({
          performance_id: performanceId,
          offset_second: row.offset_second,
          applause: row.applause,
          fire: row.fire,
          heart: row.heart,
          wow: row.wow,
        })),
      );
    } catch (error) {
      sql.exec("UPDATE chat_messages SET dirty = 1 WHERE dirty = 2");
      sql.exec("UPDATE reaction_seconds SET dirty = 1 WHERE dirty = 2");
      throw error;
    }
    sql.exec("UPDATE chat_messages SET dirty = 0 WHERE dirty = 2");
    sql.exec("UPDATE reaction_seconds SET dirty = 0 WHERE dirty = 2");
    // The rate and repeat rules look back a minute at most; older written messages live in D1.
    sql.exec("DELETE FROM chat_messages WHERE dirty = 0 AND posted_at < ?", Date.now() - KEEP_WRITTEN_MS);
    console.log(
      `hub ${performanceId}: wrote ${messages.length} chat messages and ${reactions.length} reaction seconds to D1 in one batch`,
    );
  }

  #post(command: Extract<ChatCommand, { type: "post" }>, performanceId: string): ChatReply {
    const sql = this.#sql;
    const { message } = command;
    const last = sql.exec<{ at: number | null }>("SELECT max(posted_at) AS at FROM chat_messages").one().at ?? 0;
    // Times never go backwards in the hub's order, whichever isolate's clock they came from.
    const at = Math.max(Date.parse(message.postedAt), last);
    const recent = sql
      .exec<MessageRow>(
        "SELECT * FROM chat_messages WHERE user_id = ? AND posted_at > ? ORDER BY posted_at DESC",
        message.userId,
        at - Math.max(RATE_WINDOW_MS, REPEAT_WINDOW_MS, command.slowModeSeconds * 1000),
      )
      .toArray();
    const exempt = message.authorRole !== "FAN";
    const [latest] = recent;
    if (!exempt && latest && command.slowModeSeconds > 0 && at - latest.posted_at < command.slowModeSeconds * 1000) {
      return refusal("slow-mode", latest.posted_at + command.slowModeSeconds * 1000 - at);
    }
    const inWindow = recent.filter((row) => at - row.posted_at < RATE_WINDOW_MS);
    if (inWindow.length >= RATE_LIMIT) {
      return refusal("rate", (inWindow[RATE_LIMIT - 1]?.posted_at ?? at) + RATE_WINDOW_MS - at);
    }
    const repeated = recent.find(
      (row) => at - row.posted_at < REPEAT_WINDOW_MS && normalise(row.body) === normalise(message.body),
    );
    if (repeated) return refusal("repeated", repeated.posted_at + REPEAT_WINDOW_MS - at);
    const offsetSeconds = Math.max(0, (at - command.startedAt) / 1000);
    const row = sql
      .exec<MessageRow>(
        `INSERT INTO chat_messages (id, user_id, author_name, author_role, body, posted_at, offset_seconds)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
        message.id,
        message.userId,
        message.authorName,
        message.authorRole,
        message.body,
        at,
        offsetSeconds,
      )
      .one();
    const record = toRecord(row, performanceId);
    this.#publish({ type: "MESSAGE_POSTED", message: record });
    return { type: "posted", message: record };
  }

  #remove(command: Extract<ChatCommand, { type: "remove" }>): ChatReply {
    const here = this.#sql.exec<MessageRow>("SELECT * FROM chat_messages WHERE id = ?", command.messageId).toArray()[0];
    if (!here) return { type: "removed", found: false };
    if (here.removed_at === null) {
      this.#sql.exec(
        "UPDATE chat_messages SET removed_at = ?, removed_by = ?, dirty = 1 WHERE id = ?",
        Date.parse(command.at),
        command.removedBy,
        command.messageId,
      );
      this.#publish({ type: "MESSAGE_REMOVED", messageId: command.messageId, at: command.at });
    }
    return { type: "removed", found: true };
  }

  #react(command: Extract<ChatCommand, { type: "react" }>): ChatReply {
    const second = Math.floor(command.at / 1000);
    if (second !== this.#reactionsSecond) {
      this.#reactionsSecond = second;
      this.#reactionsByFan.clear();
    }
    const fromFan = this.#reactionsByFan.get(command.userId) ?? 0;
    if (fromFan >= REACTIONS_PER_SECOND) return { type: "reacted", counted: false, retryAfterSeconds: 1 };
    this.#reactionsByFan.set(command.userId, fromFan + 1);
    this.#reactions[command.kind] += 1;
    const offsetSecond = Math.max(0, Math.floor((command.at - command.startedAt) / 1000));
    const column = COLUMN[command.kind];
    this.#sql.exec(
      `INSERT INTO reaction_seconds (offset_second, ${column}) VALUES (?, 1)
       ON CONFLICT (offset_second) DO UPDATE SET ${column} = ${column} + 1, dirty = 1`,
      offsetSecond,
    );
    if (!this.#reactionTimer) {
      this.#reactionWindowStart = command.at;
      this.#reactionTimer = setTimeout(() => this.#pushReactions(), REACTION_PUSH_MS);
    }
    return { type: "reacted", counted: true, retryAfterSeconds: 0 };
  }

  #pushReactions(): void {
    this.#reactionTimer = undefined;
    const counts = this.#reactions;
    this.#reactions = noReactions();
    if (REACTION_KINDS.every((kind) => counts[kind] === 0)) return;
    const second = new Date(this.#reactionWindowStart).toISOString();
    this.#publish({ type: "REACTIONS", second, counts, at: new Date().toISOString() });
  }
}

function refusal(reason: "rate" | "slow-mode" | "repeated", waitMs: number): ChatReply {
  return { type: "refused", reason, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

function toRecord(row: MessageRow, performanceId: string): ChatMessageRecord {
  return {
    id: row.id,
    performanceId,
    seq: row.seq,
    userId: row.user_id,
    authorName: row.author_name,
    authorRole: row.author_role as ChatMessageRecord["authorRole"],
    body: row.body,
    postedAt: new Date(row.posted_at).toISOString(),
    offsetSeconds: row.offset_seconds,
    removedAt: row.removed_at === null ? null : new Date(row.removed_at).toISOString(),
  };
}

export function toRow(record: ChatMessageRecord) {
  return {
    id: record.id,
    performance_id: record.performanceId,
    seq: record.seq,
    user_id: record.userId,
    author_name: record.authorName,
    author_role: record.authorRole,
    body: record.body,
    posted_at: record.postedAt,
    offset_seconds: record.offsetSeconds,
    removed_at: record.removedAt,
  };
}
