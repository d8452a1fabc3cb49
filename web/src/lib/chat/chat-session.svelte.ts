import { graphqlInBrowser } from "$lib/graphql/client";
import { graphql } from "$lib/graphql/generated";
import type { ChatWriteBlock, PerformanceStatus, ReactionKind } from "$lib/graphql/generated/graphql";

const ChatFeed = graphql(`
  subscription ChatFeed($performanceId: ID!) {
    chatEvents(performanceId: $performanceId) {
      kind
      message {
        ...ChatLine
      }
      removedMessageId
      reactions {
        applause
        fire
        heart
        wow
      }
      chat {
        ...ChatControls
      }
    }
  }
`);

const ChatLineFragment = graphql(`
  fragment ChatLine on ChatMessage {
    id
    authorId
    authorName
    authorRole
    body
    linksClickable
    postedAt
    offsetSeconds
  }
`);
void ChatLineFragment;

const ChatControlsFragment = graphql(`
  fragment ChatControls on Chat {
    status
    closed
    slowModeSeconds
    viewerCanWrite
    viewerWriteBlock
    viewerCanModerate
    viewerMuted
    viewerBanned
  }
`);
void ChatControlsFragment;

const ChatPage = graphql(`
  query ChatPage($performanceId: ID!, $after: String) {
    chatMessages(performanceId: $performanceId, first: 150, after: $after) {
      edges {
        node {
          ...ChatLine
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export interface ChatLine {
  id: string;
  authorId: string;
  authorName: string;
  authorRole: "ORGANIZER" | "MODERATOR" | "FAN";
  body: string;
  linksClickable: boolean;
  /** When the chat received it (UTC) */
  postedAt: string;
  offsetSeconds: number;
}

export interface ChatControls {
  status: PerformanceStatus;
  closed: boolean;
  slowModeSeconds: number;
  viewerCanWrite: boolean;
  viewerWriteBlock?: ChatWriteBlock | null;
  viewerCanModerate: boolean;
  viewerMuted: boolean;
  viewerBanned: boolean;
}

export interface Burst {
  id: number;
  kind: ReactionKind;
  /** Horizontal place over the video, 0-1 */
  x: number;
}

/** Replays load at most this many messages (150 a page). */
const MAX_REPLAY_PAGES = 25;
/** A second's reactions show as at most this many floating emoji. */
const MAX_BURSTS_PER_EVENT = 12;

/**
 * One show's chat in this tab: its messages, the viewer's controls and the reactions floating
 * over the video. Shared by the chat panel and the reaction overlay (one subscription per tab).
 */
export class ChatSession {
  messages = $state<ChatLine[]>([]);
  controls = $state<ChatControls | null>(null);
  bursts = $state<Burst[]>([]);
  /** Set when history could not be read */
  problem = $state<string | null>(null);
  loaded = $state(false);
  readonly performanceId: string;
  #listeners: ((line: ChatLine) => void)[] = [];
  #stop: (() => void) | undefined;
  #burstId = 0;
  #users = 0;

  constructor(performanceId: string) {
    this.performanceId = performanceId;
  }

  /** Called by each component that shows this chat; the last to leave ends the subscription. */
  join(live: boolean): () => void {
    this.#users++;
    if (this.#users === 1) this.#start(live);
    return () => {
      this.#users--;
      if (this.#users === 0) {
        this.#stop?.();
        this.#stop = undefined;
        delete sessions[this.performanceId];
      }
    };
  }

  onMessage(listener: (line: ChatLine) => void): () => void {
    this.#listeners = [...this.#listeners, listener];
    return () => (this.#listeners = this.#listeners.filter((known) => known !== listener));
  }

  #start(live: boolean): void {
    if (!live) {
      void this.#loadHistory(MAX_REPLAY_PAGES);
      return;
    }
    this.#stop = graphqlInBrowser().subscribe(
      ChatFeed,
      { performanceId: this.performanceId },
      {
        next: ({ chatEvents: event }) => {
          this.controls = event.chat;
          switch (event.kind) {
            case "CURRENT":
              void this.#loadHistory(1);
              break;
            case "MESSAGE_POSTED":
              if (event.message) this.#add(event.message);
              break;
            case "MESSAGE_REMOVED":
              this.messages = this.messages.filter((line) => line.id !== event.removedMessageId);
              break;
            case "REACTIONS":
              if (event.reactions) this.#burst(event.reactions);
              break;
          }
        },
        error: () => (this.problem = "The chat could not connect. Reload the page to try again."),
      },
    );
  }

  async #loadHistory(pages: number): Promise<void> {
    try {
      let after: string | null | undefined;
      const lines: ChatLine[] = [];
      for (let page = 0; page < pages; page++) {
        const { chatMessages } = await graphqlInBrowser().query(ChatPage, {
          performanceId: this.performanceId,
          after,
        });
        lines.push(...chatMessages.edges.map((edge) => edge.node));
        if (!chatMessages.pageInfo.hasNextPage) break;
        after = chatMessages.pageInfo.endCursor;
      }
      const known = Object.fromEntries(lines.map((line) => [line.id, true]));
      this.messages = [...lines, ...this.messages.filter((line) => !known[line.id])];
    } catch {
      this.problem = "Earlier messages could not be loaded.";
    } finally {
      this.loaded = true;
    }
  }

  #add(line: ChatLine): void {
    if (this.messages.some((known) => known.id === line.id)) return;
    this.messages = [...this.messages.slice(-499), line];
    for (const listener of this.#listeners) listener(line);
  }

  #burst(counts: { applause: number; fire: number; heart: number; wow: number }): void {
    const kinds: [ReactionKind, number][] = [
      ["APPLAUSE", counts.applause],
      ["FIRE", counts.fire],
      ["HEART", counts.heart],
      ["WOW", counts.wow],
    ];
    const total = kinds.reduce((sum, [, count]) => sum + count, 0);
    const shown = Math.min(total, MAX_BURSTS_PER_EVENT);
    const next: Burst[] = [];
    for (const [kind, count] of kinds) {
      const share = Math.round((count / Math.max(total, 1)) * shown) || (count > 0 ? 1 : 0);
      for (let i = 0; i < share; i++) next.push({ id: ++this.#burstId, kind, x: Math.random() });
    }
    this.bursts = [...this.bursts.slice(-24), ...next];
    const [oldest, newest] = [next[0]?.id ?? 0, this.#burstId];
    setTimeout(() => (this.bursts = this.bursts.filter((burst) => burst.id < oldest || burst.id > newest)), 2_500);
  }
}

// Plain (not reactive) on purpose: components read a session's state, never the registry.
const sessions: Record<string, ChatSession> = {};

/** The tab's session for a show's chat (the panel and the overlay share it). */
export function chatSessionFor(performanceId: string): ChatSession {
  sessions[performanceId] ??= new ChatSession(performanceId);
  return sessions[performanceId];
}

export const REACTIONS: { kind: ReactionKind; emoji: string; label: string }[] = [
  { kind: "APPLAUSE", emoji: "👏", label: "Applause" },
  { kind: "FIRE", emoji: "🔥", label: "Fire" },
  { kind: "HEART", emoji: "❤️", label: "Heart" },
  { kind: "WOW", emoji: "😮", label: "Wow" },
];
