package org.annalist.pipeline.eval.geo;

import java.util.Objects;

/**
 * A gold toponym and the prediction matched to it.
 *
 * @param gold the gold toponym
 * @param predicted the prediction whose span overlaps it
 */
public record ToponymMatch(GoldToponym gold, PredictedToponym predicted) {
  public ToponymMatch {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
  }

  /** Whether resolution can be scored: the gold has coordinates. */
  public boolean scoresResolution() {
    return gold.hasPoint();
  }

  /**
   * The distance between the gold and the predicted point in kilometres; {@link
   * GeoPoint#MAX_DISTANCE_KM} when the prediction has no point.
   *
   * @throws IllegalStateException when the gold has no coordinates
   */
  public double errorKm() {
    if (!gold.hasPoint()) {
      throw new IllegalStateException("gold toponym without coordinates: " + gold);
    }
    return predicted.point() == null
        ? GeoPoint.MAX_DISTANCE_KM
        : gold.point().distanceKm(predicted.point());
  }
}
