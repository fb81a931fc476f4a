-- Version 7: an underscore is part of a word in the full-text index, so a
-- placeholder such as [site_A] or [name_1] is one word: a search for "site"
-- no longer finds every anonymised site, while "site_A" and "site*" still do.
-- The index is made again from the sources' text; the triggers that keep it in
-- step name the table, not its tokenizer, and stay as they are.

DROP TABLE source_fts;
CREATE VIRTUAL TABLE source_fts USING fts5(
    name, text, content='sources', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2 tokenchars ''_'''
);
INSERT INTO source_fts(source_fts) VALUES ('rebuild');
