-- When FireStream last asked Stream to create the show's live input without hearing back (a
-- timeout, a lost answer): the input may exist anyway, so the next attempt looks for it by its
-- meta before creating another.
ALTER TABLE performances ADD COLUMN live_input_requested_at TEXT;
