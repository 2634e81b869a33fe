-- Webhooks (docs/WEBHOOKS.md). Times are epoch milliseconds.

-- Where a task's webhooks go, written when the task is accepted. state ACTIVE, or REFUSED with
-- the reason when the receiver did not pass MiniMax's challenge.
CREATE TABLE webhook_targets (
    task_id     TEXT    NOT NULL PRIMARY KEY,
    url         TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    reason      TEXT,
    created_at  BIGINT  NOT NULL
);

-- The outbox: one row per message, inserted in the transaction of the task change it tells of.
-- id is the webhook-id, stable across retries; seq orders a task's messages; the policy
-- (timeout, retries) is the dialect's, copied here so that the sender needs no dialect.
-- status PENDING, DELIVERED, FAILED or SKIPPED.
CREATE TABLE webhook_deliveries (
    id               TEXT     NOT NULL PRIMARY KEY,
    task_id          TEXT     NOT NULL,
    seq              INTEGER  NOT NULL,
    key_id           TEXT     NOT NULL,
    kind             TEXT     NOT NULL,
    url              TEXT     NOT NULL,
    body             TEXT     NOT NULL,
    status           TEXT     NOT NULL,
    attempts         INTEGER  NOT NULL,
    max_attempts     INTEGER  NOT NULL,
    timeout_ms       BIGINT   NOT NULL,
    retry_delays_ms  TEXT     NOT NULL,
    next_attempt_at  BIGINT   NOT NULL,
    last_error       TEXT,
    created_at       BIGINT   NOT NULL,
    done_at          BIGINT,
    UNIQUE (task_id, seq)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);

-- Every attempt, for the operator: HTTP status (null when none came back) or the error.
CREATE TABLE webhook_attempts (
    delivery_id  TEXT     NOT NULL,
    attempt      INTEGER  NOT NULL,
    at           BIGINT   NOT NULL,
    http_status  INTEGER,
    error        TEXT,
    PRIMARY KEY (delivery_id, attempt)
);

-- The signing secret of each API key (whsec_...), made on first use.
CREATE TABLE webhook_secrets (
    key_id      TEXT    NOT NULL PRIMARY KEY,
    secret      TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);
