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
  private OfficeHolders officeHolders;

  /**
   * The kinds of groups.tsv that are actors. Ethnic groups are not: GDELT carries them in separate
   * ethnic-code columns, not as actor codes.
   */
  private static final java.util.Set<String> ACTOR_GROUP_KINDS =
      java.util.Set.of("armed-group", "party", "ngo", "company", "media", "religious");

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
    for (GroupData.Group g : GroupData.load()) {
      if (!ACTOR_GROUP_KINDS.contains(g.kind())) {
        continue;
      }
      NameEntry group =
          new NameEntry(
              NameEntry.Kind.GROUP, g.code(), g.name(), g.country(), null, null, g.line());
      g.names().forEach(n -> d.add(n, group));
    }
    d.officeHolders = OfficeHolders.load();
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

  /**
   * How a name resolves on a date, one line per reading: the current offices of a person (or the
   * last one, as an elite), and the countries, organisations, groups and regions of that name.
   */
  public List<String> describe(String name, java.time.LocalDate date) {
    List<String> out = new ArrayList<>();
    List<OfficeHolders.Tenure> now = officeHolders.lookup(name, date);
    for (OfficeHolders.Tenure t : now) {
      out.add(
          t.code()
              + "\tperson\t"
              + t.name()
              + ", "
              + t.title()
              + " from "
              + t.from()
              + (t.to() == null ? "" : " to " + t.to())
              + "\t"
              + t.line());
    }
    if (now.isEmpty()) {
      officeHolders
          .lastBefore(name, date)
          .ifPresent(
              t ->
                  out.add(
                      (t.code().startsWith("IGO") ? t.code() : t.code().substring(0, 3) + "ELI")
                          + "\tformer office holder\t"
                          + t.name()
                          + ", "
                          + t.title()
                          + " until "
                          + t.to()
                          + "\t"
                          + t.line()));
    }
    for (NameEntry e : lookup(name)) {
      String kind = e.kind().name().toLowerCase(java.util.Locale.ROOT);
      String code = e.kind() == NameEntry.Kind.CAPITAL ? e.code() + "GOV" : e.code();
      out.add(code + "\t" + kind + "\t" + e.canonical() + "\t" + source(e));
    }
    for (Reading r : readings(key(name))) {
      out.add(r.code() + "\treading (" + r.type() + ")\t" + r.label() + "\treadings.tsv");
    }
    return out;
  }

  private static String source(NameEntry e) {
    return switch (e.kind()) {
      case COUNTRY, ADJECTIVE, CAPITAL -> "countries.tsv";
      case ORGANISATION -> "organisations.tsv";
      case REGION -> "regions.tsv";
      case GROUP -> e.placeType();
    };
  }

  /** The dated office holders. */
  OfficeHolders officeHolders() {
    return officeHolders;
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
