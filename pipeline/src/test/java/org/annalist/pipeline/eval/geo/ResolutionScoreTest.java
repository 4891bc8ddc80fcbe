package org.annalist.pipeline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionScoreTest {
  /** The error whose scaled log is exactly 1: ln(1 + 20038) / ln(20039). */
  private static final double SCALE_ONE = ResolutionScore.AUC_SCALE_KM - 1;

  @Test
  void meanAndMedianOfAnEvenNumberOfErrors() {
    ResolutionScore score = ResolutionScore.of(List.of(100.0, 1.0, 10.0, 3.0), 0);

    assertThat(score.pairs()).isEqualTo(4);
    assertThat(score.meanKm()).isEqualTo(28.5);
    assertThat(score.medianKm()).isEqualTo(6.5);
  }

  @Test
  void medianOfAnOddNumberOfErrorsIsTheMiddleOne() {
    assertThat(ResolutionScore.of(List.of(7.0, 500.0, 2.0), 0).medianKm()).isEqualTo(7.0);
  }

  @Test
  void accuracyCountsErrorsOfAtMost161Kilometres() {
    ResolutionScore score = ResolutionScore.of(List.of(0.0, 160.9, 161.0, 161.0001, 5000.0), 0);

    assertThat(score.within161()).isEqualTo(3);
    assertThat(score.acc161()).isEqualTo(0.6);
  }

  @Test
  void aPerfectSystemHasAnAucOfZero() {
    ResolutionScore score = ResolutionScore.of(List.of(0.0, 0.0, 0.0), 0);

    assertThat(score.auc()).isZero();
    assertThat(score.acc161()).isEqualTo(1.0);
  }

  @Test
  void aMaximallyWrongSystemHasAnAucCloseToOne() {
    ResolutionScore score =
        ResolutionScore.of(Collections.nCopies(10, GeoPoint.MAX_DISTANCE_KM), 10);

    assertThat(score.auc()).isCloseTo(0.99988, within(0.00001));
    assertThat(score.acc161()).isZero();
    assertThat(score.unresolved()).isEqualTo(10);
  }

  @Test
  void aucIsTheTrapezoidalAreaUnderTheSortedScaledLogErrors() {
    // sorted scaled values 0, 1, 1 at x = 0, 0.5, 1: area 0.5 * (0 + 1) / 2 + 0.5 * (1 + 1) / 2
    ResolutionScore score = ResolutionScore.of(List.of(SCALE_ONE, 0.0, SCALE_ONE), 0);

    assertThat(score.auc()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void theAucOfOneErrorIsItsScaledLog() {
    double error = Math.E - 1;

    assertThat(ResolutionScore.of(List.of(error), 0).auc())
        .isCloseTo(1 / Math.log(ResolutionScore.AUC_SCALE_KM), within(1e-12));
  }

  @Test
  void withoutPairsOnlyAccuracyHasAValue() {
    ResolutionScore score = ResolutionScore.of(List.of(), 0);

    assertThat(score.acc161()).isZero();
    assertThat(score.meanKm()).isNull();
    assertThat(score.medianKm()).isNull();
    assertThat(score.auc()).isNull();
    assertThat(score.scoresCountry()).isFalse();
  }

  @Test
  void countryAccuracyIsAddedWhenScored() {
    ResolutionScore score = ResolutionScore.of(List.of(1.0, 2.0), 0).withCountry(4, 3);

    assertThat(score.countryAccuracy()).isEqualTo(0.75);
    assertThat(ResolutionScore.of(List.of(), 0).withCountry(0, 0).countryAccuracy()).isZero();
  }
}
