package org.annalist.pipeline.actor;

/**
 * A name the dictionary knows.
 *
 * @param kind what the name is
 * @param code CAMEO code (country code for states, regions and places; full code for IGOs)
 * @param canonical the canonical name of what it names
 * @param country CAMEO country code it belongs to, or null for an IGO
 * @param fips FIPS 10-4 country code, or null
 * @param adm1 FIPS first-level code for regions, or null
 * @param placeType place type for places (country, region, territory, us-state), or null; for
 *     groups, where the entry is defined ({@code groups.tsv:N})
 */
record NameEntry(
    Kind kind,
    String code,
    String canonical,
    String country,
    String fips,
    String adm1,
    String placeType) {

  enum Kind {
    COUNTRY,
    ADJECTIVE,
    CAPITAL,
    ORGANISATION,
    REGION,
    GROUP
  }
}
