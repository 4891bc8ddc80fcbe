package org.annalist.pipeline.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One PETRARCH validation record: a sentence with the codings a correct coder gives it.
 *
 * @param id the record's id, e.g. {@code DEMO-05}
 * @param category its category, e.g. {@code SYNSET}, {@code COMPOUND}
 * @param date the story date
 * @param text the sentence
 * @param expected the expected (source, target, code) triples; empty when none are expected
 * @param error the error the record expects instead of codings ({@code storydiscard}, {@code
 *     bad_input_parse}), or null
 * @param parse the sentence's parse as the record gives it, or null: a Penn Treebank tree, or
 *     CoNLL-U lines (a blank line between sentences)
 */
public record PetrarchRecord(
    String id,
    String category,
    LocalDate date,
    String text,
    Set<Coding> expected,
    String error,
    String parse) {
  public PetrarchRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    expected = Set.copyOf(expected);
  }

  /** A coded event as PETRARCH writes it: source and target actor codes and the CAMEO code. */
  public record Coding(String source, String target, String code) {
    public Coding {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
      return source + " " + target + " " + code;
    }
  }

  /** Whether the record expects no event at all (noevents, or an error such as a discard). */
  public boolean expectsNone() {
    return expected.isEmpty();
  }

  /** The codings in a stable order, for reports. */
  public List<Coding> sortedExpected() {
    return expected.stream().sorted(java.util.Comparator.comparing(Coding::toString)).toList();
  }
}
