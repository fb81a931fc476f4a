-- Version 6: coding queries saved by name, to run again on the day's data.
-- EXPRESSION is the query as typed (core/analysis/query_expression.h); OPTIONS
-- is a JSON object: the unit ("overlap", "sentence", "paragraph") and the
-- filters (kinds, sources, cases, where, coders, codedFrom, codedTo).

CREATE TABLE saved_queries (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    expression TEXT NOT NULL,
    options    TEXT NOT NULL DEFAULT '{}',
    created    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    modified   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
