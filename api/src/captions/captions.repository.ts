import type { Database } from "../db/database";
import type { RecordingCaptionRow } from "../db/tables";

export async function findCaptionsOf(db: Database, performanceIds: readonly string[]): Promise<RecordingCaptionRow[]> {
  return db.executeChunked(performanceIds, (part) =>
    db.selectFrom("recording_captions").selectAll().where("performance_id", "in", part).orderBy("language"),
  );
}

/** One row per show and language: uploading a language again replaces its row. */
export async function saveCaption(db: Database, row: RecordingCaptionRow): Promise<void> {
  await db
    .insertInto("recording_captions")
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(["performance_id", "language"]).doUpdateSet({ label: row.label, uploaded_at: row.uploaded_at }),
    )
    .execute();
}
