package org.annalist.pipeline.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words and phrases rated for valence ({@code afinn-165.tsv}): what the tone of an article is
 * counted from. Immutable and thread-safe once loaded.
 */
public final class SentimentLexicon {
  /** Class-path location of the word list. */
  public static final String RESOURCE = "afinn-165.tsv";

  private final Map<String, Integer> valence;
  private final int longestPhrase;
  private final Set<String> phraseStarts;

  private SentimentLexicon(Map<String, Integer> valence) {
    this.valence = Map.copyOf(valence);
    this.phraseStarts =
        valence.keySet().stream()
            .filter(k -> k.contains(" ") || k.contains("-"))
            .map(k -> k.split("[ -]")[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.longestPhrase =
        valence.keySet().stream().mapToInt(k -> k.split("[ -]").length).max().orElse(1);
  }

  /** The word list shipped with Annalist. */
  public static SentimentLexicon load() {
    return of(EnrichTsv.read(RESOURCE, 2));
  }

  /** A word list read from {@code in}; {@code file} names it in messages. */
  public static SentimentLexicon parse(InputStream in, String file) throws IOException {
    return of(EnrichTsv.parse(in, file, 2));
  }

  private static SentimentLexicon of(List<EnrichTsv.Row> rows) {
    Map<String, Integer> map = new HashMap<>();
    for (EnrichTsv.Row row : rows) {
      String phrase = row.col(0);
      if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
        throw row.error("phrase not in lower case: '" + phrase + "'");
      }
      int v;
      try {
        v = Integer.parseInt(row.col(1));
      } catch (NumberFormatException e) {
        throw row.error("valence is not a whole number: '" + row.col(1) + "'");
      }
      if (v < -5 || v > 5) {
        throw row.error("valence outside [-5, 5]: " + v);
      }
      if (map.put(phrase, v) != null) {
        throw row.error("phrase listed twice: '" + phrase + "'");
      }
    }
    if (map.isEmpty()) {
      throw new IllegalStateException("empty sentiment word list");
    }
    return new SentimentLexicon(map);
  }

  /** The valence of a word or phrase in lower case, or null when it has none. */
  public Integer valence(String phrase) {
    return valence.get(phrase);
  }

  /** Whether some phrase of several words begins with {@code word} (lower case). */
  public boolean startsPhrase(String word) {
    return phraseStarts.contains(word);
  }

  /** The most words (counting hyphen-joined parts) of any phrase. */
  public int longestPhrase() {
    return longestPhrase;
  }

  public int size() {
    return valence.size();
  }
}
