-- Version 2: each source records its length in code points, so counts and
-- position checks need not load the text.
ALTER TABLE sources ADD COLUMN length INTEGER NOT NULL DEFAULT 0;
UPDATE sources SET length = length(text);
