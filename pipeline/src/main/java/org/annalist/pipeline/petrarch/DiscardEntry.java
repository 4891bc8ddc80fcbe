package org.annalist.pipeline.petrarch;

import java.util.Objects;

/**
 * One line of a PETRARCH discard file: a phrase whose presence stops coding.
 *
 * @param phrase the phrase as written, without the {@code +} (runs of blanks made one blank)
 * @param scope {@link Scope#STORY} for a line starting with {@code +}, else {@link Scope#SENTENCE}
 * @param comment the {@code #} comment of the line, or ""
 * @param line line number
 */
public record DiscardEntry(String phrase, Scope scope, String comment, int line) {

  /** What a match discards. */
  public enum Scope {
    /** The sentence that contains the phrase is not coded. */
    SENTENCE,
    /** The whole story that contains the phrase is not coded ({@code +} lines). */
    STORY
  }

  public DiscardEntry {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(scope, "scope");
    comment = comment == null ? "" : comment;
  }

  /**
   * Whether the phrase ends with {@code _}: the match must then end at a blank or punctuation;
   * otherwise the last word is a stem. Matching is case-insensitive.
   */
  public boolean wholeWord() {
    return phrase.endsWith("_");
  }
}
