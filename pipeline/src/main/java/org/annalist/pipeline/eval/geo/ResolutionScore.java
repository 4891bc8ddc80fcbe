package org.annalist.pipeline.eval.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How well matched toponyms were resolved: the errors, in kilometres, between the gold and the
 * predicted coordinates of every matched pair whose gold has coordinates. Build one with {@link
 * #of} and, when a {@link GoldCountry} is known, {@link #withCountry}.
 *
 * <h2>The measures</h2>
 *
 * <ul>
 *   <li><b>acc161</b>: the share of errors of at most {@value #ACCURACY_KM} km (100 miles). Gritta
 *       et al.'s code tests {@code ln(1 + e) < ln(161)}, that is {@code e < 160}; here an error of
 *       exactly 161 km still counts. 0 when there is no pair.
 *   <li><b>mean and median</b> of the errors in km; the median of an even number of errors is the
 *       mean of the two middle ones.
 *   <li><b>AUC</b>, the area under the curve of the log errors of Gritta, Pilehvar, Limsopatham and
 *       Collier, "What's missing in geographical parsing?" (2018) and "A Pragmatic Guide to
 *       Geoparsing Evaluation" (2020): sort the errors in increasing order, scale each to {@code
 *       ln(1 + e) / ln(}{@value #AUC_SCALE_KM}{@code )} (20,039 km being their largest possible
 *       error, about half the Earth's circumference), put the n values at equal steps on {@code [0,
 *       1]} and take the area under them by the trapezoidal rule: {@code (sum - (first + last) / 2)
 *       / (n - 1)}; with one error, its scaled value. Lower is better: 0 when every error is 0,
 *       close to 1 when every point is at the antipode ({@code ln(1 + 20,015) / ln(20,039) =
 *       0.99988}). As n grows the area approaches the mean of the scaled log errors. (Their code
 *       applies the trapezoidal rule to the errors unsorted, which differs only in which two values
 *       get half weight.) The logarithm keeps a few wild errors from hiding how close the others
 *       are.
 *   <li><b>country accuracy</b>: the share of pairs whose gold country is known for which the
 *       prediction gives the same ISO 3166-1 alpha-2 code; a prediction without a country is wrong.
 *       Absent (null) when no {@link GoldCountry} was given; 0 when one was but no pair's country
 *       was known.
 * </ul>
 *
 * @param pairs matched pairs whose gold has coordinates
 * @param unresolved of those, predictions without coordinates, scored at {@link
 *     GeoPoint#MAX_DISTANCE_KM}
 * @param within161 errors of at most 161 km
 * @param acc161 {@code within161 / pairs}, 0 when there is no pair
 * @param meanKm the mean error, null when there is no pair
 * @param medianKm the median error, null when there is no pair
 * @param auc the area under the log-error curve, null when there is no pair
 * @param countryPairs pairs whose gold country is known, null when country is not scored
 * @param countryCorrect of those, the predictions with the same country, null when not scored
 * @param countryAccuracy {@code countryCorrect / countryPairs}, null when not scored
 */
public record ResolutionScore(
    int pairs,
    int unresolved,
    int within161,
    double acc161,
    Double meanKm,
    Double medianKm,
    Double auc,
    Integer countryPairs,
    Integer countryCorrect,
    Double countryAccuracy) {
  /** The distance of accuracy at 161 km (100 miles). */
  public static final double ACCURACY_KM = 161.0;

  /** The error that scales the log errors of the AUC to {@code [0, 1]}. */
  public static final double AUC_SCALE_KM = 20039.0;

  public ResolutionScore {
    if (pairs < 0 || unresolved < 0 || unresolved > pairs || within161 < 0 || within161 > pairs) {
      throw new IllegalArgumentException(
          "bad counts: pairs=" + pairs + " unresolved=" + unresolved + " within161=" + within161);
    }
    if ((countryPairs == null) != (countryCorrect == null)
        || (countryPairs == null) != (countryAccuracy == null)) {
      throw new IllegalArgumentException("country counts and accuracy go together");
    }
  }

  /**
   * The scores of these errors, without country accuracy.
   *
   * @param errorsKm one error per pair, in any order, each at least 0
   * @param unresolved how many of them are for predictions without coordinates
   */
  public static ResolutionScore of(List<Double> errorsKm, int unresolved) {
    List<Double> sorted = new ArrayList<>(errorsKm);
    for (Double error : sorted) {
      if (error == null || !(error >= 0) || error.isInfinite()) {
        throw new IllegalArgumentException("bad error: " + error);
      }
    }
    Collections.sort(sorted);
    int n = sorted.size();
    int within = 0;
    double sum = 0;
    double scaledSum = 0;
    for (double error : sorted) {
      if (error <= ACCURACY_KM) {
        within++;
      }
      sum += error;
      scaledSum += scaled(error);
    }
    if (n == 0) {
      return new ResolutionScore(0, unresolved, 0, 0.0, null, null, null, null, null, null);
    }
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    double auc =
        n == 1
            ? scaledSum
            : (scaledSum - (scaled(sorted.get(0)) + scaled(sorted.get(n - 1))) / 2) / (n - 1);
    return new ResolutionScore(
        n, unresolved, within, (double) within / n, sum / n, median, auc, null, null, null);
  }

  /** This score with country accuracy from these counts. */
  public ResolutionScore withCountry(int countryPairs, int countryCorrect) {
    if (countryPairs < 0 || countryCorrect < 0 || countryCorrect > countryPairs) {
      throw new IllegalArgumentException(
          "bad country counts: " + countryCorrect + " of " + countryPairs);
    }
    return new ResolutionScore(
        pairs,
        unresolved,
        within161,
        acc161,
        meanKm,
        medianKm,
        auc,
        countryPairs,
        countryCorrect,
        countryPairs == 0 ? 0.0 : (double) countryCorrect / countryPairs);
  }

  /** Whether country accuracy was scored. */
  public boolean scoresCountry() {
    return countryAccuracy != null;
  }

  private static double scaled(double errorKm) {
    return Math.log1p(errorKm) / Math.log(AUC_SCALE_KM);
  }
}
