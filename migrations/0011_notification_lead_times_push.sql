-- Reminder lead times (a set per fan, default 24 hours and 1 hour), the fan's time zone, the
-- running-late notice, opt-outs by one click (email) or STOP (SMS), and Web Push.
ALTER TABLE notification_settings ADD COLUMN reminder_lead_minutes TEXT NOT NULL DEFAULT '[1440,60]';
ALTER TABLE notification_settings ADD COLUMN time_zone TEXT;
ALTER TABLE notification_settings ADD COLUMN running_late INTEGER NOT NULL DEFAULT 1;
ALTER TABLE notification_settings ADD COLUMN email_unsubscribed_at TEXT;
ALTER TABLE notification_settings ADD COLUMN sms_stopped_at TEXT;
-- 60 was the only default there was; any other value was a fan's own choice and is kept.
UPDATE notification_settings
  SET reminder_lead_minutes = CASE reminder_minutes_before WHEN 60 THEN '[1440,60]' ELSE json_array(reminder_minutes_before) END;

-- One row per browser (device) a fan allowed to show notifications.
CREATE TABLE push_subscriptions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  endpoint TEXT NOT NULL UNIQUE,
  p256dh TEXT NOT NULL,
  auth TEXT NOT NULL,
  -- what the fan sees in the list, e.g. "Chrome on Linux"
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used_at TEXT
);
CREATE INDEX push_subscriptions_by_user ON push_subscriptions (user_id, created_at);

-- Shows that did not go live 10 minutes after their time, noticed once per scheduled time.
CREATE TABLE performance_running_late (
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  scheduled_time TEXT NOT NULL,
  noticed_at TEXT NOT NULL,
  PRIMARY KEY (performance_id, scheduled_time)
);

-- Deliveries are rebuilt: the PUSH channel, a reminder's lead time in the once-key, the planned
-- time, and PLANNED (waiting for its time) / SKIPPED (its show started first) statuses. Kinds
-- are checked by the code, so a new kind needs no rebuild. outbox_messages refers to the table,
-- so it is set aside while the old table goes (a DROP would null its delivery_id links).
CREATE TABLE notification_deliveries_next (
  id TEXT PRIMARY KEY,
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'PUSH')),
  occasion TEXT NOT NULL DEFAULT '',
  -- reminders: minutes before the show; 0 for every other kind
  lead_minutes INTEGER NOT NULL DEFAULT 0,
  -- when it is due to go out
  send_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'QUEUED'
    CHECK (status IN ('PLANNED', 'QUEUED', 'SENDING', 'SENT', 'FAILED', 'SKIPPED')),
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_at TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
INSERT INTO notification_deliveries_next
  (id, performance_id, user_id, kind, channel, occasion, lead_minutes, send_at, status, attempts, claimed_at,
   last_error, created_at, sent_at)
  SELECT id, performance_id, user_id, kind, channel, occasion, 0, created_at, status, attempts, claimed_at,
    last_error, created_at, sent_at
  FROM notification_deliveries;
CREATE TABLE outbox_messages_kept AS SELECT * FROM outbox_messages;
DROP TABLE outbox_messages;
DROP TABLE notification_deliveries;
ALTER TABLE notification_deliveries_next RENAME TO notification_deliveries;
CREATE UNIQUE INDEX notification_deliveries_once
  ON notification_deliveries (performance_id, user_id, kind, channel, occasion, lead_minutes);
CREATE INDEX notification_deliveries_by_user ON notification_deliveries (user_id, created_at);
CREATE INDEX notification_deliveries_by_status ON notification_deliveries (status, send_at);

CREATE TABLE outbox_messages (
  id TEXT PRIMARY KEY,
  delivery_id TEXT REFERENCES notification_deliveries (id) ON DELETE SET NULL,
  channel TEXT NOT NULL,
  recipient TEXT NOT NULL,
  subject TEXT,
  body TEXT NOT NULL,
  -- the HTML alternative of an email, as sent
  html TEXT,
  -- the message's headers as sent (JSON), e.g. List-Unsubscribe
  headers TEXT,
  created_at TEXT NOT NULL
);
INSERT INTO outbox_messages (id, delivery_id, channel, recipient, subject, body, created_at)
  SELECT id, delivery_id, channel, recipient, subject, body, created_at FROM outbox_messages_kept;
DROP TABLE outbox_messages_kept;
CREATE INDEX outbox_messages_by_creation ON outbox_messages (created_at);
