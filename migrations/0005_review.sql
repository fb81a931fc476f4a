-- Version 5: reviewing the hierarchy as a team. Comment threads on a code,
-- theme, dimension or model link ("influence"), each open or resolved, and
-- named snapshots of the data structure to diff later. (Version 4 comes from
-- another line of work; versions may have gaps.)

CREATE TABLE review_threads (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('code', 'theme', 'dimension', 'influence')),
    target_id   INTEGER NOT NULL,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    resolved_by INTEGER REFERENCES coders(id),
    resolved_at TEXT,
    created     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX review_threads_by_target ON review_threads(target_kind, target_id);
CREATE INDEX review_threads_by_state ON review_threads(state);

CREATE TABLE review_comments (
    id        INTEGER PRIMARY KEY,
    guid      TEXT NOT NULL UNIQUE,
    thread_id INTEGER NOT NULL REFERENCES review_threads(id) ON DELETE CASCADE,
    coder_id  INTEGER REFERENCES coders(id),
    text      TEXT NOT NULL,
    created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX review_comments_by_thread ON review_comments(thread_id, id);

-- A named snapshot of the hierarchy (the JSON of structureSnapshot, with ids),
-- and the last audit entry when it was taken, so that a diff can tell a code
-- merged into another from one removed.
CREATE TABLE structure_snapshots (
    id        INTEGER PRIMARY KEY,
    guid      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL UNIQUE,
    structure TEXT NOT NULL,
    audit_id  INTEGER NOT NULL DEFAULT 0,
    coder_id  INTEGER REFERENCES coders(id),
    created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
