-- The schema of db/migration/sqlite/V1 in PostgreSQL's types: times are TIMESTAMPTZ (kept to the
-- millisecond by the server), flags BOOLEAN, and seq numbers the rows in order of insertion (what
-- rowid does in SQLite) to order tasks created in the same millisecond.

CREATE TABLE tasks (
    id                TEXT        NOT NULL PRIMARY KEY,
    seq               BIGINT      GENERATED ALWAYS AS IDENTITY,
    key_id            TEXT        NOT NULL,
    dialect           TEXT        NOT NULL,
    model             TEXT        NOT NULL,
    mode              TEXT        NOT NULL,
    prompt            TEXT        NOT NULL,
    expanded_prompt   TEXT,
    duration_seconds  INTEGER     NOT NULL,
    resolution        TEXT        NOT NULL,
    prompt_expansion  BOOLEAN     NOT NULL,
    fast_pretreatment BOOLEAN     NOT NULL,
    first_frame_key   TEXT,
    last_frame_key    TEXT,
    status            TEXT        NOT NULL,
    progress_percent  INTEGER     NOT NULL DEFAULT 0,
    reason            TEXT,
    result_key        TEXT,
    video_width       INTEGER,
    video_height      INTEGER,
    created_at        TIMESTAMPTZ NOT NULL,
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    attempts          INTEGER     NOT NULL DEFAULT 0,
    version           BIGINT      NOT NULL DEFAULT 0,
    -- The worker holding a PROCESSING task, and until when; both NULL in every other state.
    lease_owner       TEXT,
    lease_until       TIMESTAMPTZ
);

-- The queue: only QUEUED rows, oldest first, as the claim reads them.
CREATE INDEX tasks_queued ON tasks (created_at, seq) WHERE status = 'QUEUED';

-- Leases to check for expiry.
CREATE INDEX tasks_processing ON tasks (lease_until) WHERE status = 'PROCESSING';

-- A key's tasks, newest first.
CREATE INDEX tasks_by_key ON tasks (key_id, created_at DESC, seq DESC);

-- Every instance LISTENs on reelgate_tasks: a task inserted QUEUED or handed back to the queue
-- wakes their idle workers at once, in the same transaction as the change (notifications of one
-- transaction are delivered once, at commit).
CREATE FUNCTION reelgate_task_queued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('reelgate_tasks', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER tasks_queued_notify
    AFTER INSERT OR UPDATE OF status ON tasks
    FOR EACH ROW WHEN (NEW.status = 'QUEUED')
    EXECUTE FUNCTION reelgate_task_queued();

CREATE TABLE api_keys (
    id          TEXT        NOT NULL PRIMARY KEY,
    name        TEXT        NOT NULL,
    -- SHA-256 of the secret, lower-case hex; the secret itself is never stored.
    secret_hash TEXT        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);

CREATE INDEX api_keys_by_name ON api_keys (name);
