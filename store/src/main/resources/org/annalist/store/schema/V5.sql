-- Tone: each article's GDELT tone (the percentage of its words that are positive minus the
-- percentage that are negative, from the enrichment stage), and an event group's AvgTone: the
-- mean tone of the articles that mention it, as GDELT gives it. A table of its own, because
-- DuckDB cannot add a column to a table that others depend on. Articles stored before this
-- version have no tone (0) until `annalist recode`.
CREATE TABLE article_tone (
  article_id VARCHAR PRIMARY KEY,
  tone       DOUBLE NOT NULL
)
;
CREATE OR REPLACE VIEW event_groups AS
SELECT
  i.group_event_id,
  sum(e.num_mentions)::INTEGER AS num_mentions,
  count(DISTINCT coalesce(a.source, nullif(regexp_extract(a.url, '^[A-Za-z]+://([^/:]+)', 1), ''),
    a.article_id))::INTEGER AS num_sources,
  count(DISTINCT e.article_id)::INTEGER AS num_articles,
  coalesce(avg(t.tone), 0) AS avg_tone
FROM events e
JOIN event_identity i USING (global_event_id)
JOIN articles a ON a.article_id = e.article_id
LEFT JOIN article_tone t ON t.article_id = e.article_id
GROUP BY i.group_event_id
;
