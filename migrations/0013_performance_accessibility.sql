-- What a fan may want to know before a show (content notes) and how it is made accessible
-- (access features): JSON arrays of enum names, on each show and on its series' template so
-- later occurrences inherit them.
ALTER TABLE performances ADD COLUMN content_notes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE performances ADD COLUMN access_features TEXT NOT NULL DEFAULT '[]';
ALTER TABLE performance_series ADD COLUMN content_notes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE performance_series ADD COLUMN access_features TEXT NOT NULL DEFAULT '[]';
