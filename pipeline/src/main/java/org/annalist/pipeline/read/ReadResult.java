package org.annalist.pipeline.read;

import org.annalist.model.Article;
import org.annalist.model.Rejection;

/** What a reader yields for each record: an article, or a rejection with its reason. */
public sealed interface ReadResult {
  /** An article read successfully. */
  record Ok(Article article) implements ReadResult {}

  /** An input (file, line, record) that could not be read. */
  record Rejected(Rejection rejection) implements ReadResult {}
}
