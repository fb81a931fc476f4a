-- Version 3: the data structure's exemplar quotes, and indexes for
-- restructuring a study-scale project quickly.

-- Segments chosen as exemplar quotes of a theme (Table 1's quote column), in
-- the researcher's order. A quote comes from a code under the theme; it goes
-- when its segment or its theme goes.
CREATE TABLE theme_exemplars (
    theme_id   INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (theme_id, segment_id)
);
CREATE INDEX theme_exemplars_by_segment ON theme_exemplars(segment_id);

-- Codes under a theme in order; deleting a theme finds its rows by index.
CREATE INDEX theme_codes_by_theme ON theme_codes(theme_id, position);
CREATE INDEX themes_by_dimension ON themes(dimension_id, position);
