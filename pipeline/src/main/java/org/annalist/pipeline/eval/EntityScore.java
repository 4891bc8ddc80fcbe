package org.annalist.pipeline.eval;

/**
 * Exact-match counts for one entity type, or for all, with the measures derived from them. Build
 * one with {@link #of}; the canonical constructor checks that the measures fit the counts (it
 * exists so that JSON can be read back).
 *
 * @param tp predicted entities that match a gold entity in start, end and type
 * @param fp predicted entities that match none
 * @param fn gold entities that no prediction matches
 * @param precision {@code tp / (tp + fp)}, 0 when nothing was predicted
 * @param recall {@code tp / (tp + fn)}, 0 when there is no gold entity
 * @param f1 harmonic mean of precision and recall, 0 when both are 0
 */
public record EntityScore(int tp, int fp, int fn, double precision, double recall, double f1) {
  private static final double TOLERANCE = 1e-9;

  public EntityScore {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
    check("precision", precision, ratio(tp, tp + fp));
    check("recall", recall, ratio(tp, tp + fn));
    check("f1", f1, ratio(2 * (long) tp, 2 * (long) tp + fp + fn));
  }

  /** The score for these counts. */
  public static EntityScore of(int tp, int fp, int fn) {
    return new EntityScore(
        tp,
        fp,
        fn,
        ratio(tp, tp + (long) fp),
        ratio(tp, tp + (long) fn),
        ratio(2 * (long) tp, 2 * (long) tp + fp + fn));
  }

  /** Number of gold entities, {@code tp + fn}. */
  public int gold() {
    return tp + fn;
  }

  /** Number of predicted entities, {@code tp + fp}. */
  public int predicted() {
    return tp + fp;
  }

  /** The sum of two scores' counts. */
  public EntityScore plus(EntityScore other) {
    return of(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }

  private static void check(String name, double value, double expected) {
    if (!(Math.abs(value - expected) <= TOLERANCE)) {
      throw new IllegalArgumentException(
          name + " " + value + " does not fit the counts, which give " + expected);
    }
  }
}
