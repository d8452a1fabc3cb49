-- The daily retention job (api/src/security/retention.ts) finds old rows by these times.
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE INDEX viewer_sessions_by_last_seen ON viewer_sessions (last_seen_at);
CREATE INDEX outbox_messages_by_creation ON outbox_messages (created_at);
CREATE INDEX processed_webhook_events_by_receipt ON processed_webhook_events (received_at);
