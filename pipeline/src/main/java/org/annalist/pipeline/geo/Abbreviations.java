package org.annalist.pipeline.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Abbreviations of countries and US states ({@code abbreviations.tsv}): "U.S.", "Calif.", "D.C."
 * stand for a place wherever they are written; postal codes ("TX") only as the qualifier after a
 * place ("Austin, TX"). The file also lists the demonyms of regions and cities ("Iowan",
 * "Londoner"), which name their place as a country's demonym names the country.
 */
public final class Abbreviations {
  static final String FILE = "abbreviations.tsv";

  /**
   * One abbreviation.
   *
   * @param name the place's English name as the gazetteer knows it
   * @param iso2 ISO 3166-1 alpha-2 code of its country
   * @param admin1 GeoNames admin1 code of the first-level unit, or null for a country
   * @param anywhere whether it is a place wherever it stands, not only as a qualifier
   */
  public record Abbreviation(String name, String iso2, String admin1, boolean anywhere) {
    public Abbreviation {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(iso2, "iso2");
    }
  }

  private final Map<String, Abbreviation> byText;
  private final Map<String, Abbreviation> byDemonym;

  private Abbreviations(Map<String, Abbreviation> byText, Map<String, Abbreviation> byDemonym) {
    this.byText = Map.copyOf(byText);
    this.byDemonym = Map.copyOf(byDemonym);
  }

  /** Loads {@code abbreviations.tsv} from the classpath; a bad line fails with file and line. */
  public static Abbreviations load() {
    return load(Gazetteer.class::getResourceAsStream);
  }

  static Abbreviations load(GeoTsv.Opener opener) {
    Map<String, Abbreviation> map = new HashMap<>();
    Map<String, Abbreviation> demonyms = new HashMap<>();
    GeoTsv.read(
        opener,
        FILE,
        5,
        row -> {
          String use = row.col(4);
          if (!use.equals("any") && !use.equals("qualifier") && !use.equals("demonym")) {
            throw row.error("use must be 'any', 'qualifier' or 'demonym', not '" + use + "'");
          }
          String admin1 = row.optional(3);
          Abbreviation a =
              new Abbreviation(
                  row.col(1), row.col(2), admin1.isEmpty() ? null : admin1, use.equals("any"));
          if ((use.equals("demonym") ? demonyms : map).put(row.col(0), a) != null) {
            throw row.error("abbreviation '" + row.col(0) + "' is listed twice");
          }
        });
    return new Abbreviations(map, demonyms);
  }

  /** The place an abbreviation stands for wherever it is written, or null. */
  public Abbreviation lookup(String text) {
    Abbreviation a = byText.get(text);
    return a != null && a.anywhere() ? a : null;
  }

  /** The place an abbreviation stands for after a place and a comma, or null. */
  public Abbreviation qualifier(String text) {
    return byText.get(text);
  }

  /**
   * The region or city a demonym names, as written or in the plural ("Iowan", "Manitobans",
   * "Londoners"), or null.
   */
  public Abbreviation demonym(String word) {
    Abbreviation a = byDemonym.get(word);
    if (a == null && word.length() > 3 && word.endsWith("s")) {
      a = byDemonym.get(word.substring(0, word.length() - 1));
    }
    return a;
  }

  /** The number of abbreviations. */
  public int size() {
    return byText.size();
  }
}
