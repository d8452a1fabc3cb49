-- When the retention job deleted a show's raw viewing sessions: from then on its stored summary
-- is the record of who watched, and nothing may recompute it from what is left.
ALTER TABLE performance_analytics ADD COLUMN sessions_purged_at TEXT;
