package org.annalist.model;

import java.util.Objects;

/**
 * One statement of an event in the text: the evidence for it.
 *
 * @param sentence sentence index
 * @param sentenceSpan the whole sentence
 * @param action the words that express the action (verb or event noun)
 * @param source the words naming the source actor, or null when inferred from context
 * @param target the words naming the target actor, or null when inferred from context
 * @param rule the dictionary pattern that matched
 */
public record EventMention(
    int sentence, Span sentenceSpan, Span action, Span source, Span target, String rule) {
  public EventMention {
    Objects.requireNonNull(sentenceSpan, "sentenceSpan");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(rule, "rule");
  }
}
