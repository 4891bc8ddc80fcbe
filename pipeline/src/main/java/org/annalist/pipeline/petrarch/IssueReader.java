package org.annalist.pipeline.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH issue file ({@code issuefile_name}).
 *
 * <p>Grammar:
 *
 * <pre>
 * block   := '&lt;ISSUE CATEGORY="NAME" TYPE="KIND"&gt;' line* '&lt;/ISSUE&gt;'
 * line    := phrase '[' CODE ']'       a coding line
 *          | '~' phrase                exclusion in the sentence
 *          | '~~' phrase               exclusion in the story
 * </pre>
 *
 * Marks in a phrase, expanded into {@link IssueEntry#forms()} as PETRARCH does (on the upper-cased
 * phrase, repeated until none is left):
 *
 * <ul>
 *   <li>{@code a+b}: both "A B" and "A-B";
 *   <li>{@code n:word}: the word and its plural (final Y to IES, else +S);
 *   <li>{@code v:word}: the word and its regular forms (+S; +D and -E+ING after a final E, else +ED
 *       and +ING).
 * </ul>
 *
 * Reported and skipped: a line outside a block (it would have no category), a coding line without a
 * code (PETRARCH ignores it silently), a line holding two entries (only identical repeated codes,
 * {@code phrase [X] [X]}, are accepted), an empty phrase, a block without CATEGORY, a {@code
 * </ISSUE>} with no open block, a block still open at the next {@code <ISSUE>} or at the end of the
 * file.
 */
public final class IssueReader {
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

  private IssueReader() {}

  /** The entries of {@code file}; problems are added to {@code problems}. */
  public static List<IssueEntry> read(Path file, List<Problem> problems) {
    return parse(file.toString(), DictionaryLines.read(file, false, problems), problems);
  }

  static List<IssueEntry> parse(String file, List<DictionaryLine> lines, List<Problem> problems) {
    List<IssueEntry> entries = new ArrayList<>();
    String category = null;
    String type = "";
    int blockLine = 0;
    for (DictionaryLine line : lines) {
      String t = line.text().strip();
      if (t.regionMatches(true, 0, "<ISSUE", 0, 6)) {
        if (category != null) {
          problems.add(
              new Problem(
                  file,
                  blockLine,
                  "<ISSUE CATEGORY=\"" + category + "\"> not closed before line " + line.number()));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(t);
        while (m.find()) {
          attributes.put(m.group(1).toUpperCase(Locale.ROOT), m.group(2));
        }
        category = attributes.get("CATEGORY");
        type = attributes.getOrDefault("TYPE", "");
        blockLine = line.number();
        if (category == null || category.isBlank()) {
          problems.add(new Problem(file, line.number(), "<ISSUE> without CATEGORY; block skipped"));
          category = null;
        }
        continue;
      }
      if (t.regionMatches(true, 0, "</ISSUE", 0, 7)) {
        if (category == null) {
          problems.add(new Problem(file, line.number(), "</ISSUE> without an open block"));
        }
        category = null;
        continue;
      }
      if (category == null) {
        problems.add(
            new Problem(file, line.number(), "line outside an <ISSUE> block skipped: " + t));
        continue;
      }
      try {
        entries.add(entry(t, category, type, line));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(file, line.number(), e.getMessage() + "; line skipped"));
      }
    }
    if (category != null) {
      problems.add(
          new Problem(file, blockLine, "<ISSUE CATEGORY=\"" + category + "\"> never closed"));
    }
    return entries;
  }

  private static IssueEntry entry(String t, String category, String type, DictionaryLine line) {
    if (t.startsWith("~")) {
      IssueEntry.Exclusion exclusion =
          t.startsWith("~~") ? IssueEntry.Exclusion.STORY : IssueEntry.Exclusion.SENTENCE;
      String phrase = t.substring(exclusion == IssueEntry.Exclusion.STORY ? 2 : 1).strip();
      if (phrase.isEmpty()) {
        throw new IllegalArgumentException("exclusion without a phrase");
      }
      if (phrase.contains("[")) {
        throw new IllegalArgumentException("an exclusion has no code: " + t);
      }
      return new IssueEntry(
          category, type, phrase, null, exclusion, expand(phrase), line.comment(), line.number());
    }
    int open = t.indexOf('[');
    if (open < 0) {
      throw new IllegalArgumentException("no [CODE]: " + t);
    }
    int close = t.indexOf(']', open);
    if (close < 0) {
      throw new IllegalArgumentException("missing ']': " + t);
    }
    String code = t.substring(open + 1, close).strip();
    if (code.isEmpty() || code.contains(" ")) {
      throw new IllegalArgumentException("bad code [" + code + "]");
    }
    String rest = t.substring(close + 1).replace("[" + code + "]", "");
    if (!rest.isBlank()) {
      throw new IllegalArgumentException("more than one entry on the line: " + t);
    }
    String phrase = t.substring(0, open).strip();
    if (phrase.isEmpty()) {
      throw new IllegalArgumentException("code without a phrase: " + t);
    }
    return new IssueEntry(
        category,
        type,
        phrase,
        code,
        IssueEntry.Exclusion.NONE,
        expand(phrase),
        line.comment(),
        line.number());
  }

  /** The forms of a phrase with its n:, v: and + marks expanded, upper case. */
  static List<String> expand(String phrase) {
    List<String> out = new ArrayList<>();
    expand(phrase.toUpperCase(Locale.ROOT).strip().replaceAll("\\s+", " "), out);
    return out.stream().distinct().toList();
  }

  private static void expand(String s, List<String> out) {
    int plus = s.indexOf('+');
    if (plus >= 0) {
      expand(s.substring(0, plus) + " " + s.substring(plus + 1), out);
      expand(s.substring(0, plus) + "-" + s.substring(plus + 1), out);
      return;
    }
    int mark = mark(s);
    if (mark >= 0) {
      char kind = s.charAt(mark);
      String before = s.substring(0, mark);
      String after = s.substring(mark + 2);
      int space = after.indexOf(' ');
      String word = space < 0 ? after : after.substring(0, space);
      String tail = space < 0 ? "" : after.substring(space);
      List<String> words = new ArrayList<>();
      words.add(word);
      if (!word.isEmpty()) {
        if (kind == 'N') {
          words.add(word.endsWith("Y") ? word.substring(0, word.length() - 1) + "IES" : word + "S");
        } else {
          words.add(word + "S");
          if (word.endsWith("E")) {
            words.add(word + "D");
            words.add(word.substring(0, word.length() - 1) + "ING");
          } else {
            words.add(word + "ED");
            words.add(word + "ING");
          }
        }
      }
      for (String w : words) {
        expand(before + w + tail, out);
      }
      return;
    }
    out.add(s.strip().replaceAll("\\s+", " "));
  }

  /** Index of the first N: or V: that starts a word (or follows - ), or -1. */
  private static int mark(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == 'N' || c == 'V')
          && s.charAt(i + 1) == ':'
          && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '-')) {
        return i;
      }
    }
    return -1;
  }
}
