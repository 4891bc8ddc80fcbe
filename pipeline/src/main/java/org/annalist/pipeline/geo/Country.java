package org.annalist.pipeline.geo;

import java.util.List;
import java.util.Objects;

/**
 * A country or dependent territory with an ISO 3166-1 code.
 *
 * @param iso2 ISO 3166-1 alpha-2 code (Kosovo XK)
 * @param iso3 ISO 3166-1 alpha-3 code (Kosovo XKX)
 * @param fipsCodes FIPS 10-4 codes as GDELT writes them, usual one first; Palestine has WE and GZ;
 *     empty where FIPS has none
 * @param cameo CAMEO country code (ISO alpha-3 except East Timor TMP and Kosovo KSV)
 * @param geonameId GeoNames id of the country (as the npm package iso3166-2-db gives it), or 0
 *     where that package has none
 * @param independent whether world-countries counts it as a sovereign state
 * @param name common English name
 * @param officialName official English name
 * @param alternateNames other English names and short forms (USA, U.S., UK)
 * @param demonyms English demonyms (Georgian, American)
 * @param capitals capital cities
 * @param lat latitude of a representative point
 * @param lon longitude of a representative point
 */
public record Country(
    String iso2,
    String iso3,
    List<String> fipsCodes,
    String cameo,
    long geonameId,
    boolean independent,
    String name,
    String officialName,
    List<String> alternateNames,
    List<String> demonyms,
    List<String> capitals,
    double lat,
    double lon) {
  public Country {
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(officialName, "officialName");
    fipsCodes = List.copyOf(fipsCodes);
    alternateNames = List.copyOf(alternateNames);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
  }

  /** The usual FIPS 10-4 code (GM for Germany), or empty where FIPS has none. */
  public String fips() {
    return fipsCodes.isEmpty() ? "" : fipsCodes.get(0);
  }
}
