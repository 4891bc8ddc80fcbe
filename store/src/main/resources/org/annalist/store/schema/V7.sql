-- GDELT Global Knowledge Graph 2.1: columns 3 to 27 of each article's record (tab-separated,
-- org.annalist.store.Gkg), computed when the article is stored; the record id and date are
-- written at export from the time it was stored. Articles stored before this version have no
-- record until `annalist recode`.
CREATE TABLE gkg (
  article_id VARCHAR PRIMARY KEY,
  columns    VARCHAR NOT NULL
)
;
