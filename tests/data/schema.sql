-- index codes_name
CREATE UNIQUE INDEX codes_name ON codes(name) WHERE archived = 0;
-- index influence_evidence_by_segment
CREATE INDEX influence_evidence_by_segment ON influence_evidence(segment_id);
-- index influences_by_target
CREATE INDEX influences_by_target ON influences(to_element_id);
-- index influences_by_type
CREATE INDEX influences_by_type ON influences(type_id);
-- index memos_by_target
CREATE INDEX memos_by_target ON memos(target_kind, target_id);
-- index model_elements_by_level
CREATE INDEX model_elements_by_level ON model_elements(level_id);
-- index model_elements_code
CREATE UNIQUE INDEX model_elements_code ON model_elements(code_id) WHERE code_id IS NOT NULL;
-- index model_elements_dimension
CREATE UNIQUE INDEX model_elements_dimension ON model_elements(dimension_id) WHERE dimension_id IS NOT NULL;
-- index model_elements_theme
CREATE UNIQUE INDEX model_elements_theme ON model_elements(theme_id) WHERE theme_id IS NOT NULL;
-- index review_comments_by_thread
CREATE INDEX review_comments_by_thread ON review_comments(thread_id, id);
-- index review_threads_by_state
CREATE INDEX review_threads_by_state ON review_threads(state);
-- index review_threads_by_target
CREATE INDEX review_threads_by_target ON review_threads(target_kind, target_id);
-- index segments_by_code
CREATE INDEX segments_by_code ON segments(code_id);
-- index segments_by_source
CREATE INDEX segments_by_source ON segments(source_id, start);
-- index source_set_members_by_source
CREATE INDEX source_set_members_by_source ON source_set_members(source_id);
-- index sources_kind_length
CREATE INDEX sources_kind_length ON sources(kind, length);
-- index theme_codes_by_theme
CREATE INDEX theme_codes_by_theme ON theme_codes(theme_id, position);
-- index theme_exemplars_by_segment
CREATE INDEX theme_exemplars_by_segment ON theme_exemplars(segment_id);
-- index themes_by_dimension
CREATE INDEX themes_by_dimension ON themes(dimension_id, position);
-- index turns_by_source
CREATE INDEX turns_by_source ON turns(source_id, start);
-- table attribute_values
CREATE TABLE attribute_values (
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value        TEXT,
    PRIMARY KEY (case_id, attribute_id)
);
-- table attributes
CREATE TABLE attributes (
    id   INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean')),
    position INTEGER NOT NULL DEFAULT 0
);
-- table audit_log
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    coder_id INTEGER REFERENCES coders(id),
    action   TEXT NOT NULL,     -- e.g. code.rename, code.merge, theme.move
    details  TEXT NOT NULL DEFAULT '{}',  -- JSON: what changed, before and after
    why      TEXT NOT NULL DEFAULT ''
);
-- table case_sources
CREATE TABLE case_sources (
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, source_id)
);
-- table cases
CREATE TABLE cases (
    id   INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);
-- table coders
CREATE TABLE coders (
    id      INTEGER PRIMARY KEY,
    guid    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- table codes
CREATE TABLE codes (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    color      TEXT NOT NULL DEFAULT '#7f8c8d',
    stage      TEXT NOT NULL DEFAULT 'open' CHECK (stage IN ('open', 'focused', 'first-order')),
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    position   INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES coders(id),
    created    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- table dimensions
CREATE TABLE dimensions (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0
);
-- table influence_evidence
CREATE TABLE influence_evidence (
    influence_id INTEGER NOT NULL REFERENCES influences(id) ON DELETE CASCADE,
    segment_id   INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL DEFAULT 'supports' CHECK (kind IN ('supports', 'counter')),
    position     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (influence_id, segment_id)
);
-- table influence_types
CREATE TABLE influence_types (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    color      TEXT NOT NULL DEFAULT '#333333',
    line_style TEXT NOT NULL DEFAULT 'solid' CHECK (line_style IN ('solid', 'dash', 'dot', 'dashdot')),
    position   INTEGER NOT NULL DEFAULT 0
);
-- table influences
CREATE TABLE influences (
    id              INTEGER PRIMARY KEY,
    guid            TEXT NOT NULL UNIQUE,
    from_element_id INTEGER NOT NULL REFERENCES model_elements(id) ON DELETE CASCADE,
    to_element_id   INTEGER NOT NULL REFERENCES model_elements(id) ON DELETE CASCADE,
    type_id         INTEGER NOT NULL REFERENCES influence_types(id),
    memo            TEXT NOT NULL DEFAULT '',
    CHECK (from_element_id <> to_element_id),
    UNIQUE (from_element_id, to_element_id, type_id)
);
-- table memos
CREATE TABLE memos (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',   -- Markdown
    target_kind  TEXT NOT NULL DEFAULT 'project'
                 CHECK (target_kind IN ('project', 'source', 'segment', 'code', 'theme', 'dimension', 'case')),
    target_id    INTEGER,
    disconfirming INTEGER NOT NULL DEFAULT 0 CHECK (disconfirming IN (0, 1)),
    coder_id     INTEGER REFERENCES coders(id),
    created      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    modified     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- table model_elements
CREATE TABLE model_elements (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL UNIQUE,
    dimension_id INTEGER REFERENCES dimensions(id) ON DELETE CASCADE,
    theme_id     INTEGER REFERENCES themes(id) ON DELETE CASCADE,
    code_id      INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('context', 'mechanism', 'outcome')),
    level_id     INTEGER REFERENCES model_levels(id) ON DELETE SET NULL,
    x            REAL CHECK (x IS NULL OR (x >= 0 AND x <= 1)),
    y            REAL CHECK (y IS NULL OR (y >= 0 AND y <= 1)),
    position     INTEGER NOT NULL DEFAULT 0,
    CHECK ((dimension_id IS NOT NULL) + (theme_id IS NOT NULL) + (code_id IS NOT NULL) = 1),
    CHECK ((x IS NULL) = (y IS NULL))
);
-- table model_levels
CREATE TABLE model_levels (
    id       INTEGER PRIMARY KEY,
    guid     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0
);
-- table review_comments
CREATE TABLE review_comments (
    id        INTEGER PRIMARY KEY,
    guid      TEXT NOT NULL UNIQUE,
    thread_id INTEGER NOT NULL REFERENCES review_threads(id) ON DELETE CASCADE,
    coder_id  INTEGER REFERENCES coders(id),
    text      TEXT NOT NULL,
    created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- table review_threads
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
-- table saved_queries
CREATE TABLE saved_queries (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    expression TEXT NOT NULL,
    options    TEXT NOT NULL DEFAULT '{}',
    created    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    modified   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- table segments
CREATE TABLE segments (
    id        INTEGER PRIMARY KEY,
    guid      TEXT NOT NULL UNIQUE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    code_id   INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    start     INTEGER NOT NULL CHECK (start >= 0),
    end       INTEGER NOT NULL CHECK (end > start),
    coder_id  INTEGER REFERENCES coders(id),
    created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (source_id, code_id, start, end, coder_id)
);
-- table settings
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- table source_fts
CREATE VIRTUAL TABLE source_fts USING fts5(
    name, text, content='sources', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2 tokenchars ''_'''
);
-- table source_fts_config
CREATE TABLE 'source_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
-- table source_fts_data
CREATE TABLE 'source_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
-- table source_fts_docsize
CREATE TABLE 'source_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
-- table source_fts_idx
CREATE TABLE 'source_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
-- table source_set_members
CREATE TABLE source_set_members (
    set_id    INTEGER NOT NULL REFERENCES source_sets(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, source_id)
);
-- table source_sets
CREATE TABLE source_sets (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);
-- table sources
CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    guid            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('interview', 'observation', 'document')),
    name            TEXT NOT NULL UNIQUE,
    text            TEXT NOT NULL,               -- UTF-8, NFC, \n line ends; immutable
    content_hash    TEXT NOT NULL UNIQUE,        -- BLAKE2b-256 (hex) of text's UTF-8
    original_name   TEXT,
    original_format TEXT,
    source_date     TEXT,
    metadata        TEXT NOT NULL DEFAULT '{}',  -- JSON object
    imported        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
, length INTEGER NOT NULL DEFAULT 0);
-- table structure_snapshots
CREATE TABLE structure_snapshots (
    id        INTEGER PRIMARY KEY,
    guid      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL UNIQUE,
    structure TEXT NOT NULL,
    audit_id  INTEGER NOT NULL DEFAULT 0,
    coder_id  INTEGER REFERENCES coders(id),
    created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- table theme_codes
CREATE TABLE theme_codes (
    code_id  INTEGER PRIMARY KEY REFERENCES codes(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0
);
-- table theme_exemplars
CREATE TABLE theme_exemplars (
    theme_id   INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (theme_id, segment_id)
);
-- table themes
CREATE TABLE themes (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE,
    definition   TEXT NOT NULL DEFAULT '',
    dimension_id INTEGER REFERENCES dimensions(id) ON DELETE SET NULL,
    position     INTEGER NOT NULL DEFAULT 0
);
-- table turns
CREATE TABLE turns (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    speaker   TEXT NOT NULL,
    start     INTEGER NOT NULL CHECK (start >= 0),
    end       INTEGER NOT NULL CHECK (end >= start),
    timestamp_ms INTEGER
);
-- trigger sources_fts_delete
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    INSERT INTO source_fts(source_fts, rowid, name, text) VALUES ('delete', old.id, old.name, old.text);
END;
-- trigger sources_fts_insert
CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
    INSERT INTO source_fts(rowid, name, text) VALUES (new.id, new.name, new.text);
END;
-- trigger sources_fts_update
CREATE TRIGGER sources_fts_update AFTER UPDATE OF name, text ON sources BEGIN
    INSERT INTO source_fts(source_fts, rowid, name, text) VALUES ('delete', old.id, old.name, old.text);
    INSERT INTO source_fts(rowid, name, text) VALUES (new.id, new.name, new.text);
END;
