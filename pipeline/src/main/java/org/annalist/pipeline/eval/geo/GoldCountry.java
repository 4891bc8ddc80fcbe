package org.annalist.pipeline.eval.geo;

/**
 * Gives the country of a gold toponym, for country accuracy. None of the gold formats states it as
 * an ISO code, so it is looked up, typically in the geoparser's gazetteer: by GeoNames id where the
 * gold has one, else by the country containing (or nearest to) the coordinates.
 *
 * <p>When the scorer has no such function, country accuracy is reported as absent.
 */
@FunctionalInterface
public interface GoldCountry {
  /**
   * @param point the gold coordinates
   * @param geonameId the gold GeoNames id, or null when the gold has none
   * @return the ISO 3166-1 alpha-2 code of the country, or null when it is unknown (the toponym
   *     then does not count for country accuracy, e.g. a sea or a continent)
   */
  String iso2(GeoPoint point, Long geonameId);
}
