package org.annalist.pipeline.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PETRARCH agent file ({@code *.agents.txt}).
 *
 * <p>Grammar, one entry a line:
 *
 * <pre>
 * marker-line := '!' NAME '!' '=' item (',' item)*      e.g. "!PERSON! = MAN, MEN, WOMAN"
 * agent-line  := phrase plural? '[' code ']'             e.g. "ENVOY {ENVOYS} [~GOV]"
 * plural      := '{' phrase? '}'                         "{}" means no plural
 * code        := '~' CODE | CODE '~'                     blanks inside [ ] are ignored
 * </pre>
 *
 * A phrase may contain one {@code !NAME!} marker, defined on an earlier line. Reported and skipped,
 * as PETRARCH skips them: a line without a code, a marker that is undefined or not closed, a bad
 * marker definition, a missing {@code ]} or {@code }}. Also reported and skipped, where PETRARCH
 * would store a code it cannot use: a code without {@code ~} or with {@code ~} on both sides, and
 * text after the code.
 */
public final class AgentReader {
  private AgentReader() {}

  /** The entries of {@code file}; problems are added to {@code problems}. */
  public static AgentDictionary read(Path file, List<Problem> problems) {
    return parse(file.toString(), DictionaryLines.read(file, false, problems), problems);
  }

  static AgentDictionary parse(String file, List<DictionaryLine> lines, List<Problem> problems) {
    List<AgentEntry> entries = new ArrayList<>();
    Map<String, List<String>> substitutions = new LinkedHashMap<>();
    for (DictionaryLine line : lines) {
      String t = line.text().strip();
      try {
        if (t.startsWith("!") && t.contains("=") && !t.contains("[")) {
          defineMarker(t, substitutions);
        } else {
          entries.add(entry(t, line, substitutions));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(file, line.number(), e.getMessage() + "; line skipped"));
      }
    }
    return new AgentDictionary(entries, substitutions);
  }

  private static void defineMarker(String t, Map<String, List<String>> substitutions) {
    int close = t.indexOf('!', 1);
    int eq = t.indexOf('=');
    if (close < 0 || eq < close) {
      throw new IllegalArgumentException("substitution marker incorrectly defined: " + t);
    }
    String name = t.substring(1, close).strip();
    if (name.isEmpty() || !t.substring(close + 1, eq).isBlank()) {
      throw new IllegalArgumentException("substitution marker incorrectly defined: " + t);
    }
    List<String> items = new ArrayList<>();
    for (String item : t.substring(eq + 1).split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException("substitution marker !" + name + "! has no items");
    }
    substitutions.put(name, items);
  }

  private static AgentEntry entry(
      String t, DictionaryLine line, Map<String, List<String>> substitutions) {
    int open = t.indexOf('[');
    if (open < 0) {
      throw new IllegalArgumentException("agent without a code: " + t);
    }
    int close = t.indexOf(']', open);
    if (close < 0) {
      throw new IllegalArgumentException("missing ']': " + t);
    }
    if (!t.substring(close + 1).isBlank()) {
      throw new IllegalArgumentException("text after the code: " + t.substring(close + 1).strip());
    }
    String rawCode = t.substring(open + 1, close).replaceAll("\\s+", "");
    AgentEntry.Position position;
    String code;
    if (rawCode.length() > 1 && rawCode.startsWith("~") && !rawCode.endsWith("~")) {
      position = AgentEntry.Position.AFTER_ACTOR;
      code = rawCode.substring(1);
    } else if (rawCode.length() > 1 && rawCode.endsWith("~") && !rawCode.startsWith("~")) {
      position = AgentEntry.Position.BEFORE_ACTOR;
      code = rawCode.substring(0, rawCode.length() - 1);
    } else {
      throw new IllegalArgumentException(
          "agent code must have one '~', before or after it: [" + rawCode + "]");
    }
    if (code.contains("~")) {
      throw new IllegalArgumentException("agent code with more than one '~': [" + rawCode + "]");
    }
    String head = t.substring(0, open);
    String plural = null;
    int brace = head.indexOf('{');
    if (brace >= 0) {
      int end = head.indexOf('}', brace);
      if (end < 0) {
        throw new IllegalArgumentException("missing '}': " + t);
      }
      if (!head.substring(end + 1).isBlank()) {
        throw new IllegalArgumentException("text between '}' and the code: " + t);
      }
      plural = head.substring(brace + 1, end).strip().replaceAll("\\s+", " ");
      head = head.substring(0, brace);
    } else if (head.contains("}")) {
      throw new IllegalArgumentException("'}' without '{': " + t);
    }
    String phrase = head.strip().replaceAll("\\s+", " ");
    if (phrase.isEmpty()) {
      throw new IllegalArgumentException("agent code without a phrase: " + t);
    }
    List<String> forms = new ArrayList<>();
    int bang = phrase.indexOf('!');
    if (bang >= 0) {
      int bangEnd = phrase.indexOf('!', bang + 1);
      if (bangEnd < 0) {
        throw new IllegalArgumentException("substitution marker not closed: " + phrase);
      }
      String marker = phrase.substring(bang + 1, bangEnd);
      List<String> items = substitutions.get(marker);
      if (items == null) {
        throw new IllegalArgumentException(
            "substitution marker !" + marker + "! is not defined above");
      }
      if (phrase.indexOf('!', bangEnd + 1) >= 0) {
        throw new IllegalArgumentException("more than one substitution marker: " + phrase);
      }
      for (String item : items) {
        forms.add(phrase.substring(0, bang) + item + phrase.substring(bangEnd + 1));
      }
    } else {
      forms.add(phrase);
      if (plural == null) {
        forms.add(regularPlural(phrase));
      } else if (!plural.isEmpty()) {
        forms.add(plural);
      }
    }
    return new AgentEntry(phrase, code, position, plural, forms, line.comment(), line.number());
  }

  /**
   * PETRARCH's regular plural of an agent or a synset member: final Y to IES, final S gets ES,
   * otherwise S.
   */
  public static String regularPlural(String phrase) {
    if (phrase.endsWith("Y") || phrase.endsWith("y")) {
      return phrase.substring(0, phrase.length() - 1) + "IES";
    }
    if (phrase.endsWith("S") || phrase.endsWith("s")) {
      return phrase + "ES";
    }
    return phrase + "S";
  }
}
