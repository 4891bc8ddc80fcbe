package org.annalist.pipeline.geo;

import java.util.Objects;

/**
 * One candidate for a place name: a country, a first-level region, a territory or a populated
 * place, with what a geoparser needs to rank it and what GDELT-style output needs to write it.
 *
 * @param geonameId GeoNames id, or 0 when the entry has none (territories, some regions)
 * @param name the entry's name (for a city GeoNames's name, which may be in local spelling: "São
 *     Paulo", "Zürich", "Kyiv")
 * @param featureClass GeoNames feature class: P for cities, A for the others
 * @param featureCode GeoNames feature code: PPLC, PPLA, PPL... for cities; PCLI (independent state)
 *     or PCLD (dependent) for countries; ADM1 for regions; TERR for territories
 * @param type what kind of place it is
 * @param iso2 ISO 3166-1 alpha-2 code of its country
 * @param iso3 ISO 3166-1 alpha-3 code of its country
 * @param fips FIPS 10-4 country code as GDELT writes it (UP for Ukraine, GZ for a place in the Gaza
 *     Strip); empty where FIPS has none
 * @param admin1 GeoNames admin1 code of its first-level unit ("11" for Crimea, "TX" for Texas);
 *     empty for a country, and for a territory that spans several units
 * @param gdeltAdm1 GDELT ADM1 code of its first-level unit ("UP11", "USTX"), or empty when it has
 *     none; see {@link #gdeltAdm1Code()}
 * @param lat latitude, WGS84 degrees (for a region the middle of its settled area, for a country or
 *     territory a representative point)
 * @param lon longitude, WGS84 degrees
 * @param population GeoNames population of a city; for a region the sum over its cities; 0 for
 *     countries and territories and where unknown
 */
public record GazetteerEntry(
    long geonameId,
    String name,
    String featureClass,
    String featureCode,
    GeoType type,
    String iso2,
    String iso3,
    String fips,
    String admin1,
    String gdeltAdm1,
    double lat,
    double lon,
    long population) {
  public GazetteerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(featureClass, "featureClass");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(fips, "fips");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(gdeltAdm1, "gdeltAdm1");
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(
          "coordinates out of range for " + name + ": " + lat + "," + lon);
    }
  }

  /**
   * The value of GDELT's ADM1Code field: the first-level code when there is one ({@code UP11}),
   * otherwise the FIPS country code alone ({@code UP} for Ukraine the country, or for Donbas, which
   * spans several units).
   */
  public String gdeltAdm1Code() {
    return gdeltAdm1.isEmpty() ? fips : gdeltAdm1;
  }
}
