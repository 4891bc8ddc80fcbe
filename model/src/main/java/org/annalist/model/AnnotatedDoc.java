package org.annalist.model;

import java.util.List;
import java.util.Objects;

/** An article after cleaning and linguistic annotation. Immutable. */
public record AnnotatedDoc(
    Article article,
    CleanText clean,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<TimeMention> times) {
  public AnnotatedDoc {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(clean, "clean");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
  }

  public String text() {
    return clean.text();
  }
}
