package org.annalist.pipeline.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PETRARCH discard file: one phrase a line, {@code +} in front for a story-level discard,
 * {@code #} comments. A {@code +} with no phrase, and a line holding a bracketed code (a TABARI
 * {@code [###]} discard that belongs in an actor or verb file, not here), are reported and skipped.
 */
public final class DiscardReader {
  private DiscardReader() {}

  /** The entries of {@code file}; problems are added to {@code problems}. */
  public static List<DiscardEntry> read(Path file, List<Problem> problems) {
    return parse(file.toString(), DictionaryLines.read(file, false, problems), problems);
  }

  static List<DiscardEntry> parse(String file, List<DictionaryLine> lines, List<Problem> problems) {
    List<DiscardEntry> entries = new ArrayList<>();
    for (DictionaryLine line : lines) {
      String t = line.text().strip();
      DiscardEntry.Scope scope = DiscardEntry.Scope.SENTENCE;
      if (t.startsWith("+")) {
        scope = DiscardEntry.Scope.STORY;
        t = t.substring(1).strip();
      }
      if (t.isEmpty()) {
        problems.add(new Problem(file, line.number(), "'+' without a phrase; line skipped"));
      } else if (t.contains("[") || t.contains("]")) {
        problems.add(
            new Problem(
                file, line.number(), "a discard phrase has no code: " + t + "; line skipped"));
      } else {
        entries.add(
            new DiscardEntry(t.replaceAll("\\s+", " "), scope, line.comment(), line.number()));
      }
    }
    return entries;
  }
}
