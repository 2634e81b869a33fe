-- A failed task's failure is data: its kind and the request field at fault sit beside the message
-- (still in `reason`), so that each API derives its own error code without reading the words.
-- The camera script is read from the prompt once, when the task is accepted, and kept with it.
ALTER TABLE tasks ADD COLUMN failure_kind TEXT;
ALTER TABLE tasks ADD COLUMN failure_field TEXT;
ALTER TABLE tasks ADD COLUMN camera_script TEXT;
-- Failures written before this version: classified once, as their messages were read until now.
UPDATE tasks SET failure_kind = 'INVALID_INPUT', failure_field = 'end_image'
  WHERE status = 'FAILED' AND LOWER(reason) LIKE 'end_image%';
UPDATE tasks SET failure_kind = 'INVALID_INPUT', failure_field = 'image'
  WHERE status = 'FAILED' AND failure_kind IS NULL AND (LOWER(reason) LIKE 'image%' OR LOWER(reason) LIKE '%picture%');
UPDATE tasks SET failure_kind = 'TIMED_OUT'
  WHERE status = 'FAILED' AND failure_kind IS NULL AND (LOWER(reason) LIKE '%timed out%' OR LOWER(reason) LIKE '%timeout%');
UPDATE tasks SET failure_kind = 'INTERNAL'
  WHERE status = 'FAILED' AND failure_kind IS NULL AND LOWER(reason) LIKE 'internal error%';
UPDATE tasks SET failure_kind = 'INVALID_INPUT', failure_field = 'model' WHERE status = 'FAILED' AND failure_kind IS NULL AND LOWER(reason) LIKE 'model%';
UPDATE tasks SET failure_kind = 'INVALID_INPUT', failure_field = 'prompt' WHERE status = 'FAILED' AND failure_kind IS NULL AND LOWER(reason) LIKE 'prompt%';
UPDATE tasks SET failure_kind = 'INVALID_INPUT', failure_field = 'duration' WHERE status = 'FAILED' AND failure_kind IS NULL AND LOWER(reason) LIKE 'duration%';
UPDATE tasks SET failure_kind = 'INVALID_INPUT', failure_field = 'resolution' WHERE status = 'FAILED' AND failure_kind IS NULL AND LOWER(reason) LIKE 'resolution%';
UPDATE tasks SET failure_kind = 'PROVIDER' WHERE status = 'FAILED' AND failure_kind IS NULL;
UPDATE tasks SET reason = 'the task failed' WHERE status = 'FAILED' AND reason IS NULL;
