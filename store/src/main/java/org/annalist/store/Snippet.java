package org.annalist.store;

import java.util.List;

/**
 * A passage of an article's text with the words that matched a query marked.
 *
 * @param text the passage (several joined by {@code " ... "}), whitespace flattened to spaces
 * @param marks the matched ranges, half-open, in order, into {@code text}
 */
public record Snippet(String text, List<Mark> marks) {
  public Snippet {
    marks = List.copyOf(marks);
  }

  /** A matched range {@code [start, end)} of the snippet's text. */
  public record Mark(int start, int end) {}

  /** The text with each match between {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Mark m : marks) {
      out.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
      at = m.end();
    }
    return out.append(text.substring(at)).toString();
  }
}
