-- Version 8: named sets of sources ("the pilot sites", "second round"), a
-- source in any number of them, usable wherever sources are chosen.

CREATE TABLE source_sets (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE source_set_members (
    set_id    INTEGER NOT NULL REFERENCES source_sets(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, source_id)
);
CREATE INDEX source_set_members_by_source ON source_set_members(source_id);
