package org.annalist.pipeline.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Dependency;
import org.annalist.model.Enrichment.Amount;
import org.annalist.model.Enrichment.CountType;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TimeMention;
import org.annalist.model.Token;

/**
 * Finds numbers with what they count, from the words of {@code amount-words.tsv} and the parse: a
 * number (digits or a number word, then multipliers: "2 billion", "1.5 mln"; "thousands", "tens of
 * thousands"; two numbers side by side are two amounts), the qualifier before it ("at least"), a
 * currency or percent sign, and the common noun it counts (its {@code nummod} head, the noun after
 * a rough number in "thousands of protesters", or the people a bare number stands for when it is
 * the subject or object of a count verb: "killing 12"). The count's type comes from the word it is
 * the subject or object of ("were killed", "left dead", "arrested 45 demonstrators"), else from the
 * noun ("thousands of protesters"). Numbers in dates and durations, in names and in headings are
 * left out, and so is a number without anything it counts. Immutable and thread-safe.
 */
final class AmountFinder {
  /** Class-path location of the words. */
  static final String RESOURCE = "amount-words.tsv";

  private static final Set<String> KINDS =
      Set.of(
          "number",
          "vague",
          "qualifier",
          "symbol",
          "currency",
          "percent",
          "verb",
          "adjective",
          "noun");
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final int MAX_QUALIFIER_WORDS = 3;
  private static final int NOUN_REACH = 4;

  private final Map<String, Double> numbers;
  private final Map<String, Double> vague;
  private final Map<String, String> qualifiers;
  private final Map<String, String> symbols;
  private final Set<String> currencies;
  private final Set<String> percents;
  private final Map<String, CountType> predicates;
  private final Map<String, CountType> nouns;

  private AmountFinder(List<EnrichTsv.Row> rows) {
    Map<String, Double> num = new HashMap<>();
    Map<String, Double> vag = new HashMap<>();
    Map<String, String> qual = new HashMap<>();
    Map<String, String> sym = new HashMap<>();
    Set<String> cur = new java.util.HashSet<>();
    Set<String> pct = new java.util.HashSet<>();
    Map<String, CountType> pred = new HashMap<>();
    Map<String, CountType> noun = new HashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (EnrichTsv.Row row : rows) {
      String kind = row.col(0);
      String word = row.col(1);
      String value = row.col(2);
      if (!KINDS.contains(kind)) {
        throw row.error("unknown kind '" + kind + "'");
      }
      if (!word.equals(word.toLowerCase(Locale.ROOT))) {
        throw row.error("word not in lower case: '" + word + "'");
      }
      if (!seen.add(kind + "\t" + word)) {
        throw row.error(kind + " '" + word + "' listed twice");
      }
      switch (kind) {
        case "number" -> num.put(word, number(row, value));
        case "vague" -> vag.put(word, number(row, value));
        case "qualifier" -> {
          if (!Set.of("min", "max", "about").contains(value)) {
            throw row.error("a qualifier is min, max or about: '" + value + "'");
          }
          qual.put(word, value);
        }
        case "symbol" -> sym.put(word, value);
        case "currency" -> {
          expect(row, value, "MONEY");
          cur.add(word);
        }
        case "percent" -> {
          expect(row, value, "PERCENT");
          pct.add(word);
        }
        default -> {
          CountType type = countType(row, value);
          (kind.equals("noun") ? noun : pred).put(word, type);
        }
      }
    }
    this.numbers = Map.copyOf(num);
    this.vague = Map.copyOf(vag);
    this.qualifiers = Map.copyOf(qual);
    this.symbols = Map.copyOf(sym);
    this.currencies = Set.copyOf(cur);
    this.percents = Set.copyOf(pct);
    this.predicates = Map.copyOf(pred);
    this.nouns = Map.copyOf(noun);
  }

  /** The words shipped with Annalist. */
  static AmountFinder load() {
    return new AmountFinder(EnrichTsv.read(RESOURCE, 3));
  }

  /** Words read from {@code in}; {@code file} names it in messages. */
  static AmountFinder parse(java.io.InputStream in, String file) throws java.io.IOException {
    return new AmountFinder(EnrichTsv.parse(in, file, 3));
  }

  private static double number(EnrichTsv.Row row, String value) {
    try {
      double d = Double.parseDouble(value);
      if (d <= 0) {
        throw row.error("a number must be positive: " + value);
      }
      return d;
    } catch (NumberFormatException e) {
      throw row.error("not a number: '" + value + "'");
    }
  }

  private static void expect(EnrichTsv.Row row, String value, String expected) {
    if (!value.equals(expected)) {
      throw row.error("value must be " + expected + ": '" + value + "'");
    }
  }

  private static CountType countType(EnrichTsv.Row row, String value) {
    Set<String> allowed = Set.of("KILL", "WOUND", "ARREST", "KIDNAP", "PROTEST", "AFFECT");
    if (!allowed.contains(value)) {
      throw row.error("count type must be one of " + allowed + ": '" + value + "'");
    }
    return CountType.valueOf(value);
  }

  /** The amounts of an article, in text order, numbered c1, c2, ... */
  List<Amount> find(AnnotatedDoc doc) {
    List<Amount> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.heading()) {
        continue;
      }
      boolean[] inTime = timeTokens(doc, s);
      int i = 0;
      while (i < s.tokens().size()) {
        int end = numberEnd(s, i, inTime);
        if (end <= i) {
          i++;
          continue;
        }
        Amount a = amount(doc, s, i, end, "c" + (out.size() + 1));
        if (a != null) {
          out.add(a);
        }
        i = end;
      }
    }
    return out;
  }

  private static boolean[] timeTokens(AnnotatedDoc doc, Sentence s) {
    boolean[] out = new boolean[s.tokens().size()];
    for (TimeMention t : doc.times()) {
      if (t.sentence() != s.index()) {
        continue;
      }
      for (Token tok : s.tokens()) {
        if (t.span().overlaps(tok.span())) {
          out[tok.index()] = true;
        }
      }
    }
    return out;
  }

  /** The end of the number starting at token {@code i}; {@code i} when none starts there. */
  private int numberEnd(Sentence s, int i, boolean[] inTime) {
    int j = i;
    if (j < s.tokens().size() && !inTime[j] && isNumberWord(s.token(j))) {
      j++;
      while (j < s.tokens().size() && !inTime[j] && isMultiplier(lower(s.token(j)))) {
        j++;
      }
    }
    if (j > i
        && j + 1 < s.tokens().size()
        && vague.containsKey(lower(s.token(j - 1)))
        && lower(s.token(j)).equals("of")
        && vague.containsKey(lower(s.token(j + 1)))) {
      j += 2;
    }
    return j;
  }

  private boolean isNumberWord(Token t) {
    if (NAME_TAGS.contains(t.ner())) {
      return false;
    }
    String w = lower(t);
    if (vague.containsKey(w) || numbers.containsKey(w)) {
      return true;
    }
    return t.pos().equals("CD") && !Double.isNaN(value(w));
  }

  /** The value of one number token: digits with separators, or number words joined by hyphens. */
  private double value(String w) {
    String digits = w.replace(",", "");
    if (digits.matches("[0-9]+(\\.[0-9]+)?")) {
      return Double.parseDouble(digits);
    }
    double sum = 0;
    for (String part : w.split("-")) {
      Double d = numbers.get(part);
      if (d == null) {
        return Double.NaN;
      }
      sum += d;
    }
    return sum;
  }

  /** The amount of number tokens {@code [from, to)}, or null when it counts nothing known. */
  private Amount amount(AnnotatedDoc doc, Sentence s, int from, int to, String id) {
    double value = 0;
    double current = 0;
    boolean approximate = false;
    int k = from;
    String first = lower(s.token(from));
    if (vague.containsKey(first)) {
      approximate = true;
      value = 2 * vague.get(first);
      if (to - from == 3) {
        value *= vague.get(lower(s.token(from + 2)));
      }
    } else {
      for (; k < to; k++) {
        double v = value(lower(s.token(k)));
        if (Double.isNaN(v)) {
          return null;
        }
        if (v >= 100 && v == Math.floor(v) && isMultiplier(lower(s.token(k)))) {
          current = (current == 0 ? 1 : current) * v;
          if (v >= 1000) {
            value += current;
            current = 0;
          }
        } else {
          current += v;
        }
      }
      value += current;
    }
    if (value <= 0 || Double.isInfinite(value)) {
      return null;
    }
    int lo = from;
    int hi = to - 1;
    String qualifier = null;
    for (int n = MAX_QUALIFIER_WORDS; n >= 1 && qualifier == null; n--) {
      if (from - n >= 0) {
        String words = words(s, from - n, from);
        if (qualifiers.containsKey(words)) {
          qualifier = s.span(from - n, from).of(doc.text());
          lo = from - n;
          approximate = true;
        }
      }
    }
    CountType type;
    String object;
    String sign = from > 0 ? symbols.get(lower(s.token(from - 1))) : null;
    String after = to < s.tokens().size() ? lower(s.token(to)) : "";
    if (sign != null) {
      type = CountType.MONEY;
      object = sign;
      lo = Math.min(lo, from - 1);
      if (qualifier == null && from - 1 > 0) {
        for (int n = MAX_QUALIFIER_WORDS; n >= 1 && qualifier == null; n--) {
          if (from - 1 - n >= 0 && qualifiers.containsKey(words(s, from - 1 - n, from - 1))) {
            qualifier = s.span(from - 1 - n, from - 1).of(doc.text());
            lo = from - 1 - n;
            approximate = true;
          }
        }
      }
    } else if (currencies.contains(after)) {
      type = CountType.MONEY;
      object = s.token(to).lemma().toLowerCase(Locale.ROOT);
      hi = to;
    } else if (percents.contains(after)
        || (after.equals("per")
            && to + 1 < s.tokens().size()
            && lower(s.token(to + 1)).equals("cent"))) {
      type = CountType.PERCENT;
      object = "percent";
      hi = after.equals("per") ? to + 1 : to;
    } else {
      int noun = countedNoun(s, from, to);
      int head = noun >= 0 ? noun : bareHead(s, from, to);
      if (head < 0) {
        return null;
      }
      type = predicateType(s, head);
      for (int n = from; n < to && type == null; n++) {
        type = predicateType(s, n);
      }
      if (type == null && noun >= 0) {
        type = nouns.get(s.token(noun).lemma().toLowerCase(Locale.ROOT));
      }
      if (noun < 0 && type == null) {
        return null;
      }
      object = noun >= 0 ? objectOf(s.token(noun)) : "people";
      if (type == null) {
        type = CountType.OTHER;
      }
      if (noun >= to && noun - to < NOUN_REACH) {
        hi = noun;
      }
    }
    Span span = s.span(lo, hi + 1);
    return new Amount(
        id,
        value,
        approximate,
        qualifier,
        type,
        object,
        span.of(doc.text()),
        span,
        s.index(),
        null);
  }

  /** What a noun counts, in the singular; "people" stays people (its lemma would be person). */
  private static String objectOf(Token noun) {
    String word = noun.word().toLowerCase(Locale.ROOT);
    return word.equals("people") ? word : noun.lemma().toLowerCase(Locale.ROOT);
  }

  private boolean isMultiplier(String w) {
    Double d = numbers.get(w);
    return d != null && d >= 100;
  }

  /**
   * The noun a number counts: the head it is a numeric modifier of, or for a rough number
   * ("thousands of protesters", "12 of the victims") the noun after "of"; -1 when none.
   */
  private int countedNoun(Sentence s, int from, int to) {
    if (!s.parsed()) {
      return nounAfter(s, to);
    }
    for (int k = from; k < to; k++) {
      for (Dependency d : s.parents(k)) {
        boolean counts = d.relation().equals("nummod") || d.relation().equals("det:qmod");
        if (counts && (d.head() < from || d.head() >= to)) {
          Token head = s.token(d.head());
          return head.isNoun() && !head.isProperNoun() ? d.head() : -1;
        }
      }
    }
    for (int k = from; k < to; k++) {
      for (Dependency d : s.children(k)) {
        if ((d.relation().equals("nmod:of") || d.relation().equals("nmod"))
            && d.dependent() >= to
            && s.token(d.dependent()).isNoun()
            && !s.token(d.dependent()).isProperNoun()) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /** A number that stands for people by itself ("killing 12", "12 died"): its token, or -1. */
  private static int bareHead(Sentence s, int from, int to) {
    if (!s.parsed()) {
      return -1;
    }
    for (int k = from; k < to; k++) {
      for (Dependency d : s.parents(k)) {
        if (d.head() >= 0 && (d.head() < from || d.head() >= to)) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * The count type said by the words a counted token depends on or that qualify it; null if none.
   */
  private CountType predicateType(Sentence s, int token) {
    if (!s.parsed()) {
      return nearbyPredicate(s, token);
    }
    for (Dependency d : s.parents(token)) {
      String rel = d.relation();
      if (d.head() >= 0
          && (rel.startsWith("nsubj") || rel.startsWith("obj") || rel.equals("iobj"))) {
        CountType t = predicates.get(s.token(d.head()).lemma().toLowerCase(Locale.ROOT));
        if (t != null) {
          return t;
        }
      }
    }
    for (Dependency d : s.children(token)) {
      String rel = d.relation();
      if (rel.equals("amod") || rel.startsWith("acl")) {
        Token q = s.token(d.dependent());
        CountType t = predicates.get(q.lemma().toLowerCase(Locale.ROOT));
        if (t == null) {
          t = predicates.get(q.word().toLowerCase(Locale.ROOT));
        }
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * In a sentence left unparsed, the noun a number counts read from the words after it: the first
   * common noun within reach, past adjectives, determiners and "of" ("12 people", "thousands of
   * Malian students"); -1 when a verb or punctuation comes first.
   */
  private static int nounAfter(Sentence s, int to) {
    for (int k = to; k < s.tokens().size() && k - to <= NOUN_REACH; k++) {
      Token t = s.token(k);
      if (t.isNoun()) {
        return t.isProperNoun() ? -1 : k;
      }
      boolean skip =
          t.pos().startsWith("JJ")
              || t.pos().equals("DT")
              || t.pos().equals("HYPH")
              || t.pos().equals("CD")
              || t.word().equalsIgnoreCase("of");
      if (!skip) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * In a sentence left unparsed, the count type said by the words next to a counted token: an
   * adjective or verb just before it ("injured people", "killing 12 people") or a verb just after
   * ("12 people were killed", "30 others injured"); null if none.
   */
  private CountType nearbyPredicate(Sentence s, int token) {
    for (int k = token + 1; k < s.tokens().size() && k - token <= 3; k++) {
      Token t = s.token(k);
      CountType type = predicates.get(t.lemma().toLowerCase(Locale.ROOT));
      if (type != null && (t.isVerb() || t.pos().startsWith("JJ"))) {
        return type;
      }
      if (!t.isVerb() && !t.pos().equals("RB")) {
        break;
      }
    }
    for (int k = token - 1; k >= 0 && token - k <= 5; k--) {
      Token t = s.token(k);
      CountType type = predicates.get(t.lemma().toLowerCase(Locale.ROOT));
      if (type != null && (t.isVerb() || t.pos().startsWith("JJ"))) {
        return type;
      }
      if (t.isVerb() || t.pos().equals(",") || t.pos().equals(".")) {
        break;
      }
    }
    return null;
  }

  private static String words(Sentence s, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(k > from ? " " : "").append(lower(s.token(k)));
    }
    return b.toString();
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
