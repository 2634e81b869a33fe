-- A task an upstream route serves: which route, and the upstream's own task id. The row is
-- written 'SUBMITTING' before the create is sent and gets the upstream id, 'ACCEPTED', as soon as
-- the answer arrives, before anything else happens: after a crash the task resumes polling from
-- that id and is never submitted twice. Past the route's poll deadline it is 'RECONCILING';
-- 'ENDED' once its outcome is written. 'attempt' is the task's attempt (its claim) that wrote the
-- row: only that claim may move it to another route or store the answer, so that two claims of
-- one task (a lease that ran out under a live worker) never both send it. Times are epoch
-- milliseconds.
CREATE TABLE upstream_jobs (
    task_id      TEXT    NOT NULL PRIMARY KEY,
    route        TEXT    NOT NULL,
    upstream_id  TEXT,
    state        TEXT    NOT NULL,
    attempt      INTEGER NOT NULL,
    submitted_at BIGINT  NOT NULL,
    accepted_at  BIGINT,
    updated_at   BIGINT  NOT NULL
);
CREATE INDEX upstream_jobs_by_state ON upstream_jobs (state);
