package org.annalist.pipeline.geo;

import java.util.List;
import java.util.Objects;

/**
 * A first-level administrative unit as GeoNames codes it: a US state, a Georgian region, a Russian
 * federal subject.
 *
 * @param iso2 ISO 3166-1 alpha-2 code of its country
 * @param admin1 GeoNames admin1 code ("11" for Crimea, "TX" for Texas)
 * @param name English name, or empty where none of the sources gives one
 * @param alternateNames other names, each with a lookup key of its own
 * @param nameSource where the name comes from
 * @param isoCode ISO 3166-2 code where one was matched ({@code GE-TB}), or empty
 * @param geonameId GeoNames id (as the npm package iso3166-2-db gives it), or 0 when not known
 * @param gdeltAdm1 GDELT ADM1 code ({@code GG02}, {@code USTX}), or empty when it has none
 * @param lat latitude of the middle of the box around its places (a weighted centroid for a unit
 *     spread wider than 30 degrees)
 * @param lon longitude of that centroid
 * @param population sum of the populations of its places (a lower bound)
 * @param places number of its places in the gazetteer
 */
public record Region(
    String iso2,
    String admin1,
    String name,
    List<String> alternateNames,
    NameSource nameSource,
    String isoCode,
    long geonameId,
    String gdeltAdm1,
    double lat,
    double lon,
    long population,
    int places) {
  public Region {
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameSource, "nameSource");
    Objects.requireNonNull(isoCode, "isoCode");
    Objects.requireNonNull(gdeltAdm1, "gdeltAdm1");
    alternateNames = List.copyOf(alternateNames);
  }

  /** Where a region's name comes from. */
  public enum NameSource {
    /** Our own region-names.tsv. */
    OWN,
    /** The npm package iso3166-2-db, by the unit's GeoNames admin1 code (regions.tsv). */
    ISO3166_2_DB,
    /** Debian's iso-codes, through the ISO 3166-2 subdivision matched to the unit (regions.tsv). */
    ISO_CODES,
    /** No name: the unit has no entry of its own. */
    NONE
  }
}
