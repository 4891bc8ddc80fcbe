package org.annalist.pipeline.eval.geo;

import java.util.Objects;
import org.annalist.pipeline.eval.EntityScore;

/**
 * The scores of one system on one corpus.
 *
 * @param articles the articles scored
 * @param recognition toponym recognition: a true positive is a matched pair (see {@link
 *     GeoScorer}), a false positive an unmatched prediction, a false negative an unmatched gold
 *     toponym
 * @param goldWithPoint gold toponyms with coordinates, matched or not
 * @param resolution resolution of the matched toponyms whose gold has coordinates
 */
public record GeoScores(
    int articles, EntityScore recognition, int goldWithPoint, ResolutionScore resolution) {
  public GeoScores {
    Objects.requireNonNull(recognition, "recognition");
    Objects.requireNonNull(resolution, "resolution");
    if (articles < 0 || goldWithPoint < 0 || goldWithPoint > recognition.gold()) {
      throw new IllegalArgumentException(
          "bad counts: articles=" + articles + " goldWithPoint=" + goldWithPoint);
    }
    if (resolution.pairs() > Math.min(goldWithPoint, recognition.tp())) {
      throw new IllegalArgumentException(
          resolution.pairs() + " resolution pairs but " + recognition.tp() + " matches");
    }
  }
}
