package org.annalist.pipeline.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The actor dictionaries: countries (names, aliases, adjectives, capitals), international
 * organisations with the titles of their heads, role words, regions, and names with several
 * readings. Loaded from the data files under {@code org/annalist/pipeline/actor/}.
 *
 * <p>Lifecycle: load once per process with {@link #load()}; immutable and thread-safe.
 */
public final class ActorDictionary {
  /** The longest name, in tokens, that the matcher tries. */
  static final int MAX_NAME_TOKENS = 7;

  private final Map<String, List<NameEntry>> names = new HashMap<>();
  private final Map<String, Role> roles = new HashMap<>();
  private final Map<String, List<String>> headTitles = new HashMap<>();
  private final Map<String, String> fipsByCountry = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final Map<String, List<Reading>> readings = new LinkedHashMap<>();

  /** A role word: the sector it signals and whether it can be a title or a group noun. */
  record Role(String phrase, String sector, boolean title, boolean noun) {}

  /** One reading of an ambiguous name, with the words that support it. */
  record Reading(
      String name, String code, String type, String label, List<String> cues, Pattern cuePattern) {
    static Reading of(String name, String code, String type, String label, List<String> cues) {
      String alternatives =
          cues.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
      return new Reading(
          name,
          code,
          type,
          label,
          cues,
          Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"));
    }
  }

  private ActorDictionary() {}

  /** Loads the dictionaries from the classpath; a bad line fails with its file and line. */
  public static ActorDictionary load() {
    ActorDictionary d = new ActorDictionary();
    for (TsvData.Row r : TsvData.read(ActorDictionary.class, "countries.tsv", 8)) {
      String code = r.col(0);
      String fips = r.col(3);
      String name = r.col(4);
      d.fipsByCountry.put(code, fips);
      d.countryNames.put(code, name);
      NameEntry country =
          new NameEntry(NameEntry.Kind.COUNTRY, code, name, code, fips, null, "country");
      d.add(name, country);
      r.list(5).forEach(a -> d.add(a, country));
      NameEntry adj = new NameEntry(NameEntry.Kind.ADJECTIVE, code, name, code, fips, null, null);
      r.list(6).forEach(a -> d.add(a, adj));
      NameEntry cap = new NameEntry(NameEntry.Kind.CAPITAL, code, name, code, fips, null, null);
      r.list(7).forEach(a -> d.add(a, cap));
    }
    for (TsvData.Row r : TsvData.read(ActorDictionary.class, "organisations.tsv", 4)) {
      String code = r.col(0);
      NameEntry org =
          new NameEntry(NameEntry.Kind.ORGANISATION, code, r.col(1), null, null, null, null);
      d.add(r.col(1), org);
      r.list(2).forEach(a -> d.add(a, org));
      d.headTitles.put(code, r.list(3).stream().map(ActorDictionary::norm).toList());
    }
    for (TsvData.Row r : TsvData.read(ActorDictionary.class, "regions.tsv", 6)) {
      NameEntry region =
          new NameEntry(
              NameEntry.Kind.REGION,
              r.col(2),
              r.col(0),
              r.col(2),
              r.col(3),
              r.col(4).equals("-") ? null : r.col(4),
              r.col(5));
      d.add(r.col(0), region);
      r.list(1).forEach(a -> d.add(a, region));
    }
    for (TsvData.Row r : TsvData.read(ActorDictionary.class, "roles.tsv", 3)) {
      String kind = r.col(2);
      if (!kind.equals("title") && !kind.equals("noun") && !kind.equals("both")) {
        throw r.error("kind must be title, noun or both: " + kind);
      }
      d.roles.put(
          norm(r.col(0)),
          new Role(norm(r.col(0)), r.col(1), !kind.equals("noun"), !kind.equals("title")));
    }
    for (TsvData.Row r : TsvData.read(ActorDictionary.class, "readings.tsv", 5)) {
      d.readings
          .computeIfAbsent(r.col(0), k -> new ArrayList<>())
          .add(Reading.of(r.col(0), r.col(1), r.col(2), r.col(3), r.list(4)));
    }
    return d;
  }

  private void add(String name, NameEntry e) {
    String key = key(name);
    if (key.isEmpty()) {
      return;
    }
    List<NameEntry> list = names.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  /** The lookup key of a name: whitespace collapsed, a leading "the" dropped. */
  static String key(String name) {
    String k = name.strip();
    if (needsSpaceFolding(k)) {
      k = k.replaceAll("\\s+", " ");
    }
    if (k.startsWith("the ") || k.startsWith("The ")) {
      k = k.substring(4);
    }
    return k;
  }

  private static boolean needsSpaceFolding(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || (i > 0 && s.charAt(i - 1) == ' '))) {
        return true;
      }
    }
    return false;
  }

  static String norm(String phrase) {
    return phrase.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
  }

  /** Entries for an exact name (case-sensitive), or an empty list. */
  List<NameEntry> lookup(String name) {
    return names.getOrDefault(key(name), List.of());
  }

  /** The role of a lower-case lemma phrase, or null. */
  Role role(String phrase) {
    return roles.get(norm(phrase));
  }

  /** Whether {@code title} (a role phrase) is a title of the head of organisation {@code code}. */
  boolean isHeadTitle(String orgCode, String title) {
    return headTitles.getOrDefault(orgCode, List.of()).contains(norm(title));
  }

  /** Organisation codes whose head carries {@code title}. */
  List<String> organisationsHeadedBy(String title) {
    String t = norm(title);
    List<String> out = new ArrayList<>();
    headTitles.forEach(
        (code, titles) -> {
          if (titles.contains(t)) {
            out.add(code);
          }
        });
    return out;
  }

  String fips(String country) {
    return fipsByCountry.get(country);
  }

  String countryName(String country) {
    return countryNames.getOrDefault(country, country);
  }

  /** The readings of an ambiguous name, default first, or an empty list. */
  List<Reading> readings(String name) {
    return readings.getOrDefault(name, List.of());
  }
}
