-- Annalist store schema, version 1: articles, events, mentions, actors, places, rejected inputs.
--
-- Column names follow GDELT 2.0 (Events and Mentions codebooks) in snake_case where a column has a
-- GDELT counterpart; Annalist's own fields (modality, confidence, PLOVER, evidence spans) are
-- added beside them. Geo country codes are FIPS 10-4, as in GDELT; actor country codes are the
-- CAMEO (ISO 3166-1 alpha-3) codes. Every character offset is a half-open [start, end) range into
-- articles.text, the cleaned text.
--
-- Each file V<n>.sql is one migration, applied once, in order, inside one transaction; the
-- schema_version table records which have run. Statements are separated by a line holding only ';'.

-- One row per applied migration.
CREATE TABLE schema_version (
  version     INTEGER PRIMARY KEY,
  description VARCHAR NOT NULL,
  applied_at  TIMESTAMP NOT NULL
)
;
-- One row per committed ingest batch. Its number (seq) is written on every article and rejection
-- of the batch and in the full-text index's commit, so that the two can be compared on open.
CREATE TABLE ingest_batches (
  seq          BIGINT PRIMARY KEY,
  committed_at TIMESTAMP NOT NULL,
  articles     INTEGER NOT NULL,
  rejected     INTEGER NOT NULL
)
;
-- One row per stored article. article_id is the content hash: the first 32 hex digits of the
-- SHA-256 of the raw body's UTF-8 bytes; an article whose hash or URL is already stored is not
-- stored again.
CREATE TABLE articles (
  article_id   VARCHAR PRIMARY KEY,
  seq          BIGINT NOT NULL,       -- ingest batch
  source_id    VARCHAR NOT NULL,      -- the id the input gave, or the reader's content id
  url          VARCHAR UNIQUE,        -- GDELT SOURCEURL / MentionIdentifier; null when unknown
  source       VARCHAR,               -- publisher or feed (GDELT MentionSourceName)
  title        VARCHAR,
  pub_date     DATE,                  -- the article's date; null when unknown
  date_origin  VARCHAR NOT NULL,      -- source, user or unknown
  format       VARCHAR NOT NULL,      -- the reader: seed, text, jsonl, html, ...
  origin       VARCHAR,               -- the file (and line) it was read from
  language     VARCHAR NOT NULL,      -- ISO 639-1
  text         VARCHAR NOT NULL,      -- the cleaned text (all offsets point into it)
  raw_length   INTEGER NOT NULL,      -- characters of the raw body
  flags        VARCHAR[] NOT NULL,    -- warnings, e.g. date-unknown
  focus        VARCHAR[] NOT NULL,    -- countries the article is about, ISO alpha-3, most first
  sentences    INTEGER NOT NULL,
  n_events     INTEGER NOT NULL,      -- rows in events for this article (a completeness check)
  ingested_at  TIMESTAMP NOT NULL     -- UTC; GDELT DATEADDED
)
;
-- Actors of an article, with the CAMEO code valid on its date.
CREATE TABLE actors (
  article_id  VARCHAR NOT NULL,
  actor_id    VARCHAR NOT NULL,       -- a1, a2, ... within the article
  code        VARCHAR NOT NULL,       -- CAMEO actor code, e.g. GEOGOV, IGOWSTNAT
  name        VARCHAR NOT NULL,
  type        VARCHAR NOT NULL,       -- state, igo, person, group
  country     VARCHAR,                -- ISO alpha-3
  title       VARCHAR,
  basis       VARCHAR NOT NULL,       -- the dictionary entry or rule that gave the code
  mentions    INTEGER NOT NULL,
  PRIMARY KEY (article_id, actor_id)
)
;
-- Places named in an article, resolved against the gazetteer.
CREATE TABLE places (
  article_id   VARCHAR NOT NULL,
  place_id     VARCHAR NOT NULL,      -- p1, p2, ... within the article
  name         VARCHAR NOT NULL,
  type         VARCHAR NOT NULL,      -- country, region, territory, city, macro, unresolved
  country      VARCHAR,               -- ISO alpha-3
  fips         VARCHAR,               -- FIPS 10-4 country code
  adm1         VARCHAR,               -- GDELT ADM1 code, e.g. GG02
  geoname_id   BIGINT,
  feature_code VARCHAR,
  lat          DOUBLE,
  lon          DOUBLE,
  mentions     INTEGER NOT NULL,
  PRIMARY KEY (article_id, place_id)
)
;
-- One row per event of an article, in GDELT 2.0 Events layout plus Annalist's fields.
CREATE TABLE events (
  global_event_id        BIGINT PRIMARY KEY,  -- GDELT GlobalEventID, unique in the store
  article_id             VARCHAR NOT NULL,
  event_id               VARCHAR NOT NULL,    -- e1, e2, ... within the article
  day                    DATE,                -- event date (from the text, else the article's)
  actor1_id              VARCHAR,             -- actors.actor_id of the source
  actor1_code            VARCHAR,
  actor1_name            VARCHAR,
  actor1_country_code    VARCHAR,             -- ISO alpha-3
  actor1_known_group_code VARCHAR,
  actor1_type1_code      VARCHAR,
  actor1_type2_code      VARCHAR,
  actor1_type3_code      VARCHAR,
  actor2_id              VARCHAR,
  actor2_code            VARCHAR,
  actor2_name            VARCHAR,
  actor2_country_code    VARCHAR,
  actor2_known_group_code VARCHAR,
  actor2_type1_code      VARCHAR,
  actor2_type2_code      VARCHAR,
  actor2_type3_code      VARCHAR,
  is_root_event          BOOLEAN NOT NULL,    -- stated in the first paragraph
  event_code             VARCHAR NOT NULL,    -- CAMEO, 2 to 4 digits
  event_base_code        VARCHAR NOT NULL,
  event_root_code        VARCHAR NOT NULL,
  quad_class             TINYINT NOT NULL,    -- 1 to 4
  goldstein_scale        DOUBLE NOT NULL,     -- -10 to +10
  num_mentions           INTEGER NOT NULL,    -- mentions in this article
  action_geo_place_id    VARCHAR,             -- places.place_id
  action_geo_type        TINYINT NOT NULL,    -- 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world region
  action_geo_fullname    VARCHAR,
  action_geo_country_code VARCHAR,            -- FIPS 10-4
  action_geo_country     VARCHAR,             -- the same country, ISO alpha-3 (for filters)
  action_geo_adm1_code   VARCHAR,
  action_geo_lat         DOUBLE,
  action_geo_long        DOUBLE,
  action_geo_feature_id  VARCHAR,
  modality               VARCHAR NOT NULL,    -- asserted, negated, future, hypothetical
  confidence             DOUBLE NOT NULL,     -- 0 to 1
  plover_type            VARCHAR,
  plover_mode            VARCHAR,
  reporter_actor_id      VARCHAR,
  reciprocal_event_id    VARCHAR,
  explanation            VARCHAR NOT NULL,
  UNIQUE (article_id, event_id)
)
;
-- One row per statement of an event (GDELT 2.0 Mentions layout plus evidence spans).
CREATE TABLE mentions (
  global_event_id   BIGINT NOT NULL,
  article_id        VARCHAR NOT NULL,
  mention_no        INTEGER NOT NULL,         -- 1, 2, ... within the event, in text order
  sentence_id       INTEGER NOT NULL,         -- GDELT SentenceID: 1-based
  sentence_start    INTEGER NOT NULL,
  sentence_end      INTEGER NOT NULL,
  action_start      INTEGER NOT NULL,         -- GDELT ActionCharOffset
  action_end        INTEGER NOT NULL,
  actor1_start      INTEGER,                  -- GDELT Actor1CharOffset; null when from context
  actor1_end        INTEGER,
  actor2_start      INTEGER,
  actor2_end        INTEGER,
  rule              VARCHAR NOT NULL,         -- dictionary file and line
  PRIMARY KEY (global_event_id, mention_no)
)
;
-- Inputs that could not be stored, with the reason. rejection_id is the content hash when the
-- article was read (e.g. not English), else the hash of origin and reason.
CREATE TABLE rejected (
  rejection_id VARCHAR PRIMARY KEY,
  seq          BIGINT NOT NULL,
  origin       VARCHAR NOT NULL,              -- file and line or record
  reason       VARCHAR NOT NULL,
  url          VARCHAR,
  rejected_at  TIMESTAMP NOT NULL
)
;
CREATE INDEX events_article ON events (article_id)
;
CREATE INDEX mentions_article ON mentions (article_id)
;
CREATE INDEX articles_seq ON articles (seq)
