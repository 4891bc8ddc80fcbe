package org.annalist.pipeline.eval.geo;

import java.util.Objects;

/**
 * A toponym of the gold annotation of one article.
 *
 * @param start offset of its first character in the article's raw text, as read
 * @param end offset after its last character (half-open {@code [start, end)})
 * @param phrase the name as the annotation gives it; normally {@code text.substring(start, end)}
 * @param point its coordinates, or null when the annotation gives none (it then counts for
 *     recognition only)
 * @param geonameId its GeoNames id, or null when the format or the annotation gives none
 * @param type its GeoWebNews type, or null for formats without types
 */
public record GoldToponym(
    int start, int end, String phrase, GeoPoint point, Long geonameId, ToponymType type) {
  public GoldToponym {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(phrase, "phrase");
  }

  /** Whether the annotation gives coordinates, so that resolution can be scored. */
  public boolean hasPoint() {
    return point != null;
  }
}
