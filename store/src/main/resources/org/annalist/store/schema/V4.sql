-- Stories: clusters of near-duplicate articles.
--
-- Two articles are linked when the Jaccard similarity of their sets of word 4-shingles, as
-- estimated from 64 MinHash values, is at least 0.6. A story is a connected component of linked
-- articles, named by its smallest article id: the same articles give the same stories in any
-- order of ingest. Candidates are found by locality-sensitive hashing: 16 bands of 4 values; two
-- articles sharing a band's hash are compared.

-- Each article's MinHash signature (64 values).
CREATE TABLE article_sketches (
  article_id VARCHAR PRIMARY KEY,
  minhash    BIGINT[] NOT NULL
)
;
-- The band hashes of each signature, to find candidates.
CREATE TABLE article_bands (
  band       TINYINT NOT NULL,
  hash       BIGINT NOT NULL,
  article_id VARCHAR NOT NULL
)
;
CREATE INDEX article_bands_hash ON article_bands (hash)
;
-- Pairs of near-duplicate articles, the smaller id first.
CREATE TABLE article_links (
  article_a  VARCHAR NOT NULL,
  article_b  VARCHAR NOT NULL,
  similarity DOUBLE NOT NULL,
  PRIMARY KEY (article_a, article_b)
)
;
-- The story of every article: the smallest article id of its component.
CREATE TABLE stories (
  article_id VARCHAR PRIMARY KEY,
  story_id   VARCHAR NOT NULL
)
