package org.annalist.pipeline.petrarch;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH verb dictionary: the PETRARCH2 format of {@code CAMEO.2.0.txt}, and the older
 * PETRARCH form of {@code PETR.Validate.verbs.txt} ({@code _} connectors, synsets between blocks).
 *
 * <h2>Grammar</h2>
 *
 * Comments and blank lines follow {@link DictionaryLines}, with {@code ;} also starting a comment
 * (KEDS legacy, as in {@code SCRAP {...};shan}). Each remaining line is one of:
 *
 * <pre>
 * synset-label := '&amp;' NAME                   NAME ending in '_': no plurals for its members
 * synset-member := '+' phrase                following a label ('_' or blanks join words)
 * block-header := '---' NAME ( '[' code ']' )? ( '-' | blank )*
 * verb-line    := verb forms? ( '[' code ']' )?
 *     verb     := WORD | multi                multi: WORD_+WORD, +WORD_WORD ... (one '+')
 *     forms    := '{' ( form ( ','? form )* )? '}'   all other forms; '{}' = none
 * pattern      := '-' element* '*' element* '[' code ']'
 *     element  := WORD | '&amp;' NAME | '$' | '+' | '%' | '^'
 *               | '{' element+ '}'            noun phrase, head last
 *               | '(' element+ ')'            prepositional phrase, preposition first,
 *                                             may hold a noun phrase
 *     '_' between two elements (no blank): they must be consecutive
 * transformation := '~' s '(' s s VERB ')' VERB '=' s s CODE    see {@link Transformation}
 * code         := ACTIVE | ACTIVE ':' PASSIVE | ':' PASSIVE | '---'   see {@link VerbCode}
 * </pre>
 *
 * <ul>
 *   <li>{@code +} lines right after a synset label are its members; any other line ends the synset,
 *       and verb and pattern lines after it belong to the last block, as in PETRARCH. Inside a
 *       block, a {@code +} line is a multi-word verb.
 *   <li>Without braces, a verb's regular forms are made as PETRARCH2 makes them (see {@link
 *       VerbEntry#regular}); for a multi-word verb they are made on the {@code +} word.
 *   <li>In patterns, {@code *}, {@code $}, {@code +}, {@code %}, {@code ^}, braces and parentheses
 *       are tokens wherever they stand ({@code *SCEPTICAL} is {@code *} then a word, as PETRARCH2
 *       splits on {@code *}). TABARI's {@code "WORD_ "} (an open match) is read as {@code "WORD "}
 *       and a final {@code _} is dropped, as PETRARCH does.
 *   <li>A synset reference is the longest prefix of the {@code [A-Z0-9_']} run after {@code &amp;},
 *       cut at an {@code _}, that names a synset defined anywhere in the file (a trailing {@code _}
 *       on the reference is ignored): {@code &amp;FIGHT_OF_WORDS} is one synset when it is defined,
 *       {@code &amp;TIETYPES_RELATIONS} is {@code &amp;TIETYPES} {@code _} {@code RELATIONS} when
 *       only TIETYPES is.
 * </ul>
 *
 * <h2>Reported and skipped</h2>
 *
 * A pattern without a code, with text after the code, without exactly one {@code *}, with
 * unbalanced or nested-in-the-wrong-way groups, with an empty group, with {@code *} inside a group,
 * with an undefined synset (PETRARCH ignores those patterns too) or with {@code /} alternatives
 * ({@code BOMBING/EXPLOSION}; TABARI's disjunctions, which PETRARCH does not support); a verb line
 * with blanks inside the verb ({@code LASH OUT}: write {@code +LASH_OUT}), with other than one
 * {@code +} word in a multi-word verb or form, or with a missing bracket; a block header without a
 * name or with a bad code (the block's lines are skipped with it); a synset label with text after
 * the name or defined twice (its members are skipped with it); a line before any block; a malformed
 * transformation, or one naming a verb that is not in the file (PETRARCH2 fails on it).
 */
public final class VerbReader {
  private static final Pattern HEADER =
      Pattern.compile("---\\s*(.*?)\\s*(?:\\[([^\\]]*)\\])?\\s*(?:\\[([^\\]]*)\\])?[\\s-]*");
  private static final Pattern TRANSFORMATION =
      Pattern.compile(
          "~\\s*(\\S)\\s*\\(\\s*(\\S)\\s+(\\S)\\s+([^\\s()]+)\\s*\\)\\s*(\\S+)"
              + "\\s*=\\s*(\\S)\\s+(\\S)\\s+(\\S+)");
  private static final String SLOTS = "abcdefghijklmnopqrstuvwxyz._";

  private VerbReader() {}

  /** The content of {@code file}; problems are added to {@code problems}. */
  public static VerbDictionary read(Path file, List<Problem> problems) {
    return new Run(file.toString(), problems).parse(DictionaryLines.read(file, true, problems));
  }

  static VerbDictionary parse(String file, List<DictionaryLine> lines, List<Problem> problems) {
    return new Run(file, problems).parse(lines);
  }

  private enum Context {
    NONE,
    SYNSET,
    FAMILY,
    SKIPPED
  }

  /** One reading of one file. */
  private static final class Run {
    private final String file;
    private final List<Problem> problems;
    private final Map<String, SynsetBuilder> synsets = new LinkedHashMap<>();
    private final List<FamilyBuilder> families = new ArrayList<>();
    private final List<PendingPattern> patterns = new ArrayList<>();
    private final List<DictionaryLine> transformations = new ArrayList<>();

    Run(String file, List<Problem> problems) {
      this.file = file;
      this.problems = problems;
    }

    private void problem(DictionaryLine line, String message) {
      problems.add(new Problem(file, line.number(), message));
    }

    VerbDictionary parse(List<DictionaryLine> lines) {
      Context ctx = Context.NONE;
      SynsetBuilder synset = null;
      FamilyBuilder family = null;
      for (DictionaryLine line : lines) {
        String t = line.text().strip();
        if (t.startsWith("---")) {
          family = header(t, line);
          if (family == null) {
            ctx = Context.SKIPPED;
          } else {
            families.add(family);
            ctx = Context.FAMILY;
          }
          continue;
        }
        if (t.startsWith("&")) {
          synset = label(t, line);
          ctx = synset == null ? Context.SKIPPED : Context.SYNSET;
          continue;
        }
        if (t.startsWith("~")) {
          transformations.add(line);
          continue;
        }
        if (ctx == Context.SYNSET) {
          if (t.startsWith("+")) {
            String member = t.substring(1).strip().replaceAll("\\s+", " ");
            if (member.isEmpty()) {
              problem(line, "empty synset member; line skipped");
            } else {
              synset.members.add(member);
            }
            continue;
          }
          ctx = family == null ? Context.NONE : Context.FAMILY;
        }
        if (ctx == Context.SKIPPED) {
          continue;
        }
        if (ctx == Context.NONE) {
          problem(line, "line before any '---' block or '&' synset; skipped: " + t);
          continue;
        }
        if (t.startsWith("-")) {
          patterns.add(new PendingPattern(family, line));
        } else {
          try {
            family.verbs.add(verb(t, line));
          } catch (IllegalArgumentException e) {
            problem(line, e.getMessage() + "; line skipped");
          }
        }
      }
      Map<String, Synset> synsetRecords = new LinkedHashMap<>();
      for (SynsetBuilder b : synsets.values()) {
        synsetRecords.put(b.name, new Synset(b.name, b.noPlurals, b.members, b.line));
        for (String member : b.members) {
          if (member.startsWith("&") && resolveSynset(member.substring(1)) == null) {
            problems.add(
                new Problem(
                    file, b.line, "synset &" + b.name + " names undefined synset " + member));
          }
        }
      }
      for (PendingPattern p : patterns) {
        try {
          p.family().patterns.add(pattern(p.line()));
        } catch (IllegalArgumentException e) {
          problem(p.line(), e.getMessage() + "; pattern skipped");
        }
      }
      List<VerbFamily> familyRecords = new ArrayList<>();
      Set<String> verbWords = new HashSet<>();
      for (FamilyBuilder f : families) {
        familyRecords.add(new VerbFamily(f.name, f.code, f.verbs, f.patterns, f.line));
        for (VerbEntry v : f.verbs) {
          verbWords.add(v.head().toUpperCase(Locale.ROOT));
          if (!v.multiWord()) {
            verbWords.add(v.verb().toUpperCase(Locale.ROOT));
            v.forms().forEach(form -> verbWords.add(form.toUpperCase(Locale.ROOT)));
          }
        }
      }
      List<Transformation> transformationRecords = new ArrayList<>();
      for (DictionaryLine line : transformations) {
        try {
          transformationRecords.add(transformation(line, verbWords));
        } catch (IllegalArgumentException e) {
          problem(line, e.getMessage() + "; transformation skipped");
        }
      }
      return new VerbDictionary(synsetRecords, familyRecords, transformationRecords);
    }

    private FamilyBuilder header(String t, DictionaryLine line) {
      Matcher m = HEADER.matcher(t);
      if (!m.matches() || m.group(1).isEmpty() || m.group(1).matches(".*[\\[\\]{}].*")) {
        problem(line, "cannot read the block header '" + t + "'; block skipped");
        return null;
      }
      if (m.group(3) != null) {
        // "--- DELAY [120]  [031:031] ---": the first code is the block's.
        problem(line, "second code [" + m.group(3) + "] in the block header ignored");
      }
      VerbCode code = VerbCode.NULL;
      if (m.group(2) != null) {
        try {
          code = VerbCode.parse(m.group(2));
        } catch (IllegalArgumentException e) {
          problem(line, e.getMessage() + " in the block header; block skipped");
          return null;
        }
      }
      return new FamilyBuilder(m.group(1).replaceAll("\\s+", " "), code, line.number());
    }

    private SynsetBuilder label(String t, DictionaryLine line) {
      String[] parts = t.substring(1).split("\\s+", 2);
      String name = parts[0];
      if (parts.length > 1 || name.isEmpty()) {
        problem(line, "cannot read the synset label '" + t + "'; synset skipped");
        return null;
      }
      boolean noPlurals = name.endsWith("_");
      if (noPlurals) {
        name = name.substring(0, name.length() - 1);
      }
      if (synsets.containsKey(name)) {
        problem(line, "synset &" + name + " is already defined; this definition skipped");
        return null;
      }
      SynsetBuilder b = new SynsetBuilder(name, noPlurals, line.number());
      synsets.put(name, b);
      return b;
    }

    private VerbEntry verb(String t, DictionaryLine line) {
      String s = t;
      VerbCode code = null;
      int open = s.indexOf('[');
      if (open >= 0) {
        int close = s.indexOf(']', open);
        if (close < 0) {
          throw new IllegalArgumentException("missing ']'");
        }
        if (!s.substring(close + 1).isBlank()) {
          throw new IllegalArgumentException(
              "text after the code: " + s.substring(close + 1).strip());
        }
        code = VerbCode.parse(s.substring(open + 1, close));
        s = s.substring(0, open);
      } else if (s.contains("]")) {
        throw new IllegalArgumentException("']' without '['");
      }
      List<String> forms = null;
      int brace = s.indexOf('{');
      if (brace >= 0) {
        int end = s.indexOf('}', brace);
        if (end < 0) {
          throw new IllegalArgumentException("missing '}'");
        }
        if (!s.substring(end + 1).isBlank()) {
          throw new IllegalArgumentException("text between '}' and the code");
        }
        forms = new ArrayList<>();
        for (String f : s.substring(brace + 1, end).split("[\\s,]+")) {
          if (!f.isEmpty()) {
            forms.add(f);
          }
        }
        s = s.substring(0, brace);
      } else if (s.contains("}")) {
        throw new IllegalArgumentException("'}' without '{'");
      }
      String verb = s.strip();
      if (verb.isEmpty()) {
        throw new IllegalArgumentException("verb line without a verb: " + t);
      }
      if (verb.matches(".*\\s.*")) {
        throw new IllegalArgumentException(
            "blank inside the verb '"
                + verb
                + "' (a multi-word verb joins its words with '_' and marks the verb with '+')");
      }
      boolean multi = verb.contains("_") || verb.contains("+");
      if (multi) {
        checkMultiWord(verb);
      }
      if (forms != null) {
        for (String f : forms) {
          if (multi) {
            checkMultiWord(f);
          } else if (f.contains("+") || f.contains("_")) {
            throw new IllegalArgumentException("form " + f + " of one-word verb " + verb);
          }
        }
        return new VerbEntry(verb, forms, false, code, line.comment(), line.number());
      }
      List<String> regular;
      if (multi) {
        String[] words = verb.split("_");
        regular = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
          if (words[i].startsWith("+")) {
            for (String form : VerbEntry.regular(words[i].substring(1))) {
              String[] copy = words.clone();
              copy[i] = "+" + form;
              regular.add(String.join("_", copy));
            }
          }
        }
      } else {
        regular = VerbEntry.regular(verb);
      }
      return new VerbEntry(verb, regular, true, code, line.comment(), line.number());
    }

    private static void checkMultiWord(String verb) {
      String[] words = verb.split("_", -1);
      int marked = 0;
      for (String w : words) {
        String bare = w.startsWith("+") ? w.substring(1) : w;
        if (bare.isEmpty() || bare.contains("+")) {
          throw new IllegalArgumentException("malformed multi-word verb " + verb);
        }
        if (w.startsWith("+")) {
          marked++;
        }
      }
      if (marked != 1 || words.length < 2) {
        throw new IllegalArgumentException(
            "multi-word verb "
                + verb
                + " needs two or more words joined by '_' and exactly one marked with '+'");
      }
    }

    private VerbPattern pattern(DictionaryLine line) {
      String s = line.text().strip().substring(1);
      int open = s.indexOf('[');
      if (open < 0) {
        throw new IllegalArgumentException("pattern without a [code]");
      }
      int close = s.indexOf(']', open);
      if (close < 0) {
        throw new IllegalArgumentException("missing ']'");
      }
      if (!s.substring(close + 1).isBlank()) {
        throw new IllegalArgumentException(
            "text after the code: " + s.substring(close + 1).strip());
      }
      VerbCode code = VerbCode.parse(s.substring(open + 1, close));
      String raw = s.substring(0, open).strip();
      if (raw.contains("]")) {
        throw new IllegalArgumentException("']' without '['");
      }
      List<PatternToken> tokens = tokenize(raw);
      check(tokens);
      return new VerbPattern(raw, tokens, code, line.comment(), line.number());
    }

    private List<PatternToken> tokenize(String raw) {
      String text = raw.replace('\t', ' ').replace("_ ", " ").strip();
      while (text.endsWith("_")) {
        text = text.substring(0, text.length() - 1);
      }
      List<PatternToken> tokens = new ArrayList<>();
      int n = text.length();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c == ' ') {
          i++;
        } else if (c == '_') {
          boolean between =
              !tokens.isEmpty()
                  && i > 0
                  && i + 1 < n
                  && " {(".indexOf(text.charAt(i - 1)) < 0
                  && " })_".indexOf(text.charAt(i + 1)) < 0;
          if (between) {
            tokens.add(new PatternToken(PatternToken.Kind.CONSECUTIVE, "_"));
          }
          i++;
        } else if ("{}()*$+%^".indexOf(c) >= 0) {
          tokens.add(new PatternToken(symbol(c), String.valueOf(c)));
          i++;
        } else if (c == '&') {
          int j = i + 1;
          while (j < n
              && (Character.isLetterOrDigit(text.charAt(j))
                  || text.charAt(j) == '_'
                  || text.charAt(j) == '\'')) {
            j++;
          }
          String run = text.substring(i + 1, j);
          if (run.replace("_", "").isEmpty()) {
            throw new IllegalArgumentException("'&' without a synset name");
          }
          int used = -1;
          String name = null;
          for (int k = run.length(); k > 0; k = run.lastIndexOf('_', k - 1)) {
            String candidate = resolveSynset(run.substring(0, k));
            if (candidate != null) {
              used = k;
              name = candidate;
              break;
            }
          }
          if (name == null) {
            throw new IllegalArgumentException("undefined synset &" + stripUnderscores(run));
          }
          tokens.add(new PatternToken(PatternToken.Kind.SYNSET, name));
          i = i + 1 + used;
        } else {
          int j = i;
          while (j < n && " _{}()*$+%^".indexOf(text.charAt(j)) < 0) {
            j++;
          }
          String word = text.substring(i, j);
          if (word.contains("/")) {
            throw new IllegalArgumentException(
                "alternatives with '/' (" + word + ") are not supported");
          }
          tokens.add(new PatternToken(PatternToken.Kind.WORD, word));
          i = j;
        }
      }
      return tokens;
    }

    /** The name of the synset {@code ref} (without '&amp;') refers to, or null. */
    private String resolveSynset(String ref) {
      String name = stripUnderscores(ref);
      return synsets.containsKey(name) ? name : null;
    }

    private static String stripUnderscores(String s) {
      int end = s.length();
      while (end > 0 && s.charAt(end - 1) == '_') {
        end--;
      }
      return s.substring(0, end);
    }

    private static PatternToken.Kind symbol(char c) {
      return switch (c) {
        case '{' -> PatternToken.Kind.NOUN_PHRASE_START;
        case '}' -> PatternToken.Kind.NOUN_PHRASE_END;
        case '(' -> PatternToken.Kind.PREPOSITION_START;
        case ')' -> PatternToken.Kind.PREPOSITION_END;
        case '*' -> PatternToken.Kind.VERB;
        case '$' -> PatternToken.Kind.SOURCE;
        case '+' -> PatternToken.Kind.TARGET;
        case '%' -> PatternToken.Kind.COMPOUND;
        case '^' -> PatternToken.Kind.SKIP;
        default -> throw new IllegalStateException("not a symbol: " + c);
      };
    }

    private static void check(List<PatternToken> tokens) {
      long verbs = tokens.stream().filter(t -> t.kind() == PatternToken.Kind.VERB).count();
      if (verbs != 1) {
        throw new IllegalArgumentException("a pattern needs exactly one '*', found " + verbs);
      }
      Deque<PatternToken.Kind> open = new ArrayDeque<>();
      PatternToken.Kind previous = null;
      for (PatternToken t : tokens) {
        switch (t.kind()) {
          case NOUN_PHRASE_START -> {
            if (open.contains(PatternToken.Kind.NOUN_PHRASE_START)) {
              throw new IllegalArgumentException("'{' inside '{'");
            }
            open.push(t.kind());
          }
          case PREPOSITION_START -> {
            if (!open.isEmpty()) {
              throw new IllegalArgumentException("'(' inside a group");
            }
            open.push(t.kind());
          }
          case NOUN_PHRASE_END, PREPOSITION_END -> {
            PatternToken.Kind start =
                t.kind() == PatternToken.Kind.NOUN_PHRASE_END
                    ? PatternToken.Kind.NOUN_PHRASE_START
                    : PatternToken.Kind.PREPOSITION_START;
            if (open.peek() != start) {
              throw new IllegalArgumentException("unbalanced '" + t.text() + "'");
            }
            if (previous == start) {
              throw new IllegalArgumentException("empty group");
            }
            open.pop();
          }
          case VERB -> {
            if (!open.isEmpty()) {
              throw new IllegalArgumentException("'*' inside a group");
            }
          }
          default -> {}
        }
        previous = t.kind();
      }
      if (!open.isEmpty()) {
        throw new IllegalArgumentException(
            "unclosed '" + (open.peek() == PatternToken.Kind.NOUN_PHRASE_START ? "{" : "(") + "'");
      }
    }

    private Transformation transformation(DictionaryLine line, Set<String> verbWords) {
      String t = line.text().strip();
      Matcher m = TRANSFORMATION.matcher(t);
      if (!m.matches()) {
        throw new IllegalArgumentException("cannot read the transformation '" + t + "'");
      }
      for (int g : new int[] {1, 2, 3, 6, 7}) {
        if (SLOTS.indexOf(m.group(g).charAt(0)) < 0) {
          throw new IllegalArgumentException(
              "actor slot '" + m.group(g) + "' is not a letter, '.' or '_'");
        }
      }
      for (int g : new int[] {4, 5}) {
        for (String v : m.group(g).split("_")) {
          if (!v.equals("Q") && !verbWords.contains(v.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("verb " + v + " is not in the dictionary");
          }
        }
      }
      if (!m.group(8).equals("Q")) {
        VerbCode.parse(m.group(8));
      }
      return new Transformation(
          m.group(1),
          m.group(2),
          m.group(3),
          m.group(4),
          m.group(5),
          m.group(6),
          m.group(7),
          m.group(8),
          t,
          line.number());
    }
  }

  /** A pattern line, read once every synset of the file is known. */
  private record PendingPattern(FamilyBuilder family, DictionaryLine line) {}

  private static final class SynsetBuilder {
    final String name;
    final boolean noPlurals;
    final int line;
    final List<String> members = new ArrayList<>();

    SynsetBuilder(String name, boolean noPlurals, int line) {
      this.name = name;
      this.noPlurals = noPlurals;
      this.line = line;
    }
  }

  private static final class FamilyBuilder {
    final String name;
    final VerbCode code;
    final int line;
    final List<VerbEntry> verbs = new ArrayList<>();
    final List<VerbPattern> patterns = new ArrayList<>();

    FamilyBuilder(String name, VerbCode code, int line) {
      this.name = name;
      this.code = code;
      this.line = line;
    }
  }
}
