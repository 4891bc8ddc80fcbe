package org.annalist.pipeline.geo;

/** What kind of place a gazetteer entry is. */
public enum GeoType {
  /** A country or dependent territory with an ISO 3166-1 code (countries.tsv). */
  COUNTRY,
  /** A first-level administrative unit, as GeoNames codes them (regions.tsv). */
  REGION,
  /**
   * A territory that is no first-level unit: disputed, breakaway, occupied, historical or informal
   * (territories.tsv): Donbas, Darfur, Northern Cyprus.
   */
  TERRITORY,
  /** A US county or Louisiana parish, a second-level unit (counties.tsv). */
  COUNTY,
  /** A populated place of GeoNames cities1000, village to metropolis (places.tsv.gz). */
  CITY,
  /** A continent, world region, ocean or sea (macro-regions.tsv): Europe, the Middle East. */
  MACRO
}
