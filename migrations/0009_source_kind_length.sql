-- Version 9: the kind and length of every source in an index of their own.
-- The length column comes after the text in each row, so summing it (the
-- project's counts, shown in the status bar after every edit) walked every
-- page of every source's text; the index answers the counts by kind and the
-- sum of lengths without touching the text.

CREATE INDEX sources_kind_length ON sources(kind, length);
