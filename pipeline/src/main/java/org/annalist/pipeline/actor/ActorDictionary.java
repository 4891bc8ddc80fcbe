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

  /** PETRARCH actor and agent dictionaries used with (or instead of) ours, or null. */
  private org.annalist.pipeline.petrarch.PetrarchDictionaries petrarch;

  /** Whether the PETRARCH dictionaries replace our names instead of adding to them. */
  private boolean petrarchOnly;

  /** The sector codes of our role words (with IGO, NGO, MNC), once PETRARCH's are added. */
  private final java.util.Set<String> sectors = new java.util.HashSet<>();

  /**
   * The kinds of groups.tsv that are actors. Ethnic groups are not: GDELT carries them in separate
   * ethnic-code columns, not as actor codes.
   */
  private static final java.util.Set<String> ACTOR_GROUP_KINDS =
      java.util.Set.of("armed-group", "party", "ngo", "company", "media", "religious");

  /** A role word: the sector it signals and whether it can be a title or a group noun. */
  record Role(String phrase, String sector, boolean title, boolean noun, boolean before) {
    Role(String phrase, String sector, boolean title, boolean noun) {
      this(phrase, sector, title, noun, false);
    }

    /**
     * The code of this role of a country (or group): the sector after the country's code, or before
     * it for a PETRARCH agent written {@code [NGO~]} ("MSF" of ABC: NGOABC).
     */
    String of(String code) {
      return before ? sector + code : code + sector;
    }
  }

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

  /**
   * Uses PETRARCH actor and agent dictionaries as well: a name ours do not know is looked up in
   * their actors (its code on the article's date, by the dated roles), and their agents add role
   * nouns ours lack ("troops" for MIL). With {@code replace}, names are looked up in theirs only.
   * Call once, right after {@link #load()}.
   */
  public ActorDictionary withPetrarch(
      org.annalist.pipeline.petrarch.PetrarchDictionaries dictionaries, boolean replace) {
    this.petrarch = java.util.Objects.requireNonNull(dictionaries, "dictionaries");
    this.petrarchOnly = replace;
    for (org.annalist.pipeline.petrarch.AgentEntry a : dictionaries.agents().entries()) {
      String sector = a.code().replace("~", "");
      if (!sector.matches("([A-Z]{3})+")) {
        continue;
      }
      for (String form : a.forms().isEmpty() ? List.of(a.phrase()) : a.forms()) {
        String phrase = norm(form.replace('_', ' '));
        if (!phrase.isEmpty() && (replace || !roles.containsKey(phrase))) {
          agentRoles.add(phrase);
          roles.put(
              phrase,
              new Role(
                  phrase,
                  sector,
                  false,
                  true,
                  a.position() == org.annalist.pipeline.petrarch.AgentEntry.Position.BEFORE_ACTOR));
          if (phrase.contains(" ")) {
            agentPhrases.add(phrase);
          }
        }
      }
    }
    sectors.addAll(List.of("IGO", "NGO", "MNC"));
    roles.values().forEach(r -> sectors.add(r.sector()));
    return this;
  }

  /**
   * Entries for a name on a date: ours (unless the PETRARCH dictionaries replace them), else the
   * PETRARCH actors of that name with their code on the date, as groups whose basis names the
   * entry's line.
   */
  List<NameEntry> lookup(String name, java.time.LocalDate date) {
    List<NameEntry> own = petrarchOnly ? List.of() : lookup(name);
    if (!own.isEmpty() || petrarch == null || date == null) {
      return own;
    }
    List<org.annalist.pipeline.petrarch.ActorEntry> entries = petrarch.actorEntries(name);
    if (entries.isEmpty()) {
      return List.of();
    }
    String code = petrarch.actorCode(name, date).orElse(null);
    if (code == null || code.isBlank() || code.equals("---")) {
      return List.of();
    }
    code = code.toUpperCase(Locale.ROOT);
    String line = "PETRARCH actors, line " + entries.get(0).line();
    if (code.matches("[A-Z]{3}") && !isSector(code)) {
      // A three-letter code is a state's: it takes role nouns as ours do ("X soldiers": XMIL).
      return List.of(
          new NameEntry(
              NameEntry.Kind.COUNTRY, code, name, code, fipsByCountry.get(code), null, line));
    }
    String country =
        code.length() >= 3 && countryNames.containsKey(code.substring(0, 3))
            ? code.substring(0, 3)
            : null;
    return List.of(new NameEntry(NameEntry.Kind.GROUP, code, name, country, null, null, line));
  }

  /** Whether a code is a sector's (GOV, MIL, ...), as the role words give them. */
  private boolean isSector(String code) {
    return sectors.contains(code);
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

  /**
   * The role of a noun, written {@code word}, of lemma {@code lemma}: a PETRARCH agent's role only
   * in the forms its entry lists ("POLICE {}" has no plural: "polices" is none), ours in any form.
   */
  Role role(String word, String lemma) {
    Role r = role(lemma);
    if (r != null && agentRoles.contains(norm(lemma)) && !agentRoles.contains(norm(word))) {
      return role(word);
    }
    return r;
  }

  /**
   * The role of a PETRARCH agent phrase of several words ("foreign minister", "main opposition
   * group"), or null: it names its group more exactly than its last word does.
   */
  Role agentPhrase(String phrase) {
    String p = norm(phrase);
    return agentPhrases.contains(p) ? roles.get(p) : null;
  }

  /** Whether a word is a form of a PETRARCH agent whose role the dictionary took. */
  boolean isAgentForm(String word) {
    return agentRoles.contains(norm(word));
  }

  /** Whether a team's PETRARCH dictionaries are used instead of ours. */
  boolean petrarchOnly() {
    return petrarch != null && petrarchOnly;
  }

  /** The forms of the PETRARCH agents whose roles the dictionary took. */
  private final java.util.Set<String> agentRoles = new java.util.HashSet<>();

  /** The PETRARCH agent phrases of several words. */
  private final java.util.Set<String> agentPhrases = new java.util.HashSet<>();

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
