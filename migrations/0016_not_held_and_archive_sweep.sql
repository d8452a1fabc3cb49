-- Show day and after, the loose ends.
--
-- 1. A show that went live but whose feed never came is marked not held once its slot has
--    passed (the minutely sweep): the organizers get a NOT_HELD alert. SQLite cannot change a
--    CHECK constraint, so organizer_alerts is rebuilt with the new kind (nothing references it).
CREATE TABLE organizer_alerts_next (
  id TEXT PRIMARY KEY,
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('FEED_DROPPED', 'NO_FEED', 'NOT_HELD')),
  -- what the alert is about: when the feed dropped, the scheduled time that passed without one,
  -- or the end of the slot that passed without one
  occasion TEXT NOT NULL,
  created_at TEXT NOT NULL,
  -- when every organizer was emailed; null until then (the minutely cron tries again)
  emailed_at TEXT,
  email_attempts INTEGER NOT NULL DEFAULT 0,
  -- when a sender last took the email on; another takes it over only a minute later
  email_claimed_at TEXT,
  last_error TEXT
);
INSERT INTO organizer_alerts_next SELECT * FROM organizer_alerts;
DROP TABLE organizer_alerts;
ALTER TABLE organizer_alerts_next RENAME TO organizer_alerts;
CREATE UNIQUE INDEX organizer_alerts_once ON organizer_alerts (performance_id, kind, occasion);
CREATE INDEX organizer_alerts_unsent ON organizer_alerts (emailed_at, created_at);

-- 2. An archive whose queue message was lost (dropped after its retries, or never sent) is put
--    back on the queue by the sweep; a FAILED one is given a fresh set of attempts a few times,
--    a day apart, while Stream still has the recording. `revivals` counts those fresh starts.
ALTER TABLE recording_archives ADD COLUMN revivals INTEGER NOT NULL DEFAULT 0;
CREATE INDEX recording_archives_stale ON recording_archives (status, updated_at);
