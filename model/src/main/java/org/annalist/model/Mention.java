package org.annalist.model;

import java.util.Objects;

/**
 * One mention of an actor or place in the text.
 *
 * @param text the words as written
 * @param span where they stand in the cleaned text
 * @param sentence sentence index
 * @param via how the mention was recognised: name, alias, title, demonym, metonym, pronoun, role
 */
public record Mention(String text, Span span, int sentence, String via) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(via, "via");
  }
}
