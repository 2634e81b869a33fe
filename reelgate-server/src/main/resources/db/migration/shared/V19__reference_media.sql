-- MiniMax V2's reference media and watermark flag (issue 19): the stored reference items of a
-- task as a JSON array of {"role": "VIDEO", "key": "tasks/<id>/reference-video-0.mp4"} in their
-- order (the first picture's key is also first_frame_key), and aigc_watermark, passed upstream.
-- NULL in both for the tasks stored before: no references, no watermark.
ALTER TABLE tasks ADD COLUMN reference_media TEXT;
ALTER TABLE tasks ADD COLUMN aigc_watermark BOOLEAN;
