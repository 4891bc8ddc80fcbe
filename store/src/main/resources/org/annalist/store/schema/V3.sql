-- Stored annotations, so that events can be coded again without running CoreNLP.
--
-- One row per article: the cleaned and annotated text (sentences, tokens with lemma, POS and
-- NER tags, dependency edges, entity and time mentions) as gzip-compressed JSON, in the format
-- of AnnotationCodec version `codec`.
CREATE TABLE annotations (
  article_id VARCHAR PRIMARY KEY,
  codec      INTEGER NOT NULL,
  data       BLOB NOT NULL
)
