package org.annalist.pipeline.enrich;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.model.Dependency;
import org.annalist.model.Enrichment.Tone;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * GDELT's tone of a text, counted over its tokens: words (tokens with a letter or digit), words
 * with positive and negative valence in the {@link SentimentLexicon} (a phrase counts once; a
 * valence word within three words after a negation such as "not", "never" or "without" counts with
 * the opposite sign, "not only" negates nothing), verbs of action (verbs other than auxiliaries,
 * copulas and the lemmas be, have and do) and personal or possessive pronouns. Names (tokens of a
 * named entity) and function words (prepositions, determiners, conjunctions) carry no valence:
 * "like" in "like Moscow" is no praise. Immutable and thread-safe.
 */
final class ToneScorer {
  private static final Set<String> NEGATORS =
      Set.of("not", "n't", "no", "never", "without", "nor", "neither", "cannot");
  private static final Set<String> NEUTRAL_POS =
      Set.of("IN", "DT", "CC", "TO", "PRP", "PRP$", "WDT", "WP", "WP$", "EX", "MD", "RP", "PDT");
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Set<String> NOT_ACTIVE = Set.of("be", "have", "do");
  private static final int NEGATION_REACH = 3;

  private final SentimentLexicon lexicon;

  ToneScorer(SentimentLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The word counts of one sentence.
   *
   * @param words tokens with a letter or digit
   * @param positive words and phrases of positive valence
   * @param negative words and phrases of negative valence
   * @param active verbs of action
   * @param pronouns personal and possessive pronouns
   */
  record Counts(int words, int positive, int negative, int active, int pronouns) {
    static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    Counts plus(Counts o) {
      return new Counts(
          words + o.words,
          positive + o.positive,
          negative + o.negative,
          active + o.active,
          pronouns + o.pronouns);
    }

    Tone tone() {
      if (words == 0) {
        return Tone.NONE;
      }
      double pos = 100.0 * positive / words;
      double neg = 100.0 * negative / words;
      return new Tone(
          round(pos - neg),
          round(pos),
          round(neg),
          round(pos + neg),
          round(100.0 * active / words),
          round(100.0 * pronouns / words),
          words);
    }

    private static double round(double d) {
      return Math.round(d * 10_000) / 10_000.0;
    }
  }

  /** The sum of the counts of the sentences at {@code indexes}. */
  static Counts sum(List<Counts> bySentence, Collection<Integer> indexes) {
    Counts c = Counts.ZERO;
    for (int i : indexes) {
      c = c.plus(bySentence.get(i));
    }
    return c;
  }

  /** The counts of one sentence. */
  Counts count(Sentence s) {
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    boolean[] auxiliary = new boolean[n];
    for (Dependency d : s.dependencies()) {
      String rel = d.relation();
      if (rel.equals("aux") || rel.equals("aux:pass") || rel.equals("cop")) {
        auxiliary[d.dependent()] = true;
      }
    }
    int words = 0;
    int active = 0;
    int pronouns = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (!isWord(t)) {
        continue;
      }
      words++;
      if (t.isVerb() && !auxiliary[i] && !NOT_ACTIVE.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        active++;
      }
      if (t.pos().equals("PRP") || t.pos().equals("PRP$")) {
        pronouns++;
      }
    }
    int positive = 0;
    int negative = 0;
    int i = 0;
    while (i < n) {
      Token t = tokens.get(i);
      if (!isWord(t) || NAME_TAGS.contains(t.ner())) {
        i++;
        continue;
      }
      int length = 1;
      Integer v = null;
      int longest = lexicon.startsPhrase(t.word().toLowerCase(Locale.ROOT)) ? n - i : 0;
      for (int len = Math.min(2 * lexicon.longestPhrase(), longest); len >= 2 && v == null; len--) {
        v = lexicon.valence(phrase(tokens, i, len));
        if (v != null) {
          length = len;
        }
      }
      if (v == null && !NEUTRAL_POS.contains(t.pos())) {
        v = lexicon.valence(t.word().toLowerCase(Locale.ROOT));
        if (v == null) {
          v = lexicon.valence(t.lemma().toLowerCase(Locale.ROOT));
        }
      }
      if (v != null && v != 0) {
        int sign = negated(tokens, i) ? -Integer.signum(v) : Integer.signum(v);
        if (sign > 0) {
          positive++;
        } else {
          negative++;
        }
      }
      i += length;
    }
    return new Counts(words, positive, negative, active, pronouns);
  }

  /** Tokens [from, from + len) as one lower-case phrase, with spaces where the text has them. */
  private static String phrase(List<Token> tokens, int from, int len) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < from + len; k++) {
      Token t = tokens.get(k);
      if (k > from && t.span().start() > tokens.get(k - 1).span().end()) {
        s.append(' ');
      }
      s.append(t.word().toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }

  /** Whether a negation stands within reach before token {@code i}, in the same clause. */
  private static boolean negated(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0 && k >= i - NEGATION_REACH; k--) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals(",") || t.pos().equals(":")) {
        return false;
      }
      if (NEGATORS.contains(w)) {
        boolean notOnly =
            k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("only");
        return !notOnly;
      }
    }
    return false;
  }

  static boolean isWord(Token t) {
    String w = t.word();
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetterOrDigit(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
