-- A show's recordings, in the order they were made. Stream starts a new recording when the feed
-- stays away longer than the live input's recording timeout, so a show with an intermission can
-- have several; its replay plays them one after another. A recording that failed processing is
-- kept too (state FAILED), so nothing Stream reported is lost.
CREATE TABLE performance_recordings (
  video_id TEXT PRIMARY KEY,
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  state TEXT NOT NULL CHECK (state IN ('READY', 'FAILED')),
  -- when Stream began the recording (the video's created time): the replay's order
  recorded_at TEXT NOT NULL,
  duration_seconds REAL NOT NULL DEFAULT 0,
  -- JSON list of the renditions' heights, highest first, e.g. [720, 360]
  renditions TEXT NOT NULL DEFAULT '[]',
  error_code TEXT,
  reported_at TEXT NOT NULL
);
CREATE INDEX performance_recordings_by_show ON performance_recordings (performance_id, recorded_at);

INSERT INTO performance_recordings (video_id, performance_id, state, recorded_at, duration_seconds, reported_at)
SELECT recording_video_id, id, 'READY', coalesce(started_at, recording_ready_at, updated_at),
       coalesce(recording_duration_seconds, 0), coalesce(recording_ready_at, updated_at)
FROM performances WHERE recording_video_id IS NOT NULL;

-- Hours the replay stays open after the show ends (0: no replay); NULL follows the site default.
ALTER TABLE performances ADD COLUMN replay_window_hours INTEGER;
ALTER TABLE performance_series ADD COLUMN replay_window_hours INTEGER;
-- When every recording of the ended show was ready (or failed): the replay is complete.
ALTER TABLE performances ADD COLUMN replay_ready_at TEXT;
UPDATE performances SET replay_ready_at = recording_ready_at WHERE status = 'ENDED' AND recording_ready_at IS NOT NULL;
CREATE INDEX performances_open_replays ON performances (status, replay_ready_at);

-- A new notification kind, "Replay ready": SQLite cannot change a CHECK, so the table is rebuilt.
-- The outbox's links to deliveries are kept across the rebuild.
CREATE TABLE outbox_delivery_links AS SELECT id, delivery_id FROM outbox_messages WHERE delivery_id IS NOT NULL;
CREATE TABLE notification_deliveries_new (
  id TEXT PRIMARY KEY,
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('REMINDER', 'LIVE', 'CANCELLED', 'RESCHEDULED', 'REPLAY_READY')),
  channel TEXT NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  occasion TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_at TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
INSERT INTO notification_deliveries_new SELECT * FROM notification_deliveries;
DROP TABLE notification_deliveries;
ALTER TABLE notification_deliveries_new RENAME TO notification_deliveries;
CREATE UNIQUE INDEX notification_deliveries_once
  ON notification_deliveries (performance_id, user_id, kind, channel, occasion);
CREATE INDEX notification_deliveries_by_user ON notification_deliveries (user_id, created_at);
CREATE INDEX notification_deliveries_by_status ON notification_deliveries (status, created_at);
UPDATE outbox_messages SET delivery_id = (SELECT delivery_id FROM outbox_delivery_links l WHERE l.id = outbox_messages.id)
WHERE id IN (SELECT id FROM outbox_delivery_links);
DROP TABLE outbox_delivery_links;
