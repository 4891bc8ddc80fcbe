package org.annalist.pipeline.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The themes of {@code themes.tsv} with their cues, indexed by first word. Immutable and
 * thread-safe once loaded; {@link ThemeMatcher} finds them in an article.
 */
public final class ThemeTaxonomy {
  /** Class-path location of the taxonomy. */
  public static final String RESOURCE = "themes.tsv";

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern ROLE = Pattern.compile("@[A-Z]{3}");
  private static final Pattern WORD = Pattern.compile("[\\p{Ll}0-9.&']+(/[NVJ])?");

  /** Part of speech a cue word may require. */
  enum Pos {
    ANY,
    NOUN,
    VERB,
    ADJECTIVE
  }

  /** One word of a cue: lower-case form and the part of speech it requires. */
  record Word(String form, Pos pos) {}

  /**
   * One theme.
   *
   * @param id identifier
   * @param label name for people
   * @param context PLOVER context, or null
   * @param phrases word cues
   * @param roles three-letter parts of actor codes that are cues
   */
  record Theme(
      String id, String label, String context, List<List<Word>> phrases, Set<String> roles) {}

  /** A word cue with its theme, for the index. */
  record Phrase(Theme theme, List<Word> words) {}

  private final List<Theme> themes;
  private final Map<String, List<Phrase>> byFirstWord;

  private ThemeTaxonomy(List<Theme> themes) {
    this.themes = List.copyOf(themes);
    Map<String, List<Phrase>> index = new HashMap<>();
    for (Theme t : themes) {
      for (List<Word> p : t.phrases()) {
        index.computeIfAbsent(p.get(0).form(), k -> new ArrayList<>()).add(new Phrase(t, p));
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstWord = Map.copyOf(index);
  }

  /** The taxonomy shipped with Annalist; contexts must be among {@code contexts}. */
  public static ThemeTaxonomy load(Collection<String> contexts) {
    return of(EnrichTsv.read(RESOURCE, 4), contexts);
  }

  /** A taxonomy read from {@code in}; {@code file} names it in messages. */
  public static ThemeTaxonomy parse(InputStream in, String file, Collection<String> contexts)
      throws IOException {
    return of(EnrichTsv.parse(in, file, 4), contexts);
  }

  private static ThemeTaxonomy of(List<EnrichTsv.Row> rows, Collection<String> contexts) {
    List<Theme> themes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (EnrichTsv.Row row : rows) {
      String id = row.col(0);
      if (!ID.matcher(id).matches()) {
        throw row.error("theme id must be upper case, digits and underscores: '" + id + "'");
      }
      if (!ids.add(id)) {
        throw row.error("theme " + id + " listed twice");
      }
      String context = row.col(2).equals("-") ? null : row.col(2);
      if (context != null && !contexts.contains(context)) {
        throw row.error("unknown PLOVER context '" + context + "'");
      }
      List<List<Word>> phrases = new ArrayList<>();
      Set<String> roles = new LinkedHashSet<>();
      Set<String> seen = new HashSet<>();
      for (String cue : row.col(3).split(" \\| ")) {
        cue = cue.trim();
        if (cue.isEmpty() || !seen.add(cue)) {
          throw row.error("empty or repeated cue '" + cue + "' in " + id);
        }
        if (cue.startsWith("@")) {
          if (!ROLE.matcher(cue).matches()) {
            throw row.error("an actor cue is @ and three capitals: '" + cue + "'");
          }
          roles.add(cue.substring(1));
          continue;
        }
        phrases.add(words(cue, row));
      }
      themes.add(new Theme(id, row.col(1), context, List.copyOf(phrases), Set.copyOf(roles)));
    }
    if (themes.isEmpty()) {
      throw new IllegalStateException("no themes");
    }
    return new ThemeTaxonomy(themes);
  }

  /** The words of a cue: split at spaces and hyphens, "'s" apart. */
  private static List<Word> words(String cue, EnrichTsv.Row row) {
    List<Word> out = new ArrayList<>();
    for (String raw : cue.replace("'s", " 's").split("[ -]+")) {
      if (raw.isEmpty()) {
        continue;
      }
      if (!WORD.matcher(raw).matches()) {
        throw row.error(
            "cue word '" + raw + "' of '" + cue + "' is not lower case with /N, /V or /J");
      }
      Pos pos = Pos.ANY;
      String form = raw;
      int slash = raw.indexOf('/');
      if (slash > 0) {
        form = raw.substring(0, slash);
        pos =
            switch (raw.charAt(slash + 1)) {
              case 'N' -> Pos.NOUN;
              case 'V' -> Pos.VERB;
              default -> Pos.ADJECTIVE;
            };
      }
      out.add(new Word(form.toLowerCase(Locale.ROOT), pos));
    }
    if (out.isEmpty()) {
      throw row.error("cue without words: '" + cue + "'");
    }
    return List.copyOf(out);
  }

  public List<Theme> themes() {
    return themes;
  }

  /** The word cues whose first word is {@code form}; empty when none. */
  List<Phrase> startingWith(String form) {
    return byFirstWord.getOrDefault(form, List.of());
  }

  public int size() {
    return themes.size();
  }
}
