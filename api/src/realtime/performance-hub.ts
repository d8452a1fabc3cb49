import { DurableObject } from "cloudflare:workers";
import type { ChatCommand, ChatReply } from "../chat/chat-events";
import { ChatRoom } from "../chat/chat-room";
import { insertViewerCountSample, upsertViewerSessions } from "../analytics/analytics.repository";
import { Database } from "../db/database";
import type { ViewingMode } from "../db/tables";
import {
  HUB_TOPICS,
  type Heartbeat,
  type HeartbeatVerdict,
  type HubMessages,
  type HubTopic,
  type ViewerCount,
} from "./hub-messages";

/** A viewer stops counting as live this long after their last heartbeat. */
const PRESENCE_TIMEOUT_MS = 35_000;
/** Heartbeats closer together than this are floods and are dropped. */
const MIN_HEARTBEAT_INTERVAL_MS = 5_000;
/** Watch time credited for one heartbeat interval at most (a paused tab earns nothing). */
const MAX_CREDIT_SECONDS = 30;
/** Sessions one viewer may have playing at once; a session that went quiet frees its slot. */
const MAX_SESSIONS_PER_VIEWER = 5;
/** Live viewer counts are pushed at most this often. */
const PUSH_INTERVAL_MS = 2_000;
/** Sessions are written to D1 in one batch this often. */
const FLUSH_INTERVAL_MS = 15_000;

interface SessionRow extends Record<string, SqlStorageValue> {
  id: string;
  user_id: string;
  mode: ViewingMode;
  country: string | null;
  started_at: number;
  last_seen_at: number;
  watched_seconds: number;
  max_position: number;
  /** 1 when the session's latest heartbeat said it was playing */
  playing: number;
}

/**
 * One per performance (named by its id), plus one named "schedule" for the calendar.
 *
 * Fan-out: subscribers are the Worker requests serving SSE; each holds a WebSocket to this
 * object, tagged with its topic, accepted through the hibernation API so an idle hub costs
 * nothing. Publishing sends every socket of the topic the same message, in order, from one
 * single-threaded object, so every subscriber on every isolate hears every event once and in order.
 *
 * Presence: players' heartbeats land here. Sessions live in this object's SQLite storage (so an
 * eviction loses nothing); the live count is pushed on change (throttled), and sessions are
 * flushed to D1 in one batch every 15 s, never one write per heartbeat.
 */
export class PerformanceHub extends DurableObject<Env> {
  #lastPushedViewers = -1;
  #lastPushAt = 0;
  #peakSinceSample = 0;
  readonly #chat: ChatRoom;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#chat = new ChatRoom(ctx.storage.sql, (event) => this.publish("chat", event));
    ctx.blockConcurrencyWhile(async () => {
      ctx.storage.sql.exec(`CREATE TABLE IF NOT EXISTS sessions (
        id TEXT PRIMARY KEY, user_id TEXT NOT NULL, mode TEXT NOT NULL, country TEXT,
        started_at INTEGER NOT NULL, last_seen_at INTEGER NOT NULL,
        watched_seconds REAL NOT NULL DEFAULT 0, max_position REAL NOT NULL DEFAULT 0,
        dirty INTEGER NOT NULL DEFAULT 1, playing INTEGER NOT NULL DEFAULT 1)`);
      // Hubs created before sessions remembered whether they were playing.
      const columns = ctx.storage.sql.exec<{ name: string }>("PRAGMA table_info(sessions)").toArray();
      if (!columns.some((column) => column.name === "playing"))
        ctx.storage.sql.exec("ALTER TABLE sessions ADD COLUMN playing INTEGER NOT NULL DEFAULT 1");
      ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    });
  }

  /** A subscriber's WebSocket: GET /<topic> with Upgrade: websocket. */
  override async fetch(request: Request): Promise<Response> {
    const topic = new URL(request.url).pathname.slice(1) as HubTopic;
    if (!HUB_TOPICS.includes(topic) || request.headers.get("upgrade") !== "websocket") {
      return new Response("expected a WebSocket upgrade to /status, /viewers, /schedule or /chat", { status: 400 });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server, [topic]);
    // A new viewers subscriber hears the current count at once.
    if (topic === "viewers") server.send(JSON.stringify(this.#viewerCount(Date.now())));
    return new Response(null, { status: 101, webSocket: client });
  }

  /** Sends `message` to every subscriber of `topic`; returns how many there were. */
  publish<T extends HubTopic>(topic: T, message: HubMessages[T]): number {
    const text = JSON.stringify(message);
    const sockets = this.ctx.getWebSockets(topic);
    for (const socket of sockets) {
      try {
        socket.send(text);
      } catch {
        // a socket that closed meanwhile: webSocketClose cleans it up
      }
    }
    // A status change also closes or opens the chat's write controls.
    if (topic === "status") {
      const { performance, at } = message as HubMessages["status"];
      this.publish("chat", { type: "STATUS_CHANGED", status: performance.status, at });
    }
    return sockets.length;
  }

  /** The show's chat and reactions (chat/chat-room.ts). */
  async chat(performanceId: string, command: ChatCommand): Promise<ChatReply> {
    if (this.#recall("performanceId") !== performanceId) this.#remember("performanceId", performanceId);
    const reply = this.#chat.handle(command, performanceId);
    if (reply.type === "posted" || reply.type === "reacted" || reply.type === "removed") await this.#ensureAlarm();
    return reply;
  }

  async heartbeat(beat: Heartbeat): Promise<HeartbeatVerdict> {
    const now = Date.now();
    const sql = this.ctx.storage.sql;
    if (this.#recall("performanceId") !== beat.performanceId) this.#remember("performanceId", beat.performanceId);
    const existing = sql.exec<SessionRow>("SELECT * FROM sessions WHERE id = ?", beat.sessionId).toArray()[0];
    if (existing && existing.user_id !== beat.userId) return "session-of-another-viewer";
    // A pause or a resume is told at once (it closes or opens the time credited); only repeats
    // of the same state are floods when too close together.
    const changesState = existing !== undefined && Boolean(existing.playing) !== beat.playing;
    if (existing && !changesState && now - existing.last_seen_at < MIN_HEARTBEAT_INTERVAL_MS) return "too-frequent";
    if (!Number.isFinite(beat.positionSeconds) || beat.positionSeconds < 0) return "impossible-position";
    if (beat.durationSeconds !== null && beat.positionSeconds > beat.durationSeconds + 5) return "impossible-position";
    const quiet = (lastSeenAt: number) => now - lastSeenAt >= PRESENCE_TIMEOUT_MS;
    // A new session, or one back from quiet, takes a slot among the viewer's active sessions.
    if (!existing || quiet(existing.last_seen_at)) {
      const { count } = sql
        .exec<{ count: number }>(
          "SELECT count(*) AS count FROM sessions WHERE user_id = ? AND id != ? AND last_seen_at > ?",
          beat.userId,
          beat.sessionId,
          now - PRESENCE_TIMEOUT_MS,
        )
        .one();
      if (count >= MAX_SESSIONS_PER_VIEWER) return "too-many-sessions";
    }
    if (!existing) {
      sql.exec(
        "INSERT INTO sessions (id, user_id, mode, country, started_at, last_seen_at, max_position, playing) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        beat.sessionId,
        beat.userId,
        beat.mode,
        beat.country,
        now,
        now,
        beat.positionSeconds,
        Number(beat.playing),
      );
    } else {
      sql.exec(
        `UPDATE sessions SET last_seen_at = ?, watched_seconds = watched_seconds + ?,
         max_position = max(max_position, ?), playing = ?, dirty = 1 WHERE id = ?`,
        now,
        this.#credit(existing, beat.mode, now),
        beat.positionSeconds,
        Number(beat.playing),
        beat.sessionId,
      );
    }
    this.#pushViewerCount(now);
    await this.#ensureAlarm();
    return "accepted";
  }

  /**
   * Seconds of watching since a session's previous heartbeat: the time since then if that
   * heartbeat said it was playing (the state holds until the next heartbeat tells otherwise), none
   * after a pause or a stall, nor across a silence the session went quiet in; live watching stops
   * when the show ended.
   */
  #credit(session: SessionRow, mode: ViewingMode, now: number): number {
    if (!session.playing || now - session.last_seen_at >= PRESENCE_TIMEOUT_MS) return 0;
    const liveEndedAt = Number(this.#recall("liveEndedAt") ?? Number.POSITIVE_INFINITY);
    const until = mode === "LIVE" ? Math.min(now, liveEndedAt) : now;
    return Math.min(Math.max(0, until - session.last_seen_at) / 1000, MAX_CREDIT_SECONDS);
  }

  /**
   * The show ended: live sessions still playing (their latest heartbeat said so and they had not
   * gone quiet) watched up to the end, which their next heartbeat, coming after it, can no longer
   * tell; then every session goes to D1, before the show's analytics are computed.
   */
  async liveEnded(endedAt: string): Promise<void> {
    const end = Date.parse(endedAt);
    if (!Number.isFinite(end)) throw new Error(`liveEnded: not an instant: ${endedAt}`);
    this.#remember("liveEndedAt", String(end));
    this.ctx.storage.sql.exec(
      `UPDATE sessions SET watched_seconds = watched_seconds + min((? - last_seen_at) / 1000.0, ?),
       last_seen_at = ?, playing = 0, dirty = 1
       WHERE mode = 'LIVE' AND playing = 1 AND last_seen_at < ? AND last_seen_at > ?`,
      end,
      MAX_CREDIT_SECONDS,
      end,
      end,
      end - PRESENCE_TIMEOUT_MS,
    );
    await this.flush();
  }

  /** Writes pending sessions to D1 now (e.g. when the show ends, before analytics are computed). */
  async flush(): Promise<void> {
    const performanceId = this.#recall("performanceId");
    if (!performanceId) return;
    const sql = this.ctx.storage.sql;
    // dirty: 1 = changed since the last flush, 2 = being flushed. A heartbeat arriving during
    // the D1 write sets 1 again, so its change goes out with the next flush.
    const dirty = sql.exec<SessionRow>("SELECT * FROM sessions WHERE dirty = 1").toArray();
    sql.exec("UPDATE sessions SET dirty = 2 WHERE dirty = 1");
    const db = new Database(this.env.DB);
    await this.#chat.flush(db, performanceId);
    if (dirty.length > 0) {
      try {
        await upsertViewerSessions(
          db,
          dirty.map((session) => ({
            id: session.id,
            performance_id: performanceId,
            user_id: session.user_id,
            mode: session.mode,
            country: session.country,
            started_at: new Date(session.started_at).toISOString(),
            last_seen_at: new Date(session.last_seen_at).toISOString(),
            watched_seconds: Math.round(session.watched_seconds),
            max_position_seconds: session.max_position,
          })),
        );
      } catch (error) {
        sql.exec("UPDATE sessions SET dirty = 1 WHERE dirty = 2");
        throw error;
      }
      sql.exec("UPDATE sessions SET dirty = 0 WHERE dirty = 2");
      console.log(`hub ${performanceId}: flushed ${dirty.length} sessions to D1 in one batch`);
    }
    if (this.#peakSinceSample > 0) {
      await insertViewerCountSample(db, {
        performanceId,
        at: new Date().toISOString(),
        viewers: this.#peakSinceSample,
      });
      this.#peakSinceSample = this.#viewerCount(Date.now()).viewers;
    }
    this.#remember("lastFlushAt", String(Date.now()));
  }

  override async alarm(): Promise<void> {
    const now = Date.now();
    this.#pushViewerCount(now, true);
    if (now - Number(this.#recall("lastFlushAt") ?? 0) >= FLUSH_INTERVAL_MS) await this.flush();
    else if (this.#chat.hasPending())
      await this.#chat.flush(new Database(this.env.DB), this.#recall("performanceId") ?? "");
    const active = this.#viewerCount(now).viewers > 0;
    const pending =
      this.ctx.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM sessions WHERE dirty > 0").one().n > 0;
    if (active || pending || this.#chat.hasPending()) await this.ctx.storage.setAlarm(now + PUSH_INTERVAL_MS * 2.5);
  }

  override async webSocketClose(socket: WebSocket, code: number, reason: string): Promise<void> {
    socket.close(code === 1005 ? 1000 : code, reason);
  }

  #viewerCount(now: number): ViewerCount {
    const { viewers } = this.ctx.storage.sql
      .exec<{ viewers: number }>(
        "SELECT count(DISTINCT user_id) AS viewers FROM sessions WHERE mode = 'LIVE' AND last_seen_at > ?",
        now - PRESENCE_TIMEOUT_MS,
      )
      .one();
    const peak = Math.max(viewers, Number(this.#recall("peak") ?? 0));
    if (peak > Number(this.#recall("peak") ?? 0)) this.#remember("peak", String(peak));
    this.#peakSinceSample = Math.max(this.#peakSinceSample, viewers);
    return { performanceId: this.#recall("performanceId") ?? "", viewers, peak, at: new Date(now).toISOString() };
  }

  /** Pushes the live count when it changed, at most every PUSH_INTERVAL_MS (the alarm sends what waited). */
  #pushViewerCount(now: number, fromAlarm = false): void {
    const count = this.#viewerCount(now);
    if (count.viewers === this.#lastPushedViewers) return;
    if (!fromAlarm && now - this.#lastPushAt < PUSH_INTERVAL_MS) return;
    this.#lastPushedViewers = count.viewers;
    this.#lastPushAt = now;
    this.publish("viewers", count);
  }

  async #ensureAlarm(): Promise<void> {
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + PUSH_INTERVAL_MS);
  }

  #remember(key: string, value: string): void {
    this.ctx.storage.sql.exec(
      "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      key,
      value,
    );
  }

  #recall(key: string): string | undefined {
    return this.ctx.storage.sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = ?", key).toArray()[0]
      ?.value;
  }
}
