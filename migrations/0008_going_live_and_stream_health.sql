-- A show an organizer has taken live before its feed connected is GOING_LIVE ("no signal yet").
-- SQLite cannot change a CHECK constraint in place, and rebuilding performances would cascade-
-- delete every row that references it (D1 runs migrations with foreign keys on), so the status
-- column is replaced by a new one with the wider CHECK instead.
ALTER TABLE performances ADD COLUMN status_next TEXT NOT NULL DEFAULT 'SCHEDULED'
  CHECK (status_next IN ('SCHEDULED', 'GOING_LIVE', 'LIVE', 'INTERRUPTED', 'ENDED', 'CANCELLED'));
UPDATE performances SET status_next = status;
ALTER TABLE performances DROP COLUMN status;
ALTER TABLE performances RENAME COLUMN status_next TO status;

-- Every live_input.errored event Stream reported for a show's live input, so the organizer can
-- be told what to change in OBS.
CREATE TABLE live_input_errors (
  id TEXT PRIMARY KEY,
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  live_input_id TEXT NOT NULL,
  -- Cloudflare's code, e.g. ERR_GOP_OUT_OF_RANGE
  code TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  -- the event's time (data.updated_at)
  occurred_at TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX live_input_errors_by_performance ON live_input_errors (performance_id, occurred_at);

-- Alerts to organizers about a show's feed: it dropped during the show, or it had not connected
-- five minutes after the scheduled time. The unique index makes raising one idempotent.
CREATE TABLE organizer_alerts (
  id TEXT PRIMARY KEY,
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('FEED_DROPPED', 'NO_FEED')),
  -- what the alert is about: when the feed dropped, or the scheduled time that passed without one
  occasion TEXT NOT NULL,
  created_at TEXT NOT NULL,
  -- when every organizer was emailed; null until then (the minutely cron tries again)
  emailed_at TEXT,
  email_attempts INTEGER NOT NULL DEFAULT 0,
  -- when a sender last took the email on; another takes it over only a minute later
  email_claimed_at TEXT,
  last_error TEXT
);
CREATE UNIQUE INDEX organizer_alerts_once ON organizer_alerts (performance_id, kind, occasion);
CREATE INDEX organizer_alerts_unsent ON organizer_alerts (emailed_at, created_at);
