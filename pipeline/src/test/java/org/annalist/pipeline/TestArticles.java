package org.annalist.pipeline;

import java.time.LocalDate;
import org.annalist.model.Article;
import org.annalist.model.Extraction;

/** Short test articles: one text with a date the user gave. */
public final class TestArticles {
  private TestArticles() {}

  /** Extracts a text as an article of the given date. */
  public static Extraction extract(Extractor extractor, String text, LocalDate date)
      throws RejectedArticleException {
    return extractor.extract(
        new Article("t", null, null, null, date, Article.DateOrigin.USER, text, "t", "t"));
  }
}
