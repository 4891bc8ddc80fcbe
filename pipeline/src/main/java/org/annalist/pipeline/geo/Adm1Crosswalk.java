package org.annalist.pipeline.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * GDELT ADM1 codes and FIPS country codes of places from their GeoNames codes: the default rule
 * (FIPS country code + admin1) and the exceptions of {@code adm1-crosswalk.tsv}, whose header
 * explains both.
 */
final class Adm1Crosswalk {
  static final String FILE = "adm1-crosswalk.tsv";

  /** The FIPS country code and ADM1 code a place exports as; adm1 empty for none. */
  record Codes(String fips, String adm1) {}

  private record Rule(String adm1, String fips) {}

  /** Rules by country, then by GeoNames code. */
  private final Map<String, Map<String, Rule>> byAdmin2 = new HashMap<>();

  private final Map<String, Map<String, Rule>> byAdmin1 = new HashMap<>();
  private final Map<String, Rule> byCountry = new HashMap<>();

  Adm1Crosswalk(GeoTsv.Opener opener, Map<String, Country> countries) {
    GeoTsv.read(
        opener,
        FILE,
        5,
        row -> {
          String iso2 = row.col(0);
          if (!countries.containsKey(iso2)) {
            throw row.error("unknown country " + iso2);
          }
          String adm1 = row.optional(3);
          if (!adm1.isEmpty() && !adm1.matches("[A-Z]{2}[A-Z0-9]{2}")) {
            throw row.error("ADM1 code must be four letters or digits: " + adm1);
          }
          Rule rule = new Rule(adm1, row.optional(4));
          String code = row.col(2);
          Map<String, Rule> target =
              switch (row.col(1)) {
                case "admin1" ->
                    code.equals("*")
                        ? byCountry
                        : byAdmin1.computeIfAbsent(iso2, k -> new HashMap<>());
                case "admin2" -> byAdmin2.computeIfAbsent(iso2, k -> new HashMap<>());
                default -> throw row.error("level must be admin1 or admin2: " + row.col(1));
              };
          if (target.put(target == byCountry ? iso2 : code, rule) != null) {
            throw row.error("second rule for " + iso2 + " " + code);
          }
        });
  }

  /** Codes of a place (admin2 may be empty) or, with admin2 empty, of a first-level unit. */
  Codes codes(Country country, String admin1, String admin2) {
    String iso2 = country.iso2();
    Map<String, Rule> level2 = byAdmin2.get(iso2);
    Rule rule = level2 == null || admin2.isEmpty() ? null : level2.get(admin2);
    Map<String, Rule> level1 = byAdmin1.get(iso2);
    if (rule == null && level1 != null && !admin1.isEmpty()) {
      rule = level1.get(admin1);
    }
    if (rule == null) {
      rule = byCountry.get(iso2);
    }
    String fips = country.fips();
    if (rule != null) {
      return new Codes(rule.fips().isEmpty() ? fips : rule.fips(), rule.adm1());
    }
    boolean coded = !fips.isEmpty() && isTwo(admin1) && !admin1.equals("00");
    return new Codes(fips, coded ? fips + admin1 : "");
  }

  private static boolean isTwo(String code) {
    return code.length() == 2 && isCodeChar(code.charAt(0)) && isCodeChar(code.charAt(1));
  }

  private static boolean isCodeChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
