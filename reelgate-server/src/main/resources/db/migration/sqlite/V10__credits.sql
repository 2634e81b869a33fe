-- Credits (docs/BILLING.md): a key's balance, NULL for no limit (the default), and the ledger of
-- what each task reserved, spent or got back; (task_id, kind) is unique so that none happens twice.
ALTER TABLE api_keys ADD COLUMN credits INTEGER;

CREATE TABLE credit_ledger (
    task_id TEXT    NOT NULL,
    kind    TEXT    NOT NULL CHECK (kind IN ('RESERVE', 'SETTLE', 'REFUND')),
    key_id  TEXT    NOT NULL,
    amount  INTEGER NOT NULL,
    -- 1 when the amount was taken from the balance (0 for a key without a limit).
    charged INTEGER NOT NULL DEFAULT 0,
    at      INTEGER NOT NULL,
    PRIMARY KEY (task_id, kind)
);

CREATE INDEX credit_ledger_by_key ON credit_ledger (key_id);

-- The fair claim counts each key's running tasks and finds when it was last served.
CREATE INDEX tasks_by_key_status ON tasks (key_id, status);
CREATE INDEX tasks_by_key_started ON tasks (key_id, started_at);
