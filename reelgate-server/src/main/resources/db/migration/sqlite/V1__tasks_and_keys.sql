-- Times are INTEGER milliseconds since the epoch (UTC), so that leases compare as numbers.

CREATE TABLE tasks (
    id                TEXT    NOT NULL PRIMARY KEY,
    key_id            TEXT    NOT NULL,
    dialect           TEXT    NOT NULL,
    model             TEXT    NOT NULL,
    mode              TEXT    NOT NULL,
    prompt            TEXT    NOT NULL,
    expanded_prompt   TEXT,
    duration_seconds  INTEGER NOT NULL,
    resolution        TEXT    NOT NULL,
    prompt_expansion  INTEGER NOT NULL,
    fast_pretreatment INTEGER NOT NULL,
    first_frame_key   TEXT,
    last_frame_key    TEXT,
    status            TEXT    NOT NULL,
    progress_percent  INTEGER NOT NULL DEFAULT 0,
    reason            TEXT,
    result_key        TEXT,
    video_width       INTEGER,
    video_height      INTEGER,
    created_at        INTEGER NOT NULL,
    started_at        INTEGER,
    finished_at       INTEGER,
    attempts          INTEGER NOT NULL DEFAULT 0,
    version           INTEGER NOT NULL DEFAULT 0,
    -- The worker holding a PROCESSING task, and until when; both NULL in every other state.
    lease_owner       TEXT,
    lease_until       INTEGER
);

-- The queue: the oldest QUEUED task first (rowid breaks ties between tasks of the same millisecond).
CREATE INDEX tasks_by_status_age ON tasks (status, created_at);

-- A key's tasks, newest first.
CREATE INDEX tasks_by_key ON tasks (key_id, created_at DESC);

CREATE TABLE api_keys (
    id          TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    -- SHA-256 of the secret, lower-case hex; the secret itself is never stored.
    secret_hash TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);

CREATE INDEX api_keys_by_name ON api_keys (name);
