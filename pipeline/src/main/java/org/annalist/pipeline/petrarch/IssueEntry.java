package org.annalist.pipeline.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * One line of a PETRARCH issue file, inside an {@code <ISSUE CATEGORY="..." TYPE="...">} block.
 *
 * @param category the CATEGORY of the enclosing block
 * @param type the TYPE of the enclosing block, or "" when the block has none
 * @param phrase the phrase as written, with its {@code n:}, {@code v:} and {@code +} marks
 * @param code the issue code, or null for an exclusion line
 * @param exclusion {@link Exclusion#NONE} for a coding line; {@link Exclusion#SENTENCE} for {@code
 *     ~phrase}, {@link Exclusion#STORY} for {@code ~~phrase}: the phrase cancels the block's issues
 *     in the sentence or the story
 * @param forms the phrases the line matches, upper case, after expanding the marks (see {@link
 *     IssueReader})
 * @param comment the {@code #} comment of the line, or ""
 * @param line line number
 */
public record IssueEntry(
    String category,
    String type,
    String phrase,
    String code,
    Exclusion exclusion,
    List<String> forms,
    String comment,
    int line) {

  /** Whether, and how widely, a line cancels its block's issues. */
  public enum Exclusion {
    /** A coding line: {@code phrase [CODE]}. */
    NONE,
    /** {@code ~phrase}: no issue of the block is coded in a sentence containing the phrase. */
    SENTENCE,
    /** {@code ~~phrase}: no issue of the block is coded in a story containing the phrase. */
    STORY
  }

  public IssueEntry {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(exclusion, "exclusion");
    if ((code == null) != (exclusion != Exclusion.NONE)) {
      throw new IllegalArgumentException("a coding line has a code, an exclusion has none");
    }
    type = type == null ? "" : type;
    forms = List.copyOf(forms);
    comment = comment == null ? "" : comment;
  }

  /** Whether this is an exclusion ({@code ~} or {@code ~~}) line. */
  public boolean excluded() {
    return exclusion != Exclusion.NONE;
  }
}
