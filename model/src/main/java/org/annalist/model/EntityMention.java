package org.annalist.model;

import java.util.Objects;

/**
 * One mention of a named entity.
 *
 * @param text the words as written
 * @param type entity type
 * @param span where it stands in the cleaned text
 * @param sentence sentence index
 * @param firstToken first token index in the sentence
 * @param endToken token index after the last
 */
public record EntityMention(
    String text, EntityType type, Span span, int sentence, int firstToken, int endToken) {
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    if (endToken <= firstToken) {
      throw new IllegalArgumentException("empty token range for " + text);
    }
  }
}
