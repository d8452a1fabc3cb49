-- Emailed links that act once: a password reset, a sign-in link, the confirmation of a new email
-- address. The link carries a signed token naming its row; using it sets used_at, so a second use
-- (or a race of two) finds nothing to claim.
CREATE TABLE account_links (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'SIGN_IN', 'EMAIL_CHANGE')),
  -- the address the link was sent to: the account's own, or the new one of an email change
  email TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX account_links_by_user ON account_links (user_id, purpose, created_at);

-- A fan registered for a whole weekly series. Every occurrence gets its own registration row in
-- performance_viewers (reminders, playback and counts read those); occurrences written later
-- inherit it through the trigger below, whichever code path writes them.
CREATE TABLE series_registrations (
  series_id TEXT NOT NULL REFERENCES performance_series (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  notification_preferences TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  PRIMARY KEY (series_id, user_id)
);
CREATE INDEX series_registrations_by_user ON series_registrations (user_id);

CREATE TRIGGER occurrences_inherit_series_registrations
AFTER INSERT ON performances
WHEN NEW.series_id IS NOT NULL AND NEW.status = 'SCHEDULED'
BEGIN
  INSERT INTO performance_viewers (performance_id, user_id, notification_preferences, registered_at)
  SELECT NEW.id, user_id, notification_preferences, NEW.created_at
  FROM series_registrations
  WHERE series_id = NEW.series_id
  ON CONFLICT (performance_id, user_id) DO NOTHING;
END;

-- Editing "this and following" may split a series: the later shows move to a new series, and
-- their fans' series registrations go with them.
CREATE TRIGGER series_registrations_follow_split
AFTER UPDATE OF series_id ON performances
WHEN OLD.series_id IS NOT NULL AND NEW.series_id IS NOT NULL AND NEW.series_id != OLD.series_id
BEGIN
  INSERT INTO series_registrations (series_id, user_id, notification_preferences, registered_at)
  SELECT NEW.series_id, user_id, notification_preferences, registered_at
  FROM series_registrations
  WHERE series_id = OLD.series_id
  ON CONFLICT (series_id, user_id) DO NOTHING;
END;

-- A fan's secret calendar feed. The URL holds feed_id and an HMAC of it under the server secret,
-- so neither a copy of the database nor a guess makes a working URL; rotating replaces feed_id.
CREATE TABLE calendar_feeds (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  feed_id TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

-- What the circus told the fans when it cancelled the show (optional).
ALTER TABLE performances ADD COLUMN cancellation_message TEXT;
