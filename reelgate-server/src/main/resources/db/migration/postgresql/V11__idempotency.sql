-- The answers to creates sent with an Idempotency-Key, replayed for 24 hours. A row is inserted
-- 'pending' before the task is created (the primary key makes a concurrent twin wait for it) and
-- becomes 'done' with the answer's status and exact bytes. Times are epoch milliseconds.
CREATE TABLE idempotency_keys (
    api_key_id      TEXT    NOT NULL,
    idem_key        TEXT    NOT NULL,
    request_hash    TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    response_status INTEGER,
    response_body   BYTEA,
    created_at      BIGINT  NOT NULL,
    PRIMARY KEY (api_key_id, idem_key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
