package org.annalist.pipeline.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PETRARCH/TABARI actor file ({@code *.actors.txt}).
 *
 * <p>Grammar, one record after another:
 *
 * <pre>
 * record   := name-line synonym-line* code-line*
 * name-line := phrase code*              e.g. "ALDORIA_ [ALD]", "MAREK_VOSS_" (codes below)
 * synonym-line := '+' phrase             e.g. "+ALDORIAN"
 * code-line := whitespace code+          e.g. "\t[ALDGOV 040125-071125]", "\t[ALDELI]"
 * code     := '[' CODE restriction? ']'  restriction: see {@link Role}
 * </pre>
 *
 * Synonym and code lines may come in any order after the name line. Comments follow the rules of
 * {@link DictionaryLines}. A line that cannot be read is reported as a {@link Problem} and skipped:
 * a code line or synonym with no record before it, an unreadable date restriction (that code only),
 * a missing {@code ]}, a code on a synonym line, text after the codes (ignored, the codes before it
 * are kept), and a record that ends with no code at all (the record is dropped: it could never give
 * a code).
 */
public final class ActorReader {
  private ActorReader() {}

  /** The records of {@code file}, in file order; problems are added to {@code problems}. */
  public static List<ActorEntry> read(Path file, List<Problem> problems) {
    return parse(file.toString(), DictionaryLines.read(file, false, problems), problems);
  }

  static List<ActorEntry> parse(String file, List<DictionaryLine> lines, List<Problem> problems) {
    List<ActorEntry> entries = new ArrayList<>();
    Builder current = null;
    for (DictionaryLine line : lines) {
      String t = line.text().strip();
      if (t.startsWith("[")) {
        if (current == null) {
          problems.add(new Problem(file, line.number(), "code line before any actor: " + t));
        } else {
          roles(file, line, t, current.roles, problems);
        }
      } else if (t.startsWith("+")) {
        String synonym = t.substring(1).strip();
        if (current == null) {
          problems.add(new Problem(file, line.number(), "synonym before any actor: " + t));
        } else if (synonym.isEmpty()) {
          problems.add(new Problem(file, line.number(), "empty synonym"));
        } else if (synonym.contains("[") || synonym.contains("]")) {
          problems.add(
              new Problem(
                  file,
                  line.number(),
                  "a synonym line cannot carry a code (put it on its own indented line): " + t));
        } else {
          current.synonyms.add(normalise(synonym));
        }
      } else {
        finish(file, current, entries, problems);
        current = null;
        int bracket = t.indexOf('[');
        String name = normalise(bracket < 0 ? t : t.substring(0, bracket));
        if (name.isEmpty()) {
          problems.add(new Problem(file, line.number(), "actor line without a phrase: " + t));
          continue;
        }
        if (name.contains("]")) {
          problems.add(new Problem(file, line.number(), "']' without '[': " + t));
          continue;
        }
        current = new Builder(name, line.comment(), line.number());
        if (bracket >= 0) {
          roles(file, line, t.substring(bracket), current.roles, problems);
        }
      }
    }
    finish(file, current, entries, problems);
    return entries;
  }

  private static void finish(
      String file, Builder b, List<ActorEntry> entries, List<Problem> problems) {
    if (b == null) {
      return;
    }
    if (b.roles.isEmpty()) {
      problems.add(
          new Problem(
              file,
              b.line,
              "actor "
                  + b.name
                  + " has no code (is a '+' missing before the next name?); skipped"));
      return;
    }
    entries.add(new ActorEntry(b.name, b.synonyms, b.roles, b.comment, b.line));
  }

  /** Reads the bracketed codes at the start of {@code s} into {@code roles}. */
  private static void roles(
      String file, DictionaryLine line, String s, List<Role> roles, List<Problem> problems) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c != '[') {
        problems.add(
            new Problem(
                file, line.number(), "text after the code ignored: " + s.substring(i).strip()));
        return;
      }
      int close = s.indexOf(']', i);
      if (close < 0) {
        problems.add(new Problem(file, line.number(), "missing ']' in " + s.substring(i)));
        return;
      }
      try {
        roles.add(Role.parse(s.substring(i + 1, close)));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(file, line.number(), e.getMessage() + "; code skipped"));
      }
      i = close + 1;
    }
  }

  private static String normalise(String phrase) {
    return phrase.strip().replaceAll("\\s+", " ");
  }

  private static final class Builder {
    final String name;
    final String comment;
    final int line;
    final List<String> synonyms = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();

    Builder(String name, String comment, int line) {
      this.name = name;
      this.comment = comment;
      this.line = line;
    }
  }
}
