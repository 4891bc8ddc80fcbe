package org.annalist.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A full-text search with filters.
 *
 * @param text the query: words (all must match), "quoted phrases", -excluded, a|b for either,
 *     prefix*
 * @param from earliest article date, or null
 * @param to latest article date, or null
 * @param actor a CAMEO actor code or its beginning (upper case, e.g. {@code GEO} matches {@code
 *     GEOGOV}), or words of an actor's or place's name; or null
 * @param country ISO alpha-3 or FIPS code of a country an actor or place belongs to; or null
 * @param code a CAMEO event code or its beginning (e.g. {@code 04}); or null
 * @param limit hits returned at most
 * @param offset hits skipped first
 */
public record SearchQuery(
    String text,
    LocalDate from,
    LocalDate to,
    String actor,
    String country,
    String code,
    int limit,
    int offset) {
  public SearchQuery {
    Objects.requireNonNull(text, "text");
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  /** A query for {@code text} alone, first ten hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, 10, 0);
  }
}
