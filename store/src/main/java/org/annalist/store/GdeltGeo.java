package org.annalist.store;

import org.annalist.model.Place;

/**
 * A place in GDELT's geo fields.
 *
 * @param type 1 country, 2 US state, 3 US city, 4 world city, 5 world state or region
 * @param fullName the place's name
 * @param countryCode FIPS 10-4 country code
 * @param adm1Code GDELT ADM1 code; the country code for a country
 * @param lat latitude or null
 * @param lon longitude or null
 * @param featureId GeoNames id as text, or null
 */
public record GdeltGeo(
    int type,
    String fullName,
    String countryCode,
    String adm1Code,
    Double lat,
    Double lon,
    String featureId) {

  /** The GDELT fields of a place, as the extraction JSON gives them for an event's place. */
  public static GdeltGeo of(Place p) {
    return new GdeltGeo(
        p.gdeltType(),
        p.name(),
        p.fips(),
        p.adm1() != null ? p.adm1() : p.fips(),
        p.lat(),
        p.lon(),
        p.geonameId() == null ? null : p.geonameId().toString());
  }
}
