-- An idempotency record is bound to the task it produced: it turns 'done' (with the task's id and
-- the create's answer) in the same transaction that inserts the task, so that no crash can leave
-- a record without its task or a task without its record. A 'pending' record (its request not yet
-- at the insert) is held by a lease, as a worker holds a task: the request's process renews it
-- while it works, so a record whose process died is released when the lease runs out (at once on
-- restart with the embedded SQLite file, which only one process uses).
ALTER TABLE idempotency_keys ADD COLUMN task_id TEXT;
ALTER TABLE idempotency_keys ADD COLUMN lease_owner TEXT;
ALTER TABLE idempotency_keys ADD COLUMN lease_until BIGINT;
-- Pending rows of a server before this version carry no lease: their lease has run out.
UPDATE idempotency_keys SET lease_owner = '', lease_until = 0 WHERE status = 'pending';
