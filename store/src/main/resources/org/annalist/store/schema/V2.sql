-- Events across articles: the same event reported by several articles is one event.
--
-- An event's identity across articles is (day, source actor code, target actor code, CAMEO code,
-- modality, action place: its GeoNames feature, else its ADM1 code, else its country). Each
-- group is named by its smallest global_event_id, so the grouping does not depend on the order
-- in which articles were ingested. A source is the article's source name, else its URL's host,
-- else the article itself.

-- Every event with the id of the group it belongs to.
CREATE VIEW event_identity AS
SELECT
  e.global_event_id,
  min(e.global_event_id) OVER (
    PARTITION BY e.day, coalesce(e.actor1_code, ''), coalesce(e.actor2_code, ''), e.event_code,
      e.modality,
      coalesce(e.action_geo_feature_id, e.action_geo_adm1_code, e.action_geo_country_code, '')
  ) AS group_event_id
FROM events e
;
-- One row per group, with GDELT's counts: NumMentions (statements in every article),
-- NumSources (distinct sources) and NumArticles.
CREATE VIEW event_groups AS
SELECT
  i.group_event_id,
  sum(e.num_mentions)::INTEGER AS num_mentions,
  count(DISTINCT coalesce(a.source, nullif(regexp_extract(a.url, '^[A-Za-z]+://([^/:]+)', 1), ''),
    a.article_id))::INTEGER AS num_sources,
  count(DISTINCT e.article_id)::INTEGER AS num_articles
FROM events e
JOIN event_identity i USING (global_event_id)
JOIN articles a ON a.article_id = e.article_id
GROUP BY i.group_event_id
