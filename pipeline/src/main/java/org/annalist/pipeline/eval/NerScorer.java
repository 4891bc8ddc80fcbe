package org.annalist.pipeline.eval;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Entity-level exact-match scoring, sentence by sentence: a predicted entity is correct when a gold
 * entity of the same sentence has the same start, end and type. Anything else counts once as a
 * false positive of the predicted type, and the gold entity it missed once as a false negative of
 * the gold type; so a boundary error or a type error costs both precision and recall.
 *
 * <p>An accumulator: {@link #add} each sentence, then read {@link #scores}. Not thread-safe; cheap
 * to create.
 */
public final class NerScorer {
  private final Map<NerType, int[]> counts = new EnumMap<>(NerType.class);

  public NerScorer() {
    for (NerType type : NerType.values()) {
      counts.put(type, new int[3]);
    }
  }

  /** Scores many sentences at once; the two lists hold the sentences in the same order. */
  public static NerScores score(List<List<EntitySpan>> gold, List<List<EntitySpan>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold sentences but " + predicted.size() + " predicted");
    }
    NerScorer scorer = new NerScorer();
    for (int i = 0; i < gold.size(); i++) {
      scorer.add(gold.get(i), predicted.get(i));
    }
    return scorer.scores();
  }

  /**
   * Adds one sentence. Should a list hold the same span twice, the copies are matched one to one.
   *
   * @param gold the gold entities of the sentence
   * @param predicted the predicted entities of the same sentence
   */
  public void add(List<EntitySpan> gold, List<EntitySpan> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    Map<EntitySpan, Integer> unmatched = new HashMap<>();
    for (EntitySpan span : gold) {
      unmatched.merge(Objects.requireNonNull(span, "gold span"), 1, Integer::sum);
    }
    for (EntitySpan span : predicted) {
      Integer left = unmatched.get(Objects.requireNonNull(span, "predicted span"));
      if (left != null && left > 0) {
        unmatched.put(span, left - 1);
        counts.get(span.type())[0]++;
      } else {
        counts.get(span.type())[1]++;
      }
    }
    unmatched.forEach((span, left) -> counts.get(span.type())[2] += left);
  }

  /** The scores of the sentences added so far; all zero before the first. */
  public NerScores scores() {
    Map<NerType, EntityScore> types = new EnumMap<>(NerType.class);
    counts.forEach((type, c) -> types.put(type, EntityScore.of(c[0], c[1], c[2])));
    return NerScores.of(types);
  }
}
