package org.annalist.pipeline.eval;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a CoNLL file with its gold entities.
 *
 * @param document index of the document within the file, from 0; documents are separated by {@code
 *     -DOCSTART-} lines
 * @param line line number (from 1) of the first token in the file; in sentences read by {@link
 *     ConllReader}, token {@code i} stands on line {@code line + i}
 * @param tokens the tokens, never empty
 * @param entities gold entities, ordered by start and not overlapping
 */
public record ConllSentence(
    int document, int line, List<String> tokens, List<EntitySpan> entities) {
  public ConllSentence {
    if (document < 0) {
      throw new IllegalArgumentException("negative document index: " + document);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("sentence at line " + line + " has no tokens");
    }
    int previousEnd = 0;
    for (EntitySpan entity : entities) {
      if (entity.start() < previousEnd || entity.end() > tokens.size()) {
        throw new IllegalArgumentException(
            "entity "
                + entity
                + " overlaps another or lies outside the "
                + tokens.size()
                + " tokens of the sentence at line "
                + line);
      }
      previousEnd = entity.end();
    }
  }

  /** The tokens an entity covers, joined by single spaces. */
  public String text(EntitySpan entity) {
    Objects.requireNonNull(entity, "entity");
    return String.join(" ", tokens.subList(entity.start(), entity.end()));
  }
}
