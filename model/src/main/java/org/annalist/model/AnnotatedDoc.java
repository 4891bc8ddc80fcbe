package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * An article after cleaning and linguistic annotation. Immutable.
 *
 * @param article the article as read
 * @param clean its cleaned text
 * @param language detected language (ISO 639-1), or {@code und} when undetermined
 * @param sentences sentences with tokens and dependencies
 * @param entities named-entity mentions
 * @param times normalised date and time expressions
 */
public record AnnotatedDoc(
    Article article,
    CleanText clean,
    String language,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<TimeMention> times) {
  public AnnotatedDoc {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(clean, "clean");
    Objects.requireNonNull(language, "language");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
  }

  public String text() {
    return clean.text();
  }
}
