-- Live broadcasting: when the live input last reported, and the webhook deliveries already
-- handled (Cloudflare retries, and may deliver out of order).

-- Time of the latest live input event applied to the show; older events are ignored.
ALTER TABLE performances ADD COLUMN live_status_updated_at TEXT;
-- When the feed dropped (status INTERRUPTED), for the sweep that ends shows whose feed never returned.
ALTER TABLE performances ADD COLUMN interrupted_at TEXT;
-- The recording's length and when it became playable.
ALTER TABLE performances ADD COLUMN recording_duration_seconds REAL;
ALTER TABLE performances ADD COLUMN recording_ready_at TEXT;

CREATE TABLE processed_webhook_events (
  -- a stable key per delivery: "<source>:<object id>:<event>:<event time>"
  id TEXT PRIMARY KEY,
  received_at TEXT NOT NULL
);
