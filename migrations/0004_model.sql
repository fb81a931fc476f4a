-- Version 4: the CMO model (METHOD.md stage 5): dimensions, themes and
-- first-order codes placed as contexts, mechanisms and outcomes, at a level,
-- outcomes on a 2-D spectrum, joined by typed influences with evidence.

-- The levels factors sit at, top to bottom in the figure; editable per project.
CREATE TABLE model_levels (
    id       INTEGER PRIMARY KEY,
    guid     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO model_levels(guid, name, position) VALUES
    ('5d0e8c1e-7a41-4d59-9a55-0f3b9e2c1a01', 'Macro-environmental', 0),
    ('5d0e8c1e-7a41-4d59-9a55-0f3b9e2c1a02', 'Inter-organisational', 1),
    ('5d0e8c1e-7a41-4d59-9a55-0f3b9e2c1a03', 'Organisational', 2),
    ('5d0e8c1e-7a41-4d59-9a55-0f3b9e2c1a04', 'Individual', 3);

-- Kinds of influence, each drawn in its own colour and line style; editable.
CREATE TABLE influence_types (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    color      TEXT NOT NULL DEFAULT '#333333',
    line_style TEXT NOT NULL DEFAULT 'solid' CHECK (line_style IN ('solid', 'dash', 'dot', 'dashdot')),
    position   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO influence_types(guid, name, color, line_style, position) VALUES
    ('9b7f3a52-1c2d-4e8f-8a6b-3d4c5e6f7a01', 'triggers', '#c0392b', 'solid', 0),
    ('9b7f3a52-1c2d-4e8f-8a6b-3d4c5e6f7a02', 'mandates', '#1f4e79', 'dash', 1),
    ('9b7f3a52-1c2d-4e8f-8a6b-3d4c5e6f7a03', 'controls', '#7d3c98', 'dot', 2),
    ('9b7f3a52-1c2d-4e8f-8a6b-3d4c5e6f7a04', 'enables', '#1e8449', 'dashdot', 3);

-- A dimension, theme or first-order code placed in the model (each at most
-- once). Outcomes have their place on the spectrum: x from the first end of
-- the x axis (0, formal) to the second (1, informal), y likewise (0 internal,
-- 1 external). An element goes with the dimension, theme or code it shows.
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
CREATE UNIQUE INDEX model_elements_dimension ON model_elements(dimension_id) WHERE dimension_id IS NOT NULL;
CREATE UNIQUE INDEX model_elements_theme ON model_elements(theme_id) WHERE theme_id IS NOT NULL;
CREATE UNIQUE INDEX model_elements_code ON model_elements(code_id) WHERE code_id IS NOT NULL;
CREATE INDEX model_elements_by_level ON model_elements(level_id);

-- A directed, typed link between two elements with the researcher's memo.
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
CREATE INDEX influences_by_target ON influences(to_element_id);
CREATE INDEX influences_by_type ON influences(type_id);

-- Segments that support an influence, or speak against it, in order.
CREATE TABLE influence_evidence (
    influence_id INTEGER NOT NULL REFERENCES influences(id) ON DELETE CASCADE,
    segment_id   INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL DEFAULT 'supports' CHECK (kind IN ('supports', 'counter')),
    position     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (influence_id, segment_id)
);
CREATE INDEX influence_evidence_by_segment ON influence_evidence(segment_id);
