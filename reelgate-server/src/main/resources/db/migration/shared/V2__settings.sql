-- Values every instance shares, such as the link-signing secret (hex).
CREATE TABLE settings (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
