-- What coded the events of each batch: the pipeline's version and the fingerprint of its
-- dictionaries (org.annalist.pipeline.Versions). An article's events were coded by the versions
-- of the batch that stored it (articles.seq); a recode stores the article again in a new batch.
-- Batches committed before this version have no row.
CREATE TABLE batch_versions (
  seq          BIGINT PRIMARY KEY,
  pipeline     VARCHAR NOT NULL,
  dictionaries VARCHAR NOT NULL
)
;
-- Each event with the versions that coded it.
CREATE VIEW event_versions AS
SELECT e.global_event_id, e.article_id, v.pipeline, v.dictionaries
FROM events e
JOIN articles a ON a.article_id = e.article_id
LEFT JOIN batch_versions v ON v.seq = a.seq
;
