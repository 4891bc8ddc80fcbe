-- Codes of a team's own dictionaries: PETRARCH dictionaries may code events with codes outside
-- CAMEO's twenty roots ("901"), which have no QuadClass (null here); their Goldstein value is 0.
-- DuckDB alters no column of an indexed table: the index is dropped and made again.
DROP INDEX events_article
;
ALTER TABLE events ALTER COLUMN quad_class DROP NOT NULL
;
CREATE INDEX events_article ON events (article_id)
;
