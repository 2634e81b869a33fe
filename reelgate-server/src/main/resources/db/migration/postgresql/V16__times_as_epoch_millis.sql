-- Every time in the database is now BIGINT milliseconds since the epoch (UTC), as SQLite has kept
-- them from V1 and as the tables of V11 to V14 already are on both databases: one representation
-- for both databases and all code. The stored values were whole milliseconds (the server keeps
-- times to the millisecond); round() keeps them exact whether extract() answers numeric (PostgreSQL
-- 14 and later) or double precision. The indexes on these columns are rebuilt with them.
ALTER TABLE tasks
    ALTER COLUMN created_at  TYPE BIGINT USING round(extract(epoch FROM created_at) * 1000)::BIGINT,
    ALTER COLUMN started_at  TYPE BIGINT USING round(extract(epoch FROM started_at) * 1000)::BIGINT,
    ALTER COLUMN finished_at TYPE BIGINT USING round(extract(epoch FROM finished_at) * 1000)::BIGINT,
    ALTER COLUMN lease_until TYPE BIGINT USING round(extract(epoch FROM lease_until) * 1000)::BIGINT;

ALTER TABLE api_keys
    ALTER COLUMN created_at TYPE BIGINT USING round(extract(epoch FROM created_at) * 1000)::BIGINT,
    ALTER COLUMN revoked_at TYPE BIGINT USING round(extract(epoch FROM revoked_at) * 1000)::BIGINT;

ALTER TABLE credit_ledger
    ALTER COLUMN at TYPE BIGINT USING round(extract(epoch FROM at) * 1000)::BIGINT;
