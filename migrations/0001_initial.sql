-- FireStream's first schema. Times are ISO 8601 UTC strings ("2026-12-04T02:00:00.000Z"),
-- which sort correctly as text. Frozen once landed: change the schema in a new migration.

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL COLLATE NOCASE UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'VIEWER' CHECK (role IN ('VIEWER', 'ORGANIZER')),
  -- NULL for accounts that sign in only through an external identity provider or were imported.
  password_hash TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One row per signed-in device; a token is valid only while its session is not revoked.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Accounts of an existing identity provider (trusted through its JWKS), mapped on first sight.
CREATE TABLE external_identities (
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (issuer, subject)
);

-- A weekly series: every week on `weekday` at `local_time` in `time_zone`, so a weekly 8 pm show
-- stays at 8 pm local time across daylight-saving changes. Occurrences are materialised as
-- performances up to a rolling horizon (`materialized_until`), extended daily by the cron trigger.
-- title..thumbnail_key are the template for occurrences not yet materialised.
CREATE TABLE performance_series (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
  thumbnail_key TEXT,
  time_zone TEXT NOT NULL,
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  local_time TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  -- local date of the last occurrence; NULL while the series runs on
  ends_on TEXT,
  materialized_until TEXT NOT NULL,
  created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE performances (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  scheduled_time TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
  status TEXT NOT NULL DEFAULT 'SCHEDULED'
    CHECK (status IN ('SCHEDULED', 'LIVE', 'INTERRUPTED', 'ENDED', 'CANCELLED')),
  -- R2 key of the thumbnail image
  thumbnail_key TEXT,
  series_id TEXT REFERENCES performance_series (id) ON DELETE SET NULL,
  -- the series slot (local date) this occurrence fills, even if it was moved on its own
  occurrence_date TEXT,
  -- Cloudflare Stream live input and the recording it produced
  live_input_id TEXT UNIQUE,
  recording_video_id TEXT,
  started_at TEXT,
  ended_at TEXT,
  cancelled_at TEXT,
  created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  end_time TEXT GENERATED ALWAYS AS (
    strftime('%Y-%m-%dT%H:%M:%fZ', scheduled_time, '+' || duration_minutes || ' minutes')
  ) VIRTUAL
);
-- The calendar's range query: WHERE scheduled_time BETWEEN ? AND ? ORDER BY scheduled_time, id
CREATE INDEX performances_by_time ON performances (scheduled_time, id);
CREATE UNIQUE INDEX performances_by_series ON performances (series_id, occurrence_date);

CREATE TABLE performance_viewers (
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- JSON: {"email": true, "sms": false, "browser": false}
  notification_preferences TEXT NOT NULL DEFAULT '{"email":true,"sms":false,"browser":false}',
  registered_at TEXT NOT NULL,
  PRIMARY KEY (performance_id, user_id)
);
CREATE INDEX performance_viewers_by_user ON performance_viewers (user_id, performance_id);

-- Per-show summary, written when a show ends and recomputable from viewing sessions.
CREATE TABLE performance_analytics (
  performance_id TEXT PRIMARY KEY REFERENCES performances (id) ON DELETE CASCADE,
  peak_concurrent_viewers INTEGER NOT NULL DEFAULT 0,
  total_views INTEGER NOT NULL DEFAULT 0,
  unique_viewers INTEGER NOT NULL DEFAULT 0,
  average_watch_seconds INTEGER NOT NULL DEFAULT 0,
  computed_at TEXT NOT NULL
);

-- A viewer's defaults for new registrations and how to reach them.
CREATE TABLE notification_settings (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  email INTEGER NOT NULL DEFAULT 1,
  sms INTEGER NOT NULL DEFAULT 0,
  browser INTEGER NOT NULL DEFAULT 0,
  phone_number TEXT,
  reminder_minutes_before INTEGER NOT NULL DEFAULT 60,
  updated_at TEXT NOT NULL
);
