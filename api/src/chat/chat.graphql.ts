import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { ErrorInterface } from "../schema/error-types.graphql";
import { ConflictError, NotFoundError, RateLimitedError } from "../errors";
import { PerformanceRef } from "../performances/performance.graphql";
import { PerformanceStatusEnum } from "../performances/status.graphql";
import { subscribe } from "../realtime/hub-client";
import { builder } from "../schema/builder";
import { decodeCursor, encodeCursor } from "../schema/cursor";
import { Channel } from "../realtime/channel";
import { type ChatAccess, applyChatEvent, canModerate, writeBlock } from "./chat-access";
import { ChatUnavailableError } from "./chat-errors";
import { type ChatHubEvent, type ChatMessageRecord, REACTION_KINDS, type ReactionCounts } from "./chat-events";
import { listModerators, reactionTimeline, type ReactionBucket } from "./chat.repository";
import {
  banChatViewer,
  changeChatSettings,
  chatAccess,
  chatHistory,
  MAX_CHAT_MESSAGE_LENGTH,
  MAX_SLOW_MODE_SECONDS,
  muteChatViewer,
  removeChatMessage,
  sendChatMessage,
  sendReaction,
  setChatModerator,
} from "./chat.service";

const ChatAuthorRoleEnum = builder.enumType("ChatAuthorRole", {
  description: "Who wrote a chat message.",
  values: {
    ORGANIZER: { description: "An organizer of the company; their links are clickable" },
    MODERATOR: { description: "A fan the organizers made a moderator of this show's chat" },
    FAN: { description: "A registered fan" },
  } as const,
});

const ChatUnavailableReasonEnum = builder.enumType("ChatUnavailableReason", {
  description: "Why a chat does not take a message now.",
  values: {
    NOT_LIVE: { description: "The show is not on: chat is written while it is live, read on the replay" },
    CLOSED: { description: "The organizers or moderators closed the chat" },
    MUTED: { description: "A moderator muted this viewer in this show's chat" },
    BANNED: { description: "An organizer banned this viewer from every chat" },
  } as const,
});

const ChatWriteBlockEnum = builder.enumType("ChatWriteBlock", {
  description: "Why the viewer cannot write in a chat now (null on Chat.viewerWriteBlock when they can).",
  values: {
    SIGNED_OUT: { description: "Sign in to write" },
    NOT_REGISTERED: { description: "Register for the show to write" },
    NOT_LIVE: { description: "The show is not on" },
    CLOSED: { description: "The chat is closed" },
    MUTED: { description: "The viewer is muted in this show's chat" },
    BANNED: { description: "The viewer is banned from chat" },
  } as const,
});

export const ReactionKindEnum = builder.enumType("ReactionKind", {
  description: "What a fan can send over the video.",
  values: {
    APPLAUSE: { description: "Clapping" },
    FIRE: { description: "Fire" },
    HEART: { description: "A heart" },
    WOW: { description: "Amazement" },
  } as const,
});

builder.objectType(ChatUnavailableError, {
  name: "ChatUnavailableError",
  description:
    "The chat does not take a message from this viewer now (see reason); nothing was sent. As a GraphQL error: extensions.code CHAT_UNAVAILABLE.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    reason: t.field({ type: ChatUnavailableReasonEnum, description: "Why", resolve: (error) => error.reason }),
  }),
});

export const ChatMessageRef = builder.objectRef<ChatMessageRecord>("ChatMessage").implement({
  description:
    "A message in a show's chat. The body is plain text: show it as text, never as HTML. Only organizers' links are to be made clickable (linksClickable).",
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable and opaque" }),
    authorId: t.exposeID("userId", { description: "User.id of the writer (for moderation)" }),
    authorName: t.exposeString("authorName", { description: "The writer's name when they wrote it" }),
    authorRole: t.field({
      type: ChatAuthorRoleEnum,
      description: "Organizer, moderator or fan",
      resolve: (message) => message.authorRole,
    }),
    body: t.exposeString("body", {
      description: `Plain text, one line, 1 to ${MAX_CHAT_MESSAGE_LENGTH} characters`,
    }),
    linksClickable: t.boolean({
      description: "Whether http(s) addresses in the body may be shown as links: only in organizers' messages",
      resolve: (message) => message.authorRole === "ORGANIZER",
    }),
    postedAt: t.expose("postedAt", { type: "DateTime", description: "When the chat received it (UTC)" }),
    offsetSeconds: t.exposeFloat("offsetSeconds", {
      description: "Seconds from the show's start: where the replay shows it",
    }),
  }),
});

const ChatParticipantRef = builder.objectRef<ChatAccess>("ChatParticipant").implement({
  description: "A viewer's standing in one show's chat, as its moderators see it.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    performanceId: t.exposeID("performanceId", { description: "The show" }),
    viewerId: t.id({ description: "User.id", resolve: (access) => access.viewer?.id ?? "" }),
    name: t.string({ description: "The viewer's name", resolve: (access) => access.viewer?.name ?? "" }),
    muted: t.exposeBoolean("muted", { description: "Muted in this show's chat" }),
    banned: t.exposeBoolean("banned", { description: "Banned from every chat" }),
    moderator: t.exposeBoolean("moderator", { description: "A moderator of this show's chat" }),
  }),
});

const ChatModeratorRef = builder.objectRef<{ id: string; name: string; added_at: string }>("ChatModerator").implement({
  description: "A fan the organizers made a moderator of one show's chat.",
  authScopes: { organizer: true },
  fields: (t) => ({
    viewerId: t.exposeID("id", { description: "User.id" }),
    name: t.exposeString("name", { description: "The fan's name" }),
    addedAt: t.expose("added_at", { type: "DateTime", description: "When they were made moderator (UTC)" }),
  }),
});

export const ChatRef = builder.objectRef<ChatAccess>("Chat").implement({
  description: "A show's chat as the signed-in viewer finds it: its settings and what they may do in it.",
  authScopes: { public: true },
  fields: (t) => ({
    performanceId: t.exposeID("performanceId", { description: "The show" }),
    status: t.field({
      type: PerformanceStatusEnum,
      description: "The show's status: the chat is written while LIVE or INTERRUPTED, read on the replay",
      resolve: (access) => access.status,
    }),
    closed: t.exposeBoolean("closed", { description: "Closed by the organizers or moderators: only they write" }),
    slowModeSeconds: t.exposeInt("slowModeSeconds", {
      description: "One message per fan this often; 0 = off (organizers and moderators are exempt)",
    }),
    viewerCanWrite: t.boolean({
      description: "Whether the signed-in viewer may write now",
      resolve: (access) => writeBlock(access) === null,
    }),
    viewerWriteBlock: t.field({
      type: ChatWriteBlockEnum,
      nullable: true,
      description: "Why the viewer may not write now; null when they may",
      resolve: (access) => writeBlock(access),
    }),
    viewerCanModerate: t.boolean({
      description: "Whether the viewer moderates this chat (an organizer, or a moderator of this show)",
      resolve: (access) => canModerate(access),
    }),
    viewerMuted: t.exposeBoolean("muted", { description: "Whether the viewer is muted in this show's chat" }),
    viewerBanned: t.exposeBoolean("banned", { description: "Whether the viewer is banned from chat" }),
    moderators: t.field({
      type: [ChatModeratorRef],
      nullable: true,
      description: "The fans moderating this chat; organizers only (null, with FORBIDDEN in errors, for others)",
      authScopes: { organizer: true },
      resolve: (access, _args, context) => listModerators(context.deps.db, access.performanceId),
    }),
  }),
});

const ReactionCountsRef = builder.objectRef<{ counts: ReactionCounts; second: string }>("ReactionCounts").implement({
  description: "Every fan's reactions during one second, summed.",
  authScopes: { public: true },
  fields: (t) => ({
    second: t.expose("second", { type: "DateTime", description: "When the second began (UTC)" }),
    applause: t.int({ description: "Claps", resolve: ({ counts }) => counts.APPLAUSE }),
    fire: t.int({ description: "Fires", resolve: ({ counts }) => counts.FIRE }),
    heart: t.int({ description: "Hearts", resolve: ({ counts }) => counts.HEART }),
    wow: t.int({ description: "Wows", resolve: ({ counts }) => counts.WOW }),
    total: t.int({
      description: "All reactions",
      resolve: ({ counts }) => REACTION_KINDS.reduce((sum, kind) => sum + counts[kind], 0),
    }),
  }),
});

const ChatEventKindEnum = builder.enumType("ChatEventKind", {
  description: "What a ChatEvent reports.",
  values: {
    CURRENT: {
      description: "The chat as the subscription starts (always the first event); read history with chatMessages",
    },
    MESSAGE_POSTED: { description: "A new message (message)" },
    MESSAGE_REMOVED: { description: "A moderator removed a message (removedMessageId): take it off the screen" },
    VIEWER_MUTED: { description: "A viewer was muted (viewerId); told to them and to moderators" },
    VIEWER_UNMUTED: { description: "A viewer may write again (viewerId); told to them and to moderators" },
    VIEWER_BANNED: { description: "A viewer was banned from chat (viewerId); told to them and to moderators" },
    VIEWER_UNBANNED: { description: "A ban was lifted (viewerId); told to them and to moderators" },
    MODERATOR_ADDED: { description: "A fan became a moderator (viewerId); told to them and to moderators" },
    MODERATOR_REMOVED: { description: "A fan is no longer a moderator (viewerId); told to them and to moderators" },
    SETTINGS_CHANGED: { description: "Slow mode changed, or the chat was closed or opened (chat)" },
    STATUS_CHANGED: { description: "The show went live, lost its signal or ended (chat.status)" },
    REACTIONS: { description: "The reactions of the last second, summed (reactions); about one a second at most" },
  } as const,
});

interface ChatEventShape {
  event: ChatHubEvent | { type: "CURRENT"; at: string };
  access: ChatAccess;
}

const ChatEventRef = builder.objectRef<ChatEventShape>("ChatEvent").implement({
  description: "Something happened in a show's chat; `chat` is the subscriber's chat after it.",
  authScopes: { public: true },
  fields: (t) => ({
    kind: t.field({
      type: ChatEventKindEnum,
      description: "What happened",
      resolve: ({ event }) => (event.type === "MESSAGE_POSTED" ? "MESSAGE_POSTED" : event.type),
    }),
    message: t.field({
      type: ChatMessageRef,
      nullable: true,
      description: "MESSAGE_POSTED: the message",
      resolve: ({ event }) => (event.type === "MESSAGE_POSTED" ? event.message : null),
    }),
    removedMessageId: t.id({
      nullable: true,
      description: "MESSAGE_REMOVED: ChatMessage.id of the message removed",
      resolve: ({ event }) => (event.type === "MESSAGE_REMOVED" ? event.messageId : null),
    }),
    viewerId: t.id({
      nullable: true,
      description: "Muted, unmuted, banned, unbanned, moderator added or removed: User.id of that viewer",
      resolve: ({ event }) => ("userId" in event ? event.userId : null),
    }),
    reactions: t.field({
      type: ReactionCountsRef,
      nullable: true,
      description: "REACTIONS: the second's sums",
      resolve: ({ event }) => (event.type === "REACTIONS" ? event : null),
    }),
    chat: t.field({
      type: ChatRef,
      description: "The chat after the event, for the subscriber",
      resolve: ({ access }) => access,
    }),
    at: t.field({
      type: "DateTime",
      description: "When it happened (UTC)",
      resolve: ({ event }) => (event.type === "MESSAGE_POSTED" ? event.message.postedAt : event.at),
    }),
  }),
});

const ReactionMomentRef = builder.objectRef<ReactionBucket & { startedAt: string | null }>("ReactionMoment").implement({
  description: "The reactions of one stretch of a show, summed: the applause timeline.",
  authScopes: { organizer: true },
  fields: (t) => ({
    offsetSeconds: t.exposeInt("offset_second", { description: "Seconds from the show's start to this stretch" }),
    at: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the stretch began (UTC); null for a show that never started",
      resolve: (moment) =>
        moment.startedAt && new Date(Date.parse(moment.startedAt) + moment.offset_second * 1000).toISOString(),
    }),
    applause: t.int({ description: "Claps", resolve: (moment) => Number(moment.applause) }),
    fire: t.int({ description: "Fires", resolve: (moment) => Number(moment.fire) }),
    heart: t.int({ description: "Hearts", resolve: (moment) => Number(moment.heart) }),
    wow: t.int({ description: "Wows", resolve: (moment) => Number(moment.wow) }),
    total: t.int({
      description: "All reactions",
      resolve: (moment) => Number(moment.applause) + Number(moment.fire) + Number(moment.heart) + Number(moment.wow),
    }),
  }),
});

const watchers = (id: string) => ({ $any: { organizer: true, registeredFor: id } });

builder.objectFields(PerformanceRef, (t) => ({
  chat: t.field({
    type: ChatRef,
    nullable: true,
    description:
      "The show's chat for the signed-in viewer: settings and what they may do. Registered viewers and organizers only (null, with FORBIDDEN or UNAUTHENTICATED in errors, for others)",
    authScopes: (performance) => watchers(performance.id),
    resolve: (performance, _args, context) => chatAccess(context.deps, performance.id, context.caller?.user ?? null),
  }),
  reactionTimeline: t.field({
    type: [ReactionMomentRef],
    nullable: true,
    description:
      "The applause timeline: reactions summed per stretch of `bucketSeconds`, in show order, stretches without reactions left out. Organizers only (null, with FORBIDDEN in errors, for others)",
    authScopes: { organizer: true },
    args: {
      bucketSeconds: t.arg.int({
        required: false,
        defaultValue: 10,
        description: "Length of a stretch, 1 to 3600 seconds (values outside are brought into that range)",
      }),
    },
    resolve: async (performance, { bucketSeconds }, context) => {
      const bucket = Math.min(Math.max(bucketSeconds ?? 10, 1), 3600);
      const rows = await reactionTimeline(context.deps.db, performance.id, bucket);
      return rows.map((row) => ({ ...row, startedAt: performance.started_at }));
    },
  }),
}));

builder.queryFields((t) => ({
  chatMessages: t.connection(
    {
      type: ChatMessageRef,
      description:
        "A show's chat messages in the order everyone saw them (removed ones left out); 50 a page by default, at most 200. On the replay, place each at offsetSeconds. Registered viewers and organizers only (FORBIDDEN or UNAUTHENTICATED otherwise; NOT_FOUND for a show that does not exist).",
      authScopes: (_root, { performanceId }) => watchers(String(performanceId)),
      args: { performanceId: t.arg.id({ description: "Performance.id" }) },
      resolve: (_root, args, context) =>
        resolveCursorConnection(
          { args, defaultSize: 50, maxSize: 200, toCursor: (message) => encodeCursor([String(message.seq)]) },
          ({ after, limit }: ResolveCursorConnectionArgs) =>
            chatHistory(context.deps, String(args.performanceId), { afterSeq: seqOf(after), limit }),
        ),
    },
    { name: "ChatMessageConnection", description: "A page of a show's chat messages, in chat order." },
    { name: "ChatMessageEdge", description: "One chat message of a page, with its cursor." },
  ),
}));

function seqOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  const [seq = ""] = decodeCursor(cursor, 1);
  const value = Number(seq);
  return Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

builder.subscriptionFields((t) => ({
  chatEvents: t.field({
    type: ChatEventRef,
    description:
      "A show's chat as it happens, in the same order for every subscriber: messages posted and removed, moderation, slow mode, closing, the show's status, and reactions summed once a second. The first event is CURRENT (read history with chatMessages). Registered viewers and organizers only (the stream sends one error and ends: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND).",
    authScopes: (_root, { performanceId }) => watchers(String(performanceId)),
    args: { performanceId: t.arg.id({ description: "Performance.id" }) },
    subscribe: async (_root, { performanceId }, context) => {
      const id = String(performanceId);
      // Listen first, then read the current state: nothing published in between is lost.
      const events = await subscribe(context.deps.env, id, "chat");
      let access: ChatAccess;
      try {
        access = await chatAccess(context.deps, id, context.caller?.user ?? null);
      } catch (error) {
        events.end();
        throw error;
      }
      const mine = new Channel<ChatEventShape>(() => events.end());
      mine.push({ event: { type: "CURRENT", at: context.deps.clock.now().toISOString() }, access });
      void (async () => {
        for await (const event of events) {
          const next = applyChatEvent(access, event);
          access = next.access;
          if (next.heard) mine.push({ event, access });
        }
        mine.end();
      })();
      return mine;
    },
    resolve: (event) => event,
  }),
}));

const RemoveChatMessagePayload = builder
  .objectRef<{ performanceId: string; messageId: string }>("RemoveChatMessagePayload")
  .implement({
    description: "A message removed from a show's chat, for everyone.",
    authScopes: { signedIn: true },
    fields: (t) => ({
      performanceId: t.exposeID("performanceId", { description: "The show" }),
      messageId: t.exposeID("messageId", { description: "ChatMessage.id of the message removed" }),
    }),
  });

const ChatBanRef = builder.objectRef<{ viewer: { id: string; name: string }; banned: boolean }>("ChatBan").implement({
  description: "Whether a viewer may write in FireStream's chats.",
  authScopes: { organizer: true },
  fields: (t) => ({
    viewerId: t.id({ description: "User.id", resolve: (ban) => ban.viewer.id }),
    name: t.string({ description: "The viewer's name", resolve: (ban) => ban.viewer.name }),
    banned: t.exposeBoolean("banned", { description: "Banned from every chat" }),
  }),
});

const SendReactionPayload = builder
  .objectRef<{ kind: (typeof REACTION_KINDS)[number]; at: string }>("SendReactionPayload")
  .implement({
    description: "A reaction counted; every subscriber hears the second's sum (ChatEvent REACTIONS).",
    authScopes: { signedIn: true },
    fields: (t) => ({
      kind: t.field({ type: ReactionKindEnum, description: "What was sent", resolve: (reaction) => reaction.kind }),
      at: t.expose("at", { type: "DateTime", description: "When it was counted (UTC)" }),
    }),
  });

const chatErrors = (description: string, extra: (typeof NotFoundError | typeof ConflictError)[] = []) => ({
  types: [NotFoundError, ...extra],
  union: { description },
});

builder.mutationFields((t) => ({
  sendChatMessage: t.withAuth({ signedIn: true }).field({
    type: ChatMessageRef,
    description: `Writes in a show's chat while it is live: registered fans and organizers. Plain text, one line, at most ${MAX_CHAT_MESSAGE_LENGTH} characters; a fan sends at most 10 messages in 10 seconds, not the same text twice within a minute, and one per slow-mode period.`,
    args: {
      performanceId: t.arg.id({ description: "Performance.id" }),
      body: t.arg.string({ description: `The message, 1 to ${MAX_CHAT_MESSAGE_LENGTH} characters of plain text` }),
    },
    errors: {
      types: [NotFoundError, ChatUnavailableError, RateLimitedError],
      union: {
        description:
          "The message as everyone sees it, or why it was not sent (ChatUnavailableError, RateLimitedError, ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError).",
      },
    },
    resolve: (_root, { performanceId, body }, context) =>
      sendChatMessage(context.deps, context.caller, String(performanceId), body),
  }),
  sendReaction: t.withAuth({ signedIn: true }).field({
    type: SendReactionPayload,
    description:
      "Sends a reaction over the video while the show is live: registered fans and organizers, a few a second at most. Summed with everyone's and published once a second.",
    args: {
      performanceId: t.arg.id({ description: "Performance.id" }),
      kind: t.arg({ type: ReactionKindEnum, description: "Which reaction" }),
    },
    errors: {
      types: [NotFoundError, ChatUnavailableError, RateLimitedError],
      union: {
        description:
          "The reaction counted, or why not (ChatUnavailableError, RateLimitedError, ForbiddenError, NotFoundError, UnauthenticatedError).",
      },
    },
    resolve: (_root, { performanceId, kind }, context) =>
      sendReaction(context.deps, context.caller, String(performanceId), kind),
  }),
  removeChatMessage: t.withAuth({ signedIn: true }).field({
    type: RemoveChatMessagePayload,
    description:
      "Removes a message for everyone at once (ChatEvent MESSAGE_REMOVED); organizers and the show's moderators. Removing it again changes nothing.",
    args: {
      performanceId: t.arg.id({ description: "Performance.id" }),
      messageId: t.arg.id({ description: "ChatMessage.id" }),
    },
    errors: chatErrors("The message removed, or why not (ForbiddenError, NotFoundError, UnauthenticatedError)."),
    resolve: (_root, { performanceId, messageId }, context) =>
      removeChatMessage(context.deps, context.caller, String(performanceId), String(messageId)),
  }),
  muteChatViewer: t.withAuth({ signedIn: true }).field({
    type: ChatParticipantRef,
    description:
      "Mutes a fan in one show's chat (muted: false lifts it): they keep reading and are told at once. Organizers and the show's moderators; only organizers mute a moderator; organizers cannot be muted.",
    args: {
      performanceId: t.arg.id({ description: "Performance.id" }),
      viewerId: t.arg.id({ description: "User.id of the fan" }),
      muted: t.arg.boolean({ required: false, defaultValue: true, description: "true (default) mutes, false unmutes" }),
    },
    errors: chatErrors("The fan's standing, or why not (ForbiddenError, NotFoundError, UnauthenticatedError)."),
    resolve: (_root, { performanceId, viewerId, muted }, context) =>
      muteChatViewer(context.deps, context.caller, {
        performanceId: String(performanceId),
        viewerId: String(viewerId),
        muted: muted ?? true,
      }),
  }),
  banChatViewer: t.withAuth({ signedIn: true }).field({
    type: ChatBanRef,
    description:
      "Bans a fan from writing in every show's chat (banned: false lifts it); the chats on air drop their write controls at once. Organizers only; organizers cannot be banned.",
    args: {
      viewerId: t.arg.id({ description: "User.id of the fan" }),
      banned: t.arg.boolean({ required: false, defaultValue: true, description: "true (default) bans, false unbans" }),
    },
    errors: chatErrors("The ban, or why not (ForbiddenError, NotFoundError, UnauthenticatedError)."),
    resolve: (_root, { viewerId, banned }, context) =>
      banChatViewer(context.deps, context.caller, { viewerId: String(viewerId), banned: banned ?? true }),
  }),
  setChatModerator: t.withAuth({ signedIn: true }).field({
    type: ChatParticipantRef,
    description:
      "Makes a fan registered for the show a moderator of its chat (moderator: false takes it back). Organizers only.",
    args: {
      performanceId: t.arg.id({ description: "Performance.id" }),
      viewerId: t.arg.id({ description: "User.id of the fan" }),
      moderator: t.arg.boolean({
        required: false,
        defaultValue: true,
        description: "true (default) makes them moderator, false takes it back",
      }),
    },
    errors: chatErrors(
      "The fan's standing, or why not (ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError).",
      [ConflictError],
    ),
    resolve: (_root, { performanceId, viewerId, moderator }, context) =>
      setChatModerator(context.deps, context.caller, {
        performanceId: String(performanceId),
        viewerId: String(viewerId),
        moderator: moderator ?? true,
      }),
  }),
  setChatSlowMode: t.withAuth({ signedIn: true }).field({
    type: ChatRef,
    description: `Slow mode: each fan writes at most once every \`seconds\` (0 turns it off, at most ${MAX_SLOW_MODE_SECONDS}). Organizers and the show's moderators.`,
    args: {
      performanceId: t.arg.id({ description: "Performance.id" }),
      seconds: t.arg.int({ description: `0 (off) to ${MAX_SLOW_MODE_SECONDS}` }),
    },
    errors: chatErrors("The chat, or why not (ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError)."),
    resolve: (_root, { performanceId, seconds }, context) =>
      changeChatSettings(context.deps, context.caller, String(performanceId), { slowModeSeconds: seconds }),
  }),
  setChatClosed: t.withAuth({ signedIn: true }).field({
    type: ChatRef,
    description:
      "Closes a show's chat (closed: false opens it again): fans read but only organizers and moderators write. Organizers and the show's moderators.",
    args: {
      performanceId: t.arg.id({ description: "Performance.id" }),
      closed: t.arg.boolean({ description: "true closes, false opens" }),
    },
    errors: chatErrors("The chat, or why not (ForbiddenError, NotFoundError, UnauthenticatedError)."),
    resolve: (_root, { performanceId, closed }, context) =>
      changeChatSettings(context.deps, context.caller, String(performanceId), { closed }),
  }),
}));
