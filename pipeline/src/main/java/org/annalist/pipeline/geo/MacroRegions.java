package org.annalist.pipeline.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Continents, world regions, oceans and seas ({@code macro-regions.tsv}): places larger than a
 * country that news names ("Europe", "the Middle East"), each with a representative point, found by
 * name or by adjective ("European").
 */
public final class MacroRegions {
  static final String FILE = "macro-regions.tsv";

  private final Map<String, GazetteerEntry> byName;
  private final Map<String, GazetteerEntry> byAdjective;

  private MacroRegions(
      Map<String, GazetteerEntry> byName, Map<String, GazetteerEntry> byAdjective) {
    this.byName = Map.copyOf(byName);
    this.byAdjective = Map.copyOf(byAdjective);
  }

  /** Loads {@code macro-regions.tsv} from the classpath; a bad line fails with file and line. */
  public static MacroRegions load() {
    return load(Gazetteer.class::getResourceAsStream);
  }

  static MacroRegions load(GeoTsv.Opener opener) {
    Map<String, GazetteerEntry> names = new HashMap<>();
    Map<String, GazetteerEntry> adjectives = new HashMap<>();
    GeoTsv.read(
        opener,
        FILE,
        5,
        row -> {
          GazetteerEntry e =
              new GazetteerEntry(
                  0,
                  row.col(0),
                  "L",
                  "RGN",
                  GeoType.MACRO,
                  "",
                  "",
                  "",
                  "",
                  "",
                  row.degrees(2, "latitude", 90),
                  row.degrees(3, "longitude", 180),
                  0);
          for (String n : concat(List.of(row.col(0)), row.list(1))) {
            if (names.put(NameKey.of(n), e) != null) {
              throw row.error("name '" + n + "' is listed twice");
            }
          }
          for (String a : row.list(4)) {
            if (adjectives.put(NameKey.of(a), e) != null) {
              throw row.error("adjective '" + a + "' is listed twice");
            }
          }
        });
    return new MacroRegions(names, adjectives);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  /** The place of this name ("Europe", "the Mediterranean"), or null. */
  public GazetteerEntry byName(String name) {
    GazetteerEntry e = byName.get(NameKey.of(name));
    if (e == null && NameKey.of(name).startsWith("the ")) {
      e = byName.get(NameKey.of(name).substring(4));
    }
    return e;
  }

  /** The place an adjective or demonym names ("European", "Africans"), or null. */
  public GazetteerEntry byAdjective(String word) {
    return byAdjective.get(NameKey.of(word));
  }

  /** The number of places. */
  public int size() {
    return (int) byName.values().stream().distinct().count();
  }
}
