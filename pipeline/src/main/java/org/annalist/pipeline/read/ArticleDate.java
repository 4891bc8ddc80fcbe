package org.annalist.pipeline.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.annalist.model.Article.DateOrigin;

/**
 * An article's date with where it came from.
 *
 * @param date the date, or null when unknown
 * @param origin SOURCE, USER or UNKNOWN
 */
record ArticleDate(LocalDate date, DateOrigin origin) {
  private static final Pattern LEADING_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?!\\d)");

  /** The date stated by the input if any (SOURCE), else the user's default (USER), else unknown. */
  static ArticleDate of(LocalDate stated, LocalDate fallback) {
    if (stated != null) {
      return new ArticleDate(stated, DateOrigin.SOURCE);
    }
    if (fallback != null) {
      return new ArticleDate(fallback, DateOrigin.USER);
    }
    return new ArticleDate(null, DateOrigin.UNKNOWN);
  }

  /**
   * The date at the start of {@code value}: {@code YYYY-MM-DD}, alone or followed by a time as in
   * ISO date-times ({@code 2024-03-18T09:30:00Z}, {@code 2009-03-23 14:39:58-05}). The time and
   * zone are ignored: the date is the one the source wrote.
   *
   * @return the date, or null when {@code value} does not start with a valid one
   */
  static LocalDate leadingDate(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    if (!LEADING_DATE.matcher(trimmed).lookingAt()) {
      return null;
    }
    try {
      return LocalDate.parse(trimmed.substring(0, "YYYY-MM-DD".length()));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
