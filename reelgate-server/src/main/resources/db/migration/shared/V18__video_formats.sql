-- The shape of a task's file beyond resolution and length (MiniMax-H3, issue 19): its aspect
-- ratio, frame rate, frame-size rule and sound track, as the core's VideoFormat names them. NULL in
-- all four for the tasks stored before, which are Hailuo 2.x tasks: the picture's own shape,
-- 25 fps, silent.
ALTER TABLE tasks ADD COLUMN ratio TEXT;
ALTER TABLE tasks ADD COLUMN frames_per_second INTEGER;
ALTER TABLE tasks ADD COLUMN frame_sizes TEXT;
ALTER TABLE tasks ADD COLUMN audio TEXT;
