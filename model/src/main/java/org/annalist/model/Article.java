package org.annalist.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from its source, before cleaning.
 *
 * @param id stable identifier (from the source, else derived from the content)
 * @param url the article's address, or null
 * @param source the publisher or feed, or null
 * @param title the headline, or null
 * @param date the publication date, or null when unknown
 * @param dateOrigin where {@code date} came from
 * @param text the raw body text
 * @param format the reader that produced it (seed, text, jsonl, html, ...)
 * @param origin the file (and line) it was read from, for messages
 */
public record Article(
    String id,
    String url,
    String source,
    String title,
    LocalDate date,
    DateOrigin dateOrigin,
    String text,
    String format,
    String origin) {

  /** Where an article's date came from. */
  public enum DateOrigin {
    /** Stated in the article file itself (a date line, a metadata field). */
    SOURCE,
    /** Given by the user on the command line. */
    USER,
    /** Not known: relative dates cannot be resolved and the article is flagged. */
    UNKNOWN
  }

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    if (date == null) {
      dateOrigin = DateOrigin.UNKNOWN;
    } else {
      Objects.requireNonNull(dateOrigin, "dateOrigin");
    }
  }

  public Article withText(String newText) {
    return new Article(id, url, source, title, date, dateOrigin, newText, format, origin);
  }

  public Article withDate(LocalDate newDate, DateOrigin newOrigin) {
    return new Article(id, url, source, title, newDate, newOrigin, text, format, origin);
  }
}
