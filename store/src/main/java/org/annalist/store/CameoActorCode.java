package org.annalist.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A CAMEO actor code taken apart into GDELT's actor fields: the country, a known group and up to
 * three type (role) codes. A code is a sequence of three-letter segments: {@code GEOGOV} is the
 * government of the country GEO (type GOV), {@code IGOWSTNAT} the western alliance (type IGO,
 * region WST, known group NAT).
 *
 * @param country the ISO alpha-3 country, or null
 * @param knownGroup the known group segment (NAT, UNO, ...), or null
 * @param types up to three type codes, in order
 */
public record CameoActorCode(String country, String knownGroup, List<String> types) {
  /** CAMEO's type (role) segments. */
  static final Set<String> TYPES =
      Set.of(
          "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO", "IMG",
          "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP", "PTY", "RAD",
          "REB", "REF", "SEP", "SET", "SPY", "UAF", "COP");

  /** CAMEO's regional segments, which are neither countries, types nor groups. */
  static final Set<String> REGIONS =
      Set.of(
          "AFR", "ASA", "BLK", "BAL", "CAF", "CAS", "CRB", "EAF", "EEU", "EUR", "LAM", "MEA", "NAF",
          "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST", "SCN", "NAM", "CAU");

  public CameoActorCode {
    types = List.copyOf(types);
  }

  /**
   * Takes {@code code} apart.
   *
   * @param code the CAMEO actor code
   * @param country the actor's country (ISO alpha-3) when known, which is the code's first segment
   */
  public static CameoActorCode parse(String code, String country) {
    List<String> segments = new ArrayList<>();
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      segments.add(code.substring(i, i + 3));
    }
    int from = 0;
    if (country != null && !segments.isEmpty() && segments.get(0).equals(country)) {
      from = 1;
    }
    String group = null;
    List<String> types = new ArrayList<>();
    for (String s : segments.subList(from, segments.size())) {
      if (TYPES.contains(s)) {
        if (types.size() < 3) {
          types.add(s);
        }
      } else if (!REGIONS.contains(s) && group == null && from == 0) {
        group = s;
      }
    }
    if (from == 0 && types.isEmpty() && segments.size() == 1) {
      group = null;
    }
    return new CameoActorCode(country, group, types);
  }

  /** The i-th type code (0 to 2), or null. */
  public String type(int i) {
    return i < types.size() ? types.get(i) : null;
  }
}
