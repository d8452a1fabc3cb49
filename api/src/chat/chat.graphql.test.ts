import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { daysFromNow, db, insertPerformance, organizer, type TestAccount, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { openSubscription, type Subscription } from "../../test/sse";
import { anonymiseUser } from "../accounts/privacy.repository";
import { upsertRegistration } from "../registrations/registrations.repository";

const Send = graphql(`
  mutation ChatSend($performanceId: ID!, $body: String!) {
    sendChatMessage(performanceId: $performanceId, body: $body) {
      __typename
      ... on ChatMessage {
        id
        authorId
        authorName
        authorRole
        body
        linksClickable
        offsetSeconds
      }
      ... on ChatUnavailableError {
        reason
        message
      }
      ... on RateLimitedError {
        retryAfterSeconds
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const History = graphql(`
  query ChatHistory($performanceId: ID!, $first: Int, $after: String) {
    chatMessages(performanceId: $performanceId, first: $first, after: $after) {
      edges {
        node {
          id
          body
          authorName
          offsetSeconds
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Events = graphql(`
  subscription ChatEventsOfShow($performanceId: ID!) {
    chatEvents(performanceId: $performanceId) {
      kind
      message {
        id
        body
        authorName
      }
      removedMessageId
      viewerId
      reactions {
        applause
        heart
        total
      }
      chat {
        viewerCanWrite
        viewerWriteBlock
        viewerCanModerate
        viewerMuted
        slowModeSeconds
        closed
      }
    }
  }
`);

const Remove = graphql(`
  mutation ChatRemove($performanceId: ID!, $messageId: ID!) {
    removeChatMessage(performanceId: $performanceId, messageId: $messageId) {
      __typename
      ... on RemoveChatMessagePayload {
        messageId
      }
    }
  }
`);

const Mute = graphql(`
  mutation ChatMute($performanceId: ID!, $viewerId: ID!, $muted: Boolean) {
    muteChatViewer(performanceId: $performanceId, viewerId: $viewerId, muted: $muted) {
      __typename
      ... on ChatParticipant {
        muted
      }
    }
  }
`);

const Ban = graphql(`
  mutation ChatBanViewer($viewerId: ID!, $banned: Boolean) {
    banChatViewer(viewerId: $viewerId, banned: $banned) {
      __typename
      ... on ChatBan {
        banned
      }
    }
  }
`);

const MakeModerator = graphql(`
  mutation ChatMakeModerator($performanceId: ID!, $viewerId: ID!, $moderator: Boolean) {
    setChatModerator(performanceId: $performanceId, viewerId: $viewerId, moderator: $moderator) {
      __typename
      ... on ChatParticipant {
        moderator
      }
    }
  }
`);

const SlowMode = graphql(`
  mutation ChatSlowMode($performanceId: ID!, $seconds: Int!) {
    setChatSlowMode(performanceId: $performanceId, seconds: $seconds) {
      __typename
      ... on Chat {
        slowModeSeconds
      }
      ... on ValidationError {
        issues {
          path
        }
      }
    }
  }
`);

const Close = graphql(`
  mutation ChatClose($performanceId: ID!, $closed: Boolean!) {
    setChatClosed(performanceId: $performanceId, closed: $closed) {
      __typename
      ... on Chat {
        closed
        viewerCanWrite
      }
    }
  }
`);

const React = graphql(`
  mutation ChatReact($performanceId: ID!, $kind: ReactionKind!) {
    sendReaction(performanceId: $performanceId, kind: $kind) {
      __typename
      ... on SendReactionPayload {
        kind
      }
      ... on ChatUnavailableError {
        reason
      }
    }
  }
`);

const Timeline = graphql(`
  query ReactionTimelineOfShow($id: ID!) {
    performance(id: $id) {
      reactionTimeline(bucketSeconds: 3600) {
        offsetSeconds
        applause
        heart
        total
      }
      chat {
        viewerCanModerate
      }
    }
  }
`);

interface Show {
  id: string;
  organizer: TestAccount;
  fans: TestAccount[];
}

/** A show on air since a minute ago, with an organizer and `fans` registered fans. */
async function liveShow(fans = 2, status: "LIVE" | "SCHEDULED" | "ENDED" = "LIVE"): Promise<Show> {
  const startedAt = new Date(Date.now() - 60_000).toISOString();
  const id = await insertPerformance({
    status,
    scheduled_time: daysFromNow(0),
    started_at: status === "SCHEDULED" ? null : startedAt,
    ended_at: status === "ENDED" ? new Date().toISOString() : null,
  });
  const registered = await Promise.all(Array.from({ length: fans }, () => viewer()));
  for (const fan of registered) {
    await upsertRegistration(db(), {
      performanceId: id,
      userId: fan.user.id,
      preferences: { email: false, sms: false, browser: false },
      now: new Date().toISOString(),
    });
  }
  return { id, organizer: await organizer(), fans: registered };
}

const fan = (show: Show, index = 0) => show.fans[index] as TestAccount;

async function send(show: Show, account: TestAccount | undefined, body: string) {
  const data = await executeOk(Send, { performanceId: show.id, body }, { token: account?.token });
  return data.sendChatMessage;
}

async function posted(show: Show, account: TestAccount, body: string) {
  return expectTypename(await send(show, account, body), "ChatMessage");
}

/** The next event that is not CURRENT or REACTIONS. */
async function nextChatEvent<R extends { chatEvents: { kind: string } }>(
  subscription: Subscription<R>,
): Promise<R["chatEvents"]> {
  for (;;) {
    const event = (await subscription.next())?.data?.chatEvents;
    if (!event) throw new Error("the subscription ended");
    if (event.kind !== "CURRENT" && event.kind !== "REACTIONS") return event;
  }
}

const flushHub = (performanceId: string) => env.PERFORMANCE_HUB.getByName(performanceId).flush();

describe("sendChatMessage", { timeout: 30_000 }, () => {
  it("delivers a fan's message to every subscriber, keeps it in the history and writes it to D1 with the hub's batch", async () => {
    const show = await liveShow();
    const first = await openSubscription(Events, { performanceId: show.id }, { token: fan(show, 0).token });
    const second = await openSubscription(Events, { performanceId: show.id }, { token: show.organizer.token });
    expect((await first.next())?.data?.chatEvents).toMatchObject({ kind: "CURRENT", chat: { viewerCanWrite: true } });
    expect((await second.next())?.data?.chatEvents).toMatchObject({
      kind: "CURRENT",
      chat: { viewerCanModerate: true },
    });

    const message = await posted(show, fan(show, 1), "  What a jump!  ");
    expect(message).toMatchObject({ body: "What a jump!", authorRole: "FAN", linksClickable: false });
    expect(message.offsetSeconds).toBeGreaterThanOrEqual(60);
    for (const subscriber of [first, second]) {
      expect(await nextChatEvent(subscriber)).toMatchObject({
        kind: "MESSAGE_POSTED",
        message: { id: message.id, body: "What a jump!", authorName: fan(show, 1).user.name },
      });
    }
    const history = await executeOk(History, { performanceId: show.id }, { token: fan(show, 0).token });
    expect(history.chatMessages.edges.map((edge) => edge.node.body)).toEqual(["What a jump!"]);

    await flushHub(show.id);
    const stored = await db().selectFrom("chat_messages").selectAll().where("performance_id", "=", show.id).execute();
    expect(stored).toMatchObject([{ id: message.id, body: "What a jump!", seq: 1, user_id: fan(show, 1).user.id }]);
    await first.close();
    await second.close();
  });

  it("makes an organizer's links clickable, and nobody else's", async () => {
    const show = await liveShow(1);
    expect(await posted(show, show.organizer, "Tickets: https://circus.example/tickets")).toMatchObject({
      authorRole: "ORGANIZER",
      linksClickable: true,
    });
    expect(await posted(show, fan(show), "see https://spam.example")).toMatchObject({ linksClickable: false });
  });

  it("is refused to signed-out visitors, to fans who did not register and for shows that do not exist", async () => {
    const show = await liveShow(0);
    const stranger = await viewer();
    expect(await send(show, undefined, "hi")).toMatchObject({ __typename: "UnauthenticatedError" });
    expect(await send(show, stranger, "hi")).toMatchObject({ __typename: "ForbiddenError" });
    const data = await executeOk(Send, { performanceId: "nope", body: "hi" }, { token: stranger.token });
    expect(data.sendChatMessage).toMatchObject({ __typename: "NotFoundError" });
  });

  it("is refused before and after the show", async () => {
    for (const status of ["SCHEDULED", "ENDED"] as const) {
      const show = await liveShow(1, status);
      expect(await send(show, fan(show), "hello?")).toMatchObject({
        __typename: "ChatUnavailableError",
        reason: "NOT_LIVE",
      });
    }
  });

  it("refuses empty, over-long and control-character messages, and stores nothing", async () => {
    const show = await liveShow(1);
    const bodies = ["", "   ", "x".repeat(501), "bell\u0007", "two\nlines", "hidden\u202Eoverride"];
    for (const body of bodies) {
      const result = expectTypename(await send(show, fan(show), body), "ValidationError");
      expect(result.issues[0]?.path).toEqual(["body"]);
    }
    expect(await posted(show, fan(show), "y".repeat(500))).toMatchObject({ body: "y".repeat(500) });
    await flushHub(show.id);
    const count = await db()
      .selectFrom("chat_messages")
      .select(db().fn.countAll<number>().as("n"))
      .where("performance_id", "=", show.id)
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it("refuses the same text twice in a row, whatever its case and spacing", async () => {
    const show = await liveShow(1);
    await posted(show, fan(show), "Bravo!");
    expect(await send(show, fan(show), "bravo!  ")).toMatchObject({
      __typename: "ValidationError",
      message: expect.stringContaining("a moment ago"),
    });
  });

  it("lets a fan send 10 messages in 10 seconds, then tells them how long to wait", async () => {
    const show = await liveShow(1);
    for (let i = 1; i <= 10; i++) await posted(show, fan(show), `message ${i}`);
    const refused = expectTypename(await send(show, fan(show), "message 11"), "RateLimitedError");
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(10);
  });

  it("gives concurrent messages from many fans one order, the same for two subscribers and the history", async () => {
    const show = await liveShow(6);
    const first = await openSubscription(Events, { performanceId: show.id }, { token: fan(show, 0).token });
    const second = await openSubscription(Events, { performanceId: show.id }, { token: fan(show, 1).token });
    await first.next();
    await second.next();
    await Promise.all(show.fans.map((account, i) => posted(show, account, `fan ${i} claps`)));
    const order = async (subscriber: typeof first) => {
      const ids: string[] = [];
      while (ids.length < show.fans.length) ids.push((await nextChatEvent(subscriber)).message?.id ?? "");
      return ids;
    };
    const [heardByFirst, heardBySecond] = await Promise.all([order(first), order(second)]);
    expect(heardBySecond).toEqual(heardByFirst);
    expect(new Set(heardByFirst).size).toBe(show.fans.length);
    const history = await executeOk(History, { performanceId: show.id, first: 4 }, { token: fan(show).token });
    const next = await executeOk(
      History,
      { performanceId: show.id, first: 4, after: history.chatMessages.pageInfo.endCursor },
      { token: fan(show).token },
    );
    expect([...history.chatMessages.edges, ...next.chatMessages.edges].map((edge) => edge.node.id)).toEqual(
      heardByFirst,
    );
    expect(next.chatMessages.pageInfo.hasNextPage).toBe(false);
    await first.close();
    await second.close();
  }, 30_000);
});

describe("chatMessages and chatEvents", { timeout: 30_000 }, () => {
  it("are refused to signed-out visitors and to fans who did not register", async () => {
    const show = await liveShow(0);
    const stranger = await viewer();
    const anonymous = await execute(History, { performanceId: show.id }, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const unregistered = await execute(History, { performanceId: show.id }, { token: stranger.token });
    expect(unregistered.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const subscription = await openSubscription(Events, { performanceId: show.id }, { token: stranger.token });
    expect((await subscription.next())?.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await subscription.close();
  });

  it("replays an ended show's chat read-only, each message at its offset from the show's start", async () => {
    const show = await liveShow(1);
    await posted(show, fan(show), "first");
    await posted(show, show.organizer, "second");
    await flushHub(show.id);
    await db()
      .updateTable("performances")
      .set({ status: "ENDED", ended_at: new Date().toISOString() })
      .where("id", "=", show.id)
      .execute();
    const replay = await executeOk(History, { performanceId: show.id }, { token: fan(show).token });
    const [first, second] = replay.chatMessages.edges.map((edge) => edge.node);
    expect([first?.body, second?.body]).toEqual(["first", "second"]);
    expect(first?.offsetSeconds).toBeGreaterThanOrEqual(60);
    expect(second?.offsetSeconds).toBeGreaterThanOrEqual(first?.offsetSeconds ?? 0);
    expect(await send(show, fan(show), "late")).toMatchObject({ reason: "NOT_LIVE" });
  });
});

describe("moderation", { timeout: 30_000 }, () => {
  it("removes a message for every subscriber at once and from the history; removing it again changes nothing", async () => {
    const show = await liveShow(2);
    const watcher = await openSubscription(Events, { performanceId: show.id }, { token: fan(show, 1).token });
    await watcher.next();
    const message = await posted(show, fan(show, 0), "rude words");
    await nextChatEvent(watcher);
    const removed = await executeOk(
      Remove,
      { performanceId: show.id, messageId: message.id },
      { token: show.organizer.token },
    );
    expect(removed.removeChatMessage).toMatchObject({ __typename: "RemoveChatMessagePayload", messageId: message.id });
    expect(await nextChatEvent(watcher)).toMatchObject({ kind: "MESSAGE_REMOVED", removedMessageId: message.id });
    const again = await executeOk(
      Remove,
      { performanceId: show.id, messageId: message.id },
      { token: show.organizer.token },
    );
    expect(again.removeChatMessage.__typename).toBe("RemoveChatMessagePayload");
    await posted(show, fan(show, 0), "sorry");
    expect(await nextChatEvent(watcher)).toMatchObject({ kind: "MESSAGE_POSTED", message: { body: "sorry" } });
    const history = await executeOk(History, { performanceId: show.id }, { token: fan(show).token });
    expect(history.chatMessages.edges.map((edge) => edge.node.body)).toEqual(["sorry"]);
    await flushHub(show.id);
    const row = await db()
      .selectFrom("chat_messages")
      .selectAll()
      .where("id", "=", message.id)
      .executeTakeFirstOrThrow();
    expect(row.removed_by).toBe(show.organizer.user.id);
    await watcher.close();
  });

  it("answers NotFoundError for a message the show does not have", async () => {
    const show = await liveShow(1);
    await posted(show, fan(show), "a message");
    await flushHub(show.id);
    const result = await executeOk(
      Remove,
      { performanceId: show.id, messageId: "not-a-message" },
      { token: show.organizer.token },
    );
    expect(result.removeChatMessage.__typename).toBe("NotFoundError");
  });

  it("is refused to fans, to signed-out visitors and for unknown shows", async () => {
    const show = await liveShow(2);
    const message = await posted(show, fan(show, 0), "keep me");
    const byFan = await executeOk(
      Remove,
      { performanceId: show.id, messageId: message.id },
      { token: fan(show, 1).token },
    );
    expect(byFan.removeChatMessage.__typename).toBe("ForbiddenError");
    const anonymous = await executeOk(Remove, { performanceId: show.id, messageId: message.id }, {});
    expect(anonymous.removeChatMessage.__typename).toBe("UnauthenticatedError");
    const unknown = await executeOk(
      Remove,
      { performanceId: "nope", messageId: message.id },
      { token: show.organizer.token },
    );
    expect(unknown.removeChatMessage.__typename).toBe("NotFoundError");
    const muteByFan = await executeOk(
      Mute,
      { performanceId: show.id, viewerId: fan(show, 0).user.id },
      { token: fan(show, 1).token },
    );
    expect(muteByFan.muteChatViewer.__typename).toBe("ForbiddenError");
    const slowByFan = await executeOk(SlowMode, { performanceId: show.id, seconds: 10 }, { token: fan(show, 1).token });
    expect(slowByFan.setChatSlowMode.__typename).toBe("ForbiddenError");
    const banByFan = await executeOk(Ban, { viewerId: fan(show, 0).user.id }, { token: fan(show, 1).token });
    expect(banByFan.banChatViewer.__typename).toBe("ForbiddenError");
  });

  it("tells a muted fan at once, and only them and the moderators; they read on but cannot write until unmuted", async () => {
    const show = await liveShow(2);
    const muted = await openSubscription(Events, { performanceId: show.id }, { token: fan(show, 0).token });
    const other = await openSubscription(Events, { performanceId: show.id }, { token: fan(show, 1).token });
    await muted.next();
    await other.next();
    const result = await executeOk(
      Mute,
      { performanceId: show.id, viewerId: fan(show, 0).user.id },
      { token: show.organizer.token },
    );
    expect(result.muteChatViewer).toMatchObject({ __typename: "ChatParticipant", muted: true });
    expect(await nextChatEvent(muted)).toMatchObject({
      kind: "VIEWER_MUTED",
      viewerId: fan(show, 0).user.id,
      chat: { viewerCanWrite: false, viewerWriteBlock: "MUTED", viewerMuted: true },
    });
    expect(await send(show, fan(show, 0), "let me speak")).toMatchObject({
      __typename: "ChatUnavailableError",
      reason: "MUTED",
    });
    await posted(show, fan(show, 1), "the show goes on");
    // The other fan hears the message, not the mute.
    expect(await nextChatEvent(other)).toMatchObject({ kind: "MESSAGE_POSTED", message: { body: "the show goes on" } });
    expect(await nextChatEvent(muted)).toMatchObject({ kind: "MESSAGE_POSTED" });

    await executeOk(
      Mute,
      { performanceId: show.id, viewerId: fan(show, 0).user.id, muted: false },
      { token: show.organizer.token },
    );
    expect(await nextChatEvent(muted)).toMatchObject({ kind: "VIEWER_UNMUTED", chat: { viewerCanWrite: true } });
    await posted(show, fan(show, 0), "thank you");
    await muted.close();
    await other.close();
  });

  it("lets a fan made moderator remove and mute, but not ban, and never mute an organizer", async () => {
    const show = await liveShow(2);
    const made = await executeOk(
      MakeModerator,
      { performanceId: show.id, viewerId: fan(show, 0).user.id },
      { token: show.organizer.token },
    );
    expect(made.setChatModerator).toMatchObject({ __typename: "ChatParticipant", moderator: true });
    const byFan = await executeOk(
      MakeModerator,
      { performanceId: show.id, viewerId: fan(show, 1).user.id },
      { token: fan(show, 0).token },
    );
    expect(byFan.setChatModerator.__typename).toBe("ForbiddenError");
    const message = await posted(show, fan(show, 1), "spam spam");
    const removed = await executeOk(
      Remove,
      { performanceId: show.id, messageId: message.id },
      { token: fan(show, 0).token },
    );
    expect(removed.removeChatMessage.__typename).toBe("RemoveChatMessagePayload");
    const mute = await executeOk(
      Mute,
      { performanceId: show.id, viewerId: fan(show, 1).user.id },
      { token: fan(show, 0).token },
    );
    expect(mute.muteChatViewer).toMatchObject({ muted: true });
    const muteOrganizer = await executeOk(
      Mute,
      { performanceId: show.id, viewerId: show.organizer.user.id },
      { token: fan(show, 0).token },
    );
    expect(muteOrganizer.muteChatViewer.__typename).toBe("ForbiddenError");
    const ban = await executeOk(Ban, { viewerId: fan(show, 1).user.id }, { token: fan(show, 0).token });
    expect(ban.banChatViewer.__typename).toBe("ForbiddenError");
    const stranger = await viewer();
    const notRegistered = await executeOk(
      MakeModerator,
      { performanceId: show.id, viewerId: stranger.user.id },
      { token: show.organizer.token },
    );
    expect(notRegistered.setChatModerator.__typename).toBe("ConflictError");
    const unknown = await executeOk(
      MakeModerator,
      { performanceId: show.id, viewerId: "nobody" },
      { token: show.organizer.token },
    );
    expect(unknown.setChatModerator.__typename).toBe("NotFoundError");
  });

  it("takes the write controls from a banned fan's open subscription at once, in every show on air", async () => {
    const show = await liveShow(1);
    const open = await openSubscription(Events, { performanceId: show.id }, { token: fan(show).token });
    await open.next();
    const ban = await executeOk(Ban, { viewerId: fan(show).user.id }, { token: show.organizer.token });
    expect(ban.banChatViewer).toMatchObject({ __typename: "ChatBan", banned: true });
    expect(await nextChatEvent(open)).toMatchObject({
      kind: "VIEWER_BANNED",
      chat: { viewerCanWrite: false, viewerWriteBlock: "BANNED" },
    });
    expect(await send(show, fan(show), "am I banned?")).toMatchObject({ reason: "BANNED" });
    const again = await executeOk(Ban, { viewerId: fan(show).user.id }, { token: show.organizer.token });
    expect(again.banChatViewer).toMatchObject({ banned: true });
    const organizerBan = await executeOk(Ban, { viewerId: show.organizer.user.id }, { token: show.organizer.token });
    expect(organizerBan.banChatViewer.__typename).toBe("ForbiddenError");
    await executeOk(Ban, { viewerId: fan(show).user.id, banned: false }, { token: show.organizer.token });
    await posted(show, fan(show), "back again");
    await open.close();
  });

  it("slow mode holds fans (not organizers) to one message a period; its bounds are checked", async () => {
    const show = await liveShow(1);
    for (const seconds of [-1, 301]) {
      const bad = await executeOk(SlowMode, { performanceId: show.id, seconds }, { token: show.organizer.token });
      expect(bad.setChatSlowMode).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["seconds"] }] });
    }
    const set = await executeOk(SlowMode, { performanceId: show.id, seconds: 120 }, { token: show.organizer.token });
    expect(set.setChatSlowMode).toMatchObject({ __typename: "Chat", slowModeSeconds: 120 });
    await posted(show, fan(show), "one");
    const refused = expectTypename(await send(show, fan(show), "two"), "RateLimitedError");
    expect(refused.retryAfterSeconds).toBeGreaterThan(100);
    await posted(show, show.organizer, "organizers are exempt");
    await posted(show, show.organizer, "twice");
    await executeOk(SlowMode, { performanceId: show.id, seconds: 0 }, { token: show.organizer.token });
    await posted(show, fan(show), "two");
  });

  it("a closed chat is read by fans and written by organizers only, and tells every subscriber", async () => {
    const show = await liveShow(1);
    const open = await openSubscription(Events, { performanceId: show.id }, { token: fan(show).token });
    await open.next();
    const closed = await executeOk(Close, { performanceId: show.id, closed: true }, { token: show.organizer.token });
    expect(closed.setChatClosed).toMatchObject({ __typename: "Chat", closed: true, viewerCanWrite: true });
    expect(await nextChatEvent(open)).toMatchObject({
      kind: "SETTINGS_CHANGED",
      chat: { closed: true, viewerCanWrite: false, viewerWriteBlock: "CLOSED" },
    });
    expect(await send(show, fan(show), "hello?")).toMatchObject({ reason: "CLOSED" });
    await posted(show, show.organizer, "Intermission: back in 10 minutes");
    await executeOk(Close, { performanceId: show.id, closed: false }, { token: show.organizer.token });
    await posted(show, fan(show), "hello!");
    await open.close();
  });
});

describe("sendReaction", { timeout: 30_000 }, () => {
  it("sums everyone's reactions into one event a second and keeps them for the applause timeline", async () => {
    const show = await liveShow(5);
    const watcher = await openSubscription(Events, { performanceId: show.id }, { token: show.organizer.token });
    await watcher.next();
    await Promise.all(
      show.fans.map((account) =>
        executeOk(React, { performanceId: show.id, kind: "APPLAUSE" }, { token: account.token }),
      ),
    );
    await executeOk(React, { performanceId: show.id, kind: "HEART" }, { token: fan(show).token });
    let applause = 0;
    let heart = 0;
    let events = 0;
    while (applause + heart < 6) {
      const event = (await watcher.next())?.data?.chatEvents;
      if (event?.kind !== "REACTIONS") continue;
      events++;
      applause += event.reactions?.applause ?? 0;
      heart += event.reactions?.heart ?? 0;
    }
    expect({ applause, heart }).toEqual({ applause: 5, heart: 1 });
    expect(events).toBeLessThan(6);
    await watcher.close();

    await flushHub(show.id);
    const timeline = await executeOk(Timeline, { id: show.id }, { token: show.organizer.token });
    expect(timeline.performance?.reactionTimeline).toEqual([{ offsetSeconds: 0, applause: 5, heart: 1, total: 6 }]);
    const byFan = await execute(Timeline, { id: show.id }, { token: fan(show).token });
    expect(byFan.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("counts a few reactions a second from one fan and refuses the flood", async () => {
    const show = await liveShow(1);
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        executeOk(React, { performanceId: show.id, kind: "FIRE" }, { token: fan(show).token }),
      ),
    );
    const counted = results.filter((result) => result.sendReaction.__typename === "SendReactionPayload").length;
    expect(counted).toBeGreaterThanOrEqual(3);
    expect(results.some((result) => result.sendReaction.__typename === "RateLimitedError")).toBe(true);
  });

  it("is refused to signed-out visitors, unregistered fans and outside the show", async () => {
    const show = await liveShow(1, "SCHEDULED");
    const stranger = await viewer();
    const anonymous = await executeOk(React, { performanceId: show.id, kind: "WOW" }, {});
    expect(anonymous.sendReaction.__typename).toBe("UnauthenticatedError");
    const unregistered = await executeOk(React, { performanceId: show.id, kind: "WOW" }, { token: stranger.token });
    expect(unregistered.sendReaction.__typename).toBe("ForbiddenError");
    const early = await executeOk(React, { performanceId: show.id, kind: "WOW" }, { token: fan(show).token });
    expect(early.sendReaction).toMatchObject({ __typename: "ChatUnavailableError", reason: "NOT_LIVE" });
    const bad = await execute(React, { performanceId: show.id, kind: "BOO" as never }, { token: fan(show).token });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("chat and personal data", { timeout: 30_000 }, () => {
  it("deletes a fan's messages and chat standing with their account", async () => {
    const show = await liveShow(1);
    await posted(show, fan(show), "remember me");
    await executeOk(Mute, { performanceId: show.id, viewerId: fan(show).user.id }, { token: show.organizer.token });
    await flushHub(show.id);
    expect(await anonymiseUser(db(), fan(show).user.id, new Date().toISOString())).toBe("anonymised");
    const left = await db().selectFrom("chat_messages").select("id").where("user_id", "=", fan(show).user.id).execute();
    const mutes = await db()
      .selectFrom("chat_mutes")
      .select("user_id")
      .where("user_id", "=", fan(show).user.id)
      .execute();
    expect({ left, mutes }).toEqual({ left: [], mutes: [] });
  });
});
