-- Scenarios (docs/SCENARIOS.md): the real-world case a task is to behave like, in the header's
-- syntax ('slow; queue=1; render=1'), kept with the task so that a restart behaves the same; the
-- one an API key gives every task it creates; when a queued task may first be claimed (epoch
-- milliseconds, NULL for at once); and how many times each webhook message is sent (2 for a task
-- of 'webhook-duplicate', with the same webhook id).
ALTER TABLE tasks ADD COLUMN scenario TEXT;
ALTER TABLE tasks ADD COLUMN run_after BIGINT;
ALTER TABLE api_keys ADD COLUMN scenario TEXT;
ALTER TABLE webhook_deliveries ADD COLUMN copies INTEGER NOT NULL DEFAULT 1;
