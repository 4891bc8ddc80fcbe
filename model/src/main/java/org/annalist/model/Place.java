package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * A place named in an article, resolved to a country and, where known, a first-level region.
 *
 * @param id identifier unique within the article, e.g. {@code p2}
 * @param name canonical name
 * @param type country, region, territory, county, city, feature (a street or building, at the point
 *     of the place it lies in), macro or unresolved
 * @param country ISO 3166-1 alpha-3 code of the country it lies in
 * @param fips FIPS 10-4 country code (GDELT's geo country field)
 * @param adm1 FIPS first-level code (e.g. {@code GG02}), or null when it has none
 * @param mentions where the place is named
 * @param geonameId GeoNames id, or null when the place has none or is not resolved
 * @param featureCode GeoNames feature code (PPLC, PPL, ADM1, PCLI, ...), or null
 * @param lat latitude, WGS84 degrees, or null when the place is not resolved to a point
 * @param lon longitude, WGS84 degrees, or null
 */
public record Place(
    String id,
    String name,
    String type,
    String country,
    String fips,
    String adm1,
    List<Mention> mentions,
    Long geonameId,
    String featureCode,
    Double lat,
    Double lon) {
  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
  }

  /** A place known by its codes only, without a gazetteer point. */
  public Place(
      String id,
      String name,
      String type,
      String country,
      String fips,
      String adm1,
      List<Mention> mentions) {
    this(id, name, type, country, fips, adm1, mentions, null, null, null, null);
  }

  /**
   * GDELT's geo type of this place: 1 country, 2 US state, 3 US city (a county, a town or a feature
   * in the US), 4 world city (a town or a feature elsewhere), 5 world state (a first-level region,
   * a territory, a continent or sea).
   */
  public int gdeltType() {
    boolean us = "USA".equals(country);
    return switch (type) {
      case "country" -> 1;
      case "city", "county", "feature" -> us ? 3 : 4;
      default -> us ? 2 : 5;
    };
  }
}
