-- What a fan may want to know before a show (content notes) and how it is made accessible
-- (access features): JSON arrays of enum names, on each show and on its series' template so
-- later occurrences inherit them.
ALTER TABLE performances ADD COLUMN content_notes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE performances ADD COLUMN access_features TEXT NOT NULL DEFAULT '[]';
ALTER TABLE performance_series ADD COLUMN content_notes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE performance_series ADD COLUMN access_features TEXT NOT NULL DEFAULT '[]';

-- The caption tracks uploaded to Stream for a show's recording, one per language (BCP 47).
CREATE TABLE recording_captions (
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  label TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  PRIMARY KEY (performance_id, language)
);
