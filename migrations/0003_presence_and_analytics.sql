-- Viewing sessions reported by players (live and replay), flushed in batches by each
-- performance's Durable Object; the analytics are computed from them.
CREATE TABLE viewer_sessions (
  id TEXT PRIMARY KEY,
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  mode TEXT NOT NULL CHECK (mode IN ('LIVE', 'REPLAY')),
  -- ISO 3166-1 alpha-2 from the request's cf.country; NULL when unknown
  country TEXT,
  started_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  watched_seconds INTEGER NOT NULL DEFAULT 0,
  max_position_seconds REAL NOT NULL DEFAULT 0
);
CREATE INDEX viewer_sessions_by_performance ON viewer_sessions (performance_id, user_id);

-- Concurrent viewers over time, one sample per flush while anyone watches live.
CREATE TABLE viewer_count_samples (
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  viewers INTEGER NOT NULL,
  PRIMARY KEY (performance_id, at)
);

-- The summary adds the registration funnel.
ALTER TABLE performance_analytics ADD COLUMN registered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE performance_analytics ADD COLUMN watched_live INTEGER NOT NULL DEFAULT 0;
ALTER TABLE performance_analytics ADD COLUMN watched_replay INTEGER NOT NULL DEFAULT 0;
ALTER TABLE performance_analytics ADD COLUMN no_show INTEGER NOT NULL DEFAULT 0;
