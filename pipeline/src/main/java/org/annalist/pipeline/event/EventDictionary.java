package org.annalist.pipeline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.model.CameoCodebook;

/**
 * The event patterns, indexed by trigger lemma. For each lemma the most specific patterns (those
 * requiring a complement, particle, object or preposition) are tried first, then file order; the
 * first that matches wins.
 *
 * <p>Lifecycle: load once per process; immutable and thread-safe.
 */
public final class EventDictionary {
  static final String INDEX = "patterns.index";
  static final String DISCARDS = "discards.tsv";
  static final String STANCES = "stances.tsv";
  private final Map<String, List<EventPattern>> byLemma = new HashMap<>();
  private final List<EventPattern> all = new ArrayList<>();

  private EventDictionary() {}

  /**
   * Loads the built-in patterns: the files listed, in order, in {@code event/patterns.index}. A bad
   * line fails with its file and line number.
   */
  public static EventDictionary load(CameoCodebook codes) {
    EventDictionary d = new EventDictionary();
    for (String file : lines(INDEX)) {
      if (file.isBlank() || file.startsWith("#")) {
        continue;
      }
      List<String> lines = lines(file.trim());
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        d.add(parse(line, file.trim() + ":" + (n + 1), codes));
      }
    }
    List<String> discardLines = lines(DISCARDS);
    for (int n = 0; n < discardLines.size(); n++) {
      String line = discardLines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length != 2) {
        throw new IllegalStateException(
            DISCARDS + ":" + (n + 1) + ": expected 2 columns, found " + c.length);
      }
      String phrase = c[0].trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
      d.discards.put(phrase, c[1].trim());
      d.longestDiscard = Math.max(d.longestDiscard, phrase.split(" ").length);
    }
    List<String> stanceLines = lines(STANCES);
    for (int n = 0; n < stanceLines.size(); n++) {
      String line = stanceLines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = STANCES + ":" + (n + 1);
      String[] c = line.split("\t");
      if (c.length != 3) {
        throw new IllegalStateException(where + ": expected 3 columns, found " + c.length);
      }
      String prefix = c[0].trim();
      if (codes.find(prefix).isEmpty()) {
        throw new IllegalStateException(where + ": unknown CAMEO code " + prefix);
      }
      String[] pair = new String[2];
      for (int k = 0; k < 2; k++) {
        String v = c[k + 1].trim();
        if (!v.equals("-")) {
          if (codes.find(v).isEmpty()) {
            throw new IllegalStateException(where + ": unknown CAMEO code " + v);
          }
          pair[k] = v;
        }
      }
      if (d.stances.put(prefix, pair) != null) {
        throw new IllegalStateException(where + ": prefix " + prefix + " listed twice");
      }
    }
    return d;
  }

  /**
   * A dictionary holding this one's patterns followed by {@code extra}, or only {@code extra} when
   * {@code replace}; discard phrases stay this dictionary's, and so do its stance codes unless
   * {@code replace} (a team's PETRARCH dictionary codes no stance of an announced action: "will
   * contribute money" is its aid, not also an intent to give aid). For each lemma the most specific
   * patterns are still tried first, then this dictionary's before {@code extra}.
   */
  public EventDictionary with(List<EventPattern> extra, boolean replace) {
    EventDictionary d = new EventDictionary();
    if (!replace) {
      all.forEach(d::add);
    }
    extra.forEach(d::add);
    d.discards.putAll(discards);
    d.longestDiscard = longestDiscard;
    if (!replace) {
      d.stances.putAll(stances);
    }
    return d;
  }

  /** The domain of a discard phrase that discards the whole story, not only its sentence. */
  public static final String STORY = "story";

  /**
   * This dictionary with a team's PETRARCH discards added: a phrase without {@code +} discards its
   * sentence, one with {@code +} the whole story ({@link #STORY}). Phrases are matched on
   * lower-case lemmas, {@code _} read as a blank.
   */
  public EventDictionary withDiscards(List<org.annalist.pipeline.petrarch.DiscardEntry> extra) {
    EventDictionary d = with(List.of(), false);
    for (org.annalist.pipeline.petrarch.DiscardEntry e : extra) {
      String phrase =
          e.phrase()
              .replace('_', ' ')
              .strip()
              .toLowerCase(java.util.Locale.ROOT)
              .replaceAll("\\s+", " ");
      if (phrase.isEmpty()) {
        continue;
      }
      d.discards.put(
          phrase,
          e.scope() == org.annalist.pipeline.petrarch.DiscardEntry.Scope.STORY
              ? STORY
              : "PETRARCH discards, line " + e.line());
      d.longestDiscard = Math.max(d.longestDiscard, phrase.split(" ").length);
    }
    return d;
  }

  /** Stance codes by action-code prefix: [intent, refusal], either may be null. */
  private final Map<String, String[]> stances = new HashMap<>();

  /**
   * The code of the stance taken towards an action: {@code refusal} false for announcing, promising
   * or threatening it, true for refusing it. Looked up by the longest listed prefix of the action's
   * code; null when CAMEO has no such stance.
   */
  public String stanceCode(String actionCode, boolean refusal) {
    for (int len = actionCode.length(); len >= 2; len--) {
      String[] pair = stances.get(actionCode.substring(0, len));
      if (pair != null) {
        return pair[refusal ? 1 : 0];
      }
    }
    return null;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = EventDictionary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static EventPattern parse(String line, String where, CameoCodebook codes) {
    String[] c = line.split("\t");
    if (c.length != 8) {
      throw new IllegalStateException(where + ": expected 8 columns, found " + c.length);
    }
    String code = c[0].trim();
    if (codes.find(code).isEmpty()) {
      throw new IllegalStateException(where + ": unknown CAMEO code " + code);
    }
    String pos = c[1].trim();
    if (!pos.equals("verb") && !pos.equals("noun")) {
      throw new IllegalStateException(where + ": pos must be verb or noun: " + pos);
    }
    String reciprocal = c[6].trim().equals("-") ? null : c[6].trim();
    if (reciprocal != null && codes.find(reciprocal).isEmpty()) {
      throw new IllegalStateException(where + ": unknown reciprocal code " + reciprocal);
    }
    Map<String, List<String>> req = requirements(c[5].trim(), where);
    try {
      return new EventPattern(
          code,
          pos.equals("noun"),
          c[2].trim(),
          slots(c[3]),
          slots(c[4]),
          new LinkedHashSet<>(req.getOrDefault("comp", List.of())),
          new LinkedHashSet<>(req.getOrDefault("prt", List.of())),
          new LinkedHashSet<>(req.getOrDefault("obj", List.of())),
          req.getOrDefault("prep", List.of()),
          reciprocal,
          c[7].trim(),
          where);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Parses {@code comp=a|b; prt=out; obj=deal; prep=of}, or {@code -}. */
  private static Map<String, List<String>> requirements(String col, String where) {
    Map<String, List<String>> out = new HashMap<>();
    if (col.equals("-") || col.isEmpty()) {
      return out;
    }
    for (String part : col.split(";")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException(where + ": requirement without '=': " + part.trim());
      }
      String key = part.substring(0, eq).trim();
      if (!Set.of("comp", "prt", "obj", "prep").contains(key)) {
        throw new IllegalStateException(
            where + ": unknown requirement '" + key + "' (use comp, prt, obj or prep)");
      }
      List<String> values = slots(part.substring(eq + 1));
      if (values.isEmpty()) {
        throw new IllegalStateException(where + ": requirement '" + key + "' has no value");
      }
      out.put(key, values);
    }
    return out;
  }

  private static List<String> slots(String col) {
    return Arrays.stream(col.trim().split("\\|"))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private void add(EventPattern p) {
    List<EventPattern> list = byLemma.computeIfAbsent(p.lemma(), k -> new ArrayList<>());
    list.add(p);
    // Specific frames first: the more a pattern requires, the earlier it is tried.
    list.sort(Comparator.comparingInt(EventDictionary::specificity).reversed());
    all.add(p);
  }

  private static int specificity(EventPattern p) {
    // Any complement (comp=*) is tried after the listed ones and before no complement.
    return (p.complement().isEmpty() ? 0 : p.anyComplement() ? 1 : 2)
        + 2 * (p.particle().isEmpty() ? 0 : 1)
        + 2 * (p.object().isEmpty() ? 0 : 1)
        + 2 * p.prepositions().size()
        + 3 * wordCount(p);
  }

  /**
   * How many words a pattern's word sequence requires at least: each item counts the words of its
   * shortest alternative ("most certainly did n't ever" is five words, not one item).
   */
  private static int wordCount(EventPattern p) {
    int n = 0;
    for (List<String> item : p.words()) {
      if (item.equals(EventPattern.VERB_ITEM)) {
        continue;
      }
      int least = Integer.MAX_VALUE;
      for (String phrase : item) {
        least = Math.min(least, phrase.split(" ").length);
      }
      n += item.isEmpty() ? 0 : least;
    }
    return n;
  }

  /** Discard phrases (lemmas, lower case, one space between words) with their domain. */
  private final Map<String, String> discards = new HashMap<>();

  private int longestDiscard = 1;

  /**
   * The domain of the discard phrase that starts at {@code lemmas[from]}, or null. Phrases are
   * matched on lower-case lemmas.
   */
  public String discardAt(List<String> lemmas, int from) {
    StringBuilder phrase = new StringBuilder();
    for (int n = 0; n < longestDiscard && from + n < lemmas.size(); n++) {
      if (n > 0) {
        phrase.append(' ');
      }
      phrase.append(lemmas.get(from + n));
      String domain = discards.get(phrase.toString());
      if (domain != null) {
        return domain;
      }
    }
    return null;
  }

  /** The patterns triggered by {@code lemma}, the most specific first, then in file order. */
  public List<EventPattern> forLemma(String lemma) {
    return byLemma.getOrDefault(lemma, List.of());
  }

  /**
   * The patterns a word triggers: those of its own form first, when a dictionary lists the form as
   * a verb of its own (PETRARCH's "LEFT [032]" beside "LEAVE [012]"), then those of its lemma; both
   * lower case.
   */
  public List<EventPattern> forToken(String word, String lemma) {
    List<EventPattern> own = word.equals(lemma) ? null : byLemma.get(word);
    if (own == null) {
      return forLemma(lemma);
    }
    List<EventPattern> both = new java.util.ArrayList<>(own);
    both.addAll(forLemma(lemma));
    return both;
  }

  public List<EventPattern> all() {
    return List.copyOf(all);
  }
}
