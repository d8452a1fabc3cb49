-- A recording's copy in R2 (the archive bucket), made by the archive queue job. One row per
-- Stream video: PENDING until the job starts, ARCHIVING while it streams the MP4 into an R2
-- multipart upload, ARCHIVED once R2 holds the whole file (size and SHA-256 checked), RETRYING
-- after a failed attempt (the upload was aborted, nothing half-written is kept), FAILED once
-- the job gave up.
CREATE TABLE recording_archives (
  video_id TEXT PRIMARY KEY,
  performance_id TEXT NOT NULL REFERENCES performances (id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'PENDING'
    CHECK (status IN ('PENDING', 'ARCHIVING', 'ARCHIVED', 'RETRYING', 'FAILED')),
  r2_key TEXT NOT NULL,
  -- The multipart upload in progress, so a job that finds it left behind can abort it
  upload_id TEXT,
  -- Stream's preparation of the download (0-100), then bytes copied of bytes_total
  download_percent REAL NOT NULL DEFAULT 0,
  bytes_copied INTEGER NOT NULL DEFAULT 0,
  bytes_total INTEGER,
  size_bytes INTEGER,
  sha256 TEXT,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  -- When a job took it on; another job leaves it alone until the lease runs out
  claimed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX recording_archives_performance ON recording_archives (performance_id);
