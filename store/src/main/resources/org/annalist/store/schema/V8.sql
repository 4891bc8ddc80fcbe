-- Spans and feedback: where an article names its actors, places and quotations (so that a reader
-- can see them highlighted), and analysts' verdicts on events.
--
-- Articles stored before this version have no spans until `annalist recode`.

-- One row per mention of an actor, a place or a named entity (person, organisation, location),
-- and per quotation, of an article; offsets into articles.text, half-open.
CREATE TABLE spans (
  article_id VARCHAR NOT NULL,
  kind       VARCHAR NOT NULL,        -- actor, place, entity or quote
  ref        VARCHAR NOT NULL,        -- actors.actor_id, places.place_id, the quotation's id, or
                                      -- an entity's type and name ("person:Jens Stoltenberg")
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL
)
;
CREATE INDEX spans_article ON spans (article_id)
;
-- An analyst's verdict on an event: right or wrong, with a note. Every verdict is kept; the last
-- one counts (event_feedback).
CREATE TABLE feedback (
  feedback_id     BIGINT PRIMARY KEY,
  global_event_id BIGINT NOT NULL,
  article_id      VARCHAR NOT NULL,
  event_id        VARCHAR NOT NULL,
  verdict         VARCHAR NOT NULL,   -- right or wrong
  note            VARCHAR,
  created_at      TIMESTAMP NOT NULL  -- UTC
)
;
-- The last verdict on each event that has one.
CREATE VIEW event_feedback AS
SELECT global_event_id, verdict, note, created_at
FROM (
  SELECT f.*, row_number() OVER (PARTITION BY global_event_id ORDER BY feedback_id DESC) AS k
  FROM feedback f
)
WHERE k = 1
