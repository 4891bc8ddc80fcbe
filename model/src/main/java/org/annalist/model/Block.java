package org.annalist.model;

import java.util.Objects;

/** A paragraph or a section heading of the cleaned text. */
public record Block(Span span, Type type) {
  /** Kinds of block. Headings are never split into sentences and never coded. */
  public enum Type {
    PARAGRAPH,
    HEADING
  }

  public Block {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }
}
