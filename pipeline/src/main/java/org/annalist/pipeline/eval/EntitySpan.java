package org.annalist.pipeline.eval;

import java.util.Objects;

/**
 * An entity in one sentence, as a half-open token range {@code [start, end)} and a type. Spans
 * carry no sentence index: they are only compared with spans of the same sentence.
 *
 * @param start index of the first token
 * @param end index after the last token
 * @param type entity type
 */
public record EntitySpan(int start, int end, NerType type) {
  public EntitySpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid token range [" + start + ", " + end + ")");
    }
  }

  /** Number of tokens covered. */
  public int length() {
    return end - start;
  }
}
