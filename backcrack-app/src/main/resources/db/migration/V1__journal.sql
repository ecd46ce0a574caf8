-- Portable between SQLite and PostgreSQL: ids are generated in Java, times are ISO-8601 UTC text
-- (which sorts in time order), counts are integers.
CREATE TABLE users (
    id            VARCHAR(64)  PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    password_hash VARCHAR(255) NOT NULL,
    created_at    VARCHAR(40)  NOT NULL
);

CREATE TABLE sessions (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id    VARCHAR(64) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token VARCHAR(64) NOT NULL,
    expires_at VARCHAR(40) NOT NULL
);

CREATE TABLE journal_entries (
    id               VARCHAR(64)  PRIMARY KEY,
    user_id          VARCHAR(64)  NOT NULL,
    entry_date       VARCHAR(10)  NOT NULL,
    region           VARCHAR(32),
    trigger_movement VARCHAR(200),
    cavitation       INTEGER      NOT NULL DEFAULT 0,
    soft_tissue_snap INTEGER      NOT NULL DEFAULT 0,
    crepitus         INTEGER      NOT NULL DEFAULT 0,
    pain             INTEGER,
    note             VARCHAR(2000),
    assessment       TEXT,
    created_at       VARCHAR(40)  NOT NULL,
    updated_at       VARCHAR(40)  NOT NULL
);

CREATE INDEX journal_entries_user_date ON journal_entries (user_id, entry_date);
