package org.annalist.pipeline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.annalist.pipeline.eval.EntityScore;
import org.junit.jupiter.api.Test;

class GeoScorerTest {
  private static GoldToponym gold(int start, int end, double lat, double lon) {
    return new GoldToponym(start, end, "x".repeat(end - start), new GeoPoint(lat, lon), null, null);
  }

  private static GoldToponym goldWithoutPoint(int start, int end) {
    return new GoldToponym(start, end, "x".repeat(end - start), null, null, null);
  }

  @Test
  void overlappingSpansMatchAndOthersCountAgainstPrecisionOrRecall() {
    List<GoldToponym> gold = List.of(gold(0, 7, 10, 10), gold(20, 29, 20, 20), gold(40, 45, 0, 0));
    List<PredictedToponym> predicted =
        List.of(
            PredictedToponym.at(4, 12, 10, 10), // overlaps the first by three characters
            PredictedToponym.at(20, 29, 20, 20),
            PredictedToponym.at(30, 35, 0, 0)); // touches nothing

    GeoScorer scorer = new GeoScorer();
    List<ToponymMatch> matches = scorer.add(gold, predicted);

    assertThat(matches).extracting(m -> m.gold().start()).containsExactly(0, 20);
    assertThat(scorer.scores().recognition()).isEqualTo(EntityScore.of(2, 1, 1));
  }

  @Test
  void spansThatOnlyTouchDoNotOverlap() {
    assertThat(GeoScorer.match(List.of(gold(5, 9, 0, 0)), List.of(PredictedToponym.at(0, 5, 0, 0))))
        .isEmpty();
  }

  @Test
  void aGoldToponymIsMatchedOnlyOnce() {
    List<GoldToponym> gold = List.of(gold(10, 20, 0, 0));
    List<PredictedToponym> predicted =
        List.of(PredictedToponym.at(10, 14, 0, 0), PredictedToponym.at(15, 20, 5, 5));

    GeoScorer scorer = new GeoScorer();
    List<ToponymMatch> matches = scorer.add(gold, predicted);

    assertThat(matches)
        .singleElement()
        .extracting(ToponymMatch::predicted)
        .isEqualTo(predicted.get(1));
    assertThat(scorer.scores().recognition()).isEqualTo(EntityScore.of(1, 1, 0));
    assertThat(scorer.scores().resolution().pairs()).isEqualTo(1);
  }

  @Test
  void onePredictionOverTwoGoldToponymsTakesTheLongerOverlap() {
    List<GoldToponym> gold = List.of(gold(0, 7, 0, 0), gold(9, 18, 1, 1));
    PredictedToponym both = PredictedToponym.at(0, 18, 1, 1);

    GeoScorer scorer = new GeoScorer();
    List<ToponymMatch> matches = scorer.add(gold, List.of(both));

    assertThat(matches).singleElement().extracting(m -> m.gold().start()).isEqualTo(9);
    assertThat(scorer.scores().recognition()).isEqualTo(EntityScore.of(1, 0, 1));
  }

  @Test
  void resolutionUsesMatchedPairsWhoseGoldHasCoordinates() {
    List<GoldToponym> gold =
        List.of(gold(0, 5, 0, 0), goldWithoutPoint(10, 15), gold(20, 25, 0, 0), gold(30, 35, 0, 0));
    List<PredictedToponym> predicted =
        List.of(
            PredictedToponym.at(0, 5, 1.44, 0), // 160.12 km north
            PredictedToponym.at(10, 15, 50, 50), // gold has no point: recognition only
            PredictedToponym.at(20, 25, 1.46, 0)); // 162.34 km north; the last gold is missed

    GeoScorer scorer = new GeoScorer();
    scorer.add(gold, predicted);
    GeoScores scores = scorer.scores();

    assertThat(scores.recognition()).isEqualTo(EntityScore.of(3, 0, 1));
    assertThat(scores.goldWithPoint()).isEqualTo(3);
    ResolutionScore resolution = scores.resolution();
    assertThat(resolution.pairs()).isEqualTo(2);
    assertThat(resolution.within161()).isEqualTo(1);
    assertThat(resolution.acc161()).isEqualTo(0.5);
    assertThat(resolution.meanKm()).isCloseTo((160.121 + 162.345) / 2, within(0.001));
    assertThat(resolution.scoresCountry()).isFalse();
  }

  @Test
  void aMatchedPredictionWithoutCoordinatesCountsAsTheLargestError() {
    PredictedToponym unresolved = new PredictedToponym(0, 5, null, null, null);

    GeoScorer scorer = new GeoScorer();
    scorer.add(List.of(gold(0, 5, 0, 0)), List.of(unresolved));
    ResolutionScore resolution = scorer.scores().resolution();

    assertThat(resolution.unresolved()).isEqualTo(1);
    assertThat(resolution.meanKm()).isEqualTo(GeoPoint.MAX_DISTANCE_KM);
    assertThat(resolution.acc161()).isZero();
  }

  @Test
  void countryAccuracyComparesWithTheSuppliedGoldCountry() {
    GoldCountry byHemisphere = (point, geonameId) -> point.latitude() >= 0 ? "NO" : "ZA";
    List<GoldToponym> gold = List.of(gold(0, 5, 60, 10), gold(10, 15, -30, 25), gold(20, 25, 1, 1));
    List<PredictedToponym> predicted =
        List.of(
            new PredictedToponym(0, 5, new GeoPoint(60, 10), "no", null),
            new PredictedToponym(10, 15, new GeoPoint(-30, 25), "LS", null),
            new PredictedToponym(20, 25, new GeoPoint(1, 1), null, null));

    GeoScorer scorer = new GeoScorer(byHemisphere);
    scorer.add(gold, predicted);
    ResolutionScore resolution = scorer.scores().resolution();

    assertThat(resolution.countryPairs()).isEqualTo(3);
    assertThat(resolution.countryCorrect()).isEqualTo(1);
    assertThat(resolution.countryAccuracy()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void anUnknownGoldCountryLeavesThePairOutOfCountryAccuracy() {
    GoldCountry onlyById = (point, geonameId) -> geonameId == null ? null : "FR";
    GoldToponym withId = new GoldToponym(0, 5, "xxxxx", new GeoPoint(48, 2), 42L, null);

    GeoScorer scorer = new GeoScorer(onlyById);
    scorer.add(
        List.of(withId, gold(10, 15, 0, 0)),
        List.of(
            new PredictedToponym(0, 5, new GeoPoint(48, 2), "FR", null),
            new PredictedToponym(10, 15, new GeoPoint(0, 0), "GA", null)));

    assertThat(scorer.scores().resolution().countryPairs()).isEqualTo(1);
    assertThat(scorer.scores().resolution().countryAccuracy()).isEqualTo(1.0);
  }

  @Test
  void scoresAddUpOverArticles() {
    GeoScorer scorer = new GeoScorer();
    scorer.add(List.of(gold(0, 5, 0, 0)), List.of(PredictedToponym.at(0, 5, 0, 0)));
    scorer.add(List.of(), List.of(PredictedToponym.at(3, 8, 0, 0)));

    GeoScores scores = scorer.scores();
    assertThat(scores.articles()).isEqualTo(2);
    assertThat(scores.recognition()).isEqualTo(EntityScore.of(1, 1, 0));
    assertThat(scores.resolution().auc()).isZero();
  }
}
