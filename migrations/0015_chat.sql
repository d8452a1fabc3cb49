-- Live chat of a show. Messages are written by the show's PerformanceHub in batches (never one
-- write per message); seq is the order the hub gave them, the same for every viewer.
CREATE TABLE chat_messages (
  id TEXT PRIMARY KEY,
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  author_name TEXT NOT NULL,
  author_role TEXT NOT NULL CHECK (author_role IN ('ORGANIZER', 'MODERATOR', 'FAN')),
  body TEXT NOT NULL,
  posted_at TEXT NOT NULL,
  -- Seconds from the show's start, where the replay shows it
  offset_seconds REAL NOT NULL,
  removed_at TEXT,
  removed_by TEXT,
  UNIQUE (performance_id, seq)
);
CREATE INDEX chat_messages_by_user ON chat_messages (user_id);
CREATE INDEX chat_messages_by_posted_at ON chat_messages (posted_at);

-- Slow mode and closing, per show; no row: open, no slow mode.
CREATE TABLE chat_settings (
  performance_id TEXT PRIMARY KEY REFERENCES performances (id) ON DELETE CASCADE,
  slow_mode_seconds INTEGER NOT NULL DEFAULT 0,
  closed_at TEXT,
  updated_at TEXT NOT NULL
);

-- Fans who may not write in one show's chat.
CREATE TABLE chat_mutes (
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  muted_by TEXT NOT NULL,
  muted_at TEXT NOT NULL,
  PRIMARY KEY (performance_id, user_id)
);

-- Fans who may not write in any show's chat.
CREATE TABLE chat_bans (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  banned_by TEXT NOT NULL,
  banned_at TEXT NOT NULL
);

-- Fans an organizer made moderators of one show's chat.
CREATE TABLE chat_moderators (
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (performance_id, user_id)
);

-- Reactions counted per second of the show (anonymous sums, kept like analytics summaries).
CREATE TABLE reaction_seconds (
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  offset_second INTEGER NOT NULL,
  applause INTEGER NOT NULL DEFAULT 0,
  fire INTEGER NOT NULL DEFAULT 0,
  heart INTEGER NOT NULL DEFAULT 0,
  wow INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (performance_id, offset_second)
);
