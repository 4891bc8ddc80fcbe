package org.annalist.pipeline.eval.geo;

import java.util.Locale;

/**
 * A toponym as a geoparser found and resolved it, in the same raw text the gold offsets point into.
 *
 * @param start offset of its first character in the article's raw text
 * @param end offset after its last character (half-open)
 * @param point where the geoparser puts it, or null when it recognised the name but could not
 *     resolve it (scored as the largest possible error, see {@link GeoScorer})
 * @param country its ISO 3166-1 alpha-2 code (upper-cased here), or null when not given
 * @param geonameId its GeoNames id, or null when not given
 */
public record PredictedToponym(int start, int end, GeoPoint point, String country, Long geonameId) {
  public PredictedToponym {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (country != null) {
      if (!country.matches("[A-Za-z]{2}")) {
        throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: \"" + country + "\"");
      }
      country = country.toUpperCase(Locale.ROOT);
    }
  }

  /** A resolved toponym without country or GeoNames id. */
  public static PredictedToponym at(int start, int end, double latitude, double longitude) {
    return new PredictedToponym(start, end, new GeoPoint(latitude, longitude), null, null);
  }
}
