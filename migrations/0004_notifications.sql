-- Reminders and alerts to registered viewers. One row per message to send; the unique index
-- makes every planning step idempotent (a cron that runs twice plans nothing twice).
CREATE TABLE notification_deliveries (
  id TEXT PRIMARY KEY,
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('REMINDER', 'LIVE', 'CANCELLED', 'RESCHEDULED')),
  channel TEXT NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  -- what the message is about: the show's scheduled time for reminders and reschedules, so a
  -- show moved to another time gets its reminder again
  occasion TEXT NOT NULL DEFAULT '',
  -- QUEUED -> SENDING (claimed by one consumer) -> SENT, or back to QUEUED to retry, or FAILED
  status TEXT NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- when a consumer last claimed it (SENDING); one that holds it too long has died
  claimed_at TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE UNIQUE INDEX notification_deliveries_once
  ON notification_deliveries (performance_id, user_id, kind, channel, occasion);
CREATE INDEX notification_deliveries_by_user ON notification_deliveries (user_id, created_at);
CREATE INDEX notification_deliveries_by_status ON notification_deliveries (status, created_at);

-- Messages "sent" by the outbox provider (local development and tests): readable, not sent.
CREATE TABLE outbox_messages (
  id TEXT PRIMARY KEY,
  delivery_id TEXT REFERENCES notification_deliveries (id) ON DELETE SET NULL,
  channel TEXT NOT NULL,
  recipient TEXT NOT NULL,
  subject TEXT,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
