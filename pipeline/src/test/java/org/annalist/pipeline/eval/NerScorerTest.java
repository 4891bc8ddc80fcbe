package org.annalist.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScorerTest {
  private static EntitySpan span(int start, int end, NerType type) {
    return new EntitySpan(start, end, type);
  }

  private static NerScores scoreOne(List<EntitySpan> gold, List<EntitySpan> predicted) {
    NerScorer scorer = new NerScorer();
    scorer.add(gold, predicted);
    return scorer.scores();
  }

  @Test
  void exactMatchesAreCorrect() {
    List<EntitySpan> entities = List.of(span(0, 2, NerType.PER), span(4, 5, NerType.LOC));

    NerScores scores = scoreOne(entities, entities);

    assertThat(scores.overall()).isEqualTo(EntityScore.of(2, 0, 0));
    assertThat(scores.overall().f1()).isEqualTo(1.0);
    assertThat(scores.type(NerType.PER).tp()).isEqualTo(1);
    assertThat(scores.type(NerType.ORG)).isEqualTo(EntityScore.of(0, 0, 0));
  }

  @Test
  void boundaryErrorCountsAsFalsePositiveAndFalseNegative() {
    NerScores scores =
        scoreOne(
            List.of(span(1, 3, NerType.PER), span(5, 6, NerType.LOC)),
            List.of(span(0, 3, NerType.PER), span(5, 6, NerType.LOC)));

    assertThat(scores.type(NerType.PER)).isEqualTo(EntityScore.of(0, 1, 1));
    assertThat(scores.overall()).isEqualTo(EntityScore.of(1, 1, 1));
    assertThat(scores.overall().precision()).isEqualTo(0.5);
    assertThat(scores.overall().recall()).isEqualTo(0.5);
    assertThat(scores.overall().f1()).isEqualTo(0.5);
  }

  @Test
  void typeErrorCountsAgainstBothTypes() {
    NerScores scores = scoreOne(List.of(span(2, 4, NerType.ORG)), List.of(span(2, 4, NerType.LOC)));

    assertThat(scores.type(NerType.ORG)).isEqualTo(EntityScore.of(0, 0, 1));
    assertThat(scores.type(NerType.LOC)).isEqualTo(EntityScore.of(0, 1, 0));
    assertThat(scores.overall()).isEqualTo(EntityScore.of(0, 1, 1));
    assertThat(scores.overall().f1()).isZero();
  }

  @Test
  void measuresWithNothingToDivideByAreZero() {
    NerScores nothingPredicted = scoreOne(List.of(span(0, 1, NerType.MISC)), List.of());
    NerScores nothingAtAll = new NerScorer().scores();

    assertThat(nothingPredicted.overall()).isEqualTo(new EntityScore(0, 0, 1, 0.0, 0.0, 0.0));
    assertThat(nothingAtAll.overall()).isEqualTo(new EntityScore(0, 0, 0, 0.0, 0.0, 0.0));
    assertThat(nothingAtAll.format()).endsWith("\nf1=0.0000");
  }

  @Test
  void spansAreOnlyMatchedWithinTheirSentence() {
    NerScores scores =
        NerScorer.score(
            List.of(List.of(span(0, 1, NerType.PER)), List.of()),
            List.of(List.of(), List.of(span(0, 1, NerType.PER))));

    assertThat(scores.overall()).isEqualTo(EntityScore.of(0, 1, 1));
    assertThatThrownBy(() -> NerScorer.score(List.of(List.of()), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void repeatedSpansAreMatchedOneToOne() {
    EntitySpan ada = span(0, 1, NerType.PER);

    assertThat(scoreOne(List.of(ada), List.of(ada, ada)).overall())
        .isEqualTo(EntityScore.of(1, 1, 0));
  }

  @Test
  void microAverageSumsCountsBeforeDividing() {
    NerScorer scorer = new NerScorer();
    scorer.add(
        List.of(span(0, 1, NerType.PER), span(1, 2, NerType.PER), span(3, 4, NerType.LOC)),
        List.of(span(0, 1, NerType.PER), span(1, 2, NerType.PER)));

    NerScores scores = scorer.scores();

    assertThat(scores.type(NerType.LOC).f1()).isZero();
    assertThat(scores.type(NerType.PER).f1()).isEqualTo(1.0);
    assertThat(scores.overall().precision()).isEqualTo(1.0);
    assertThat(scores.overall().recall()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(scores.overall().f1()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void formatPrintsATableAndTheF1LineLast() {
    NerScores scores =
        scoreOne(
            List.of(span(0, 2, NerType.PER), span(3, 4, NerType.ORG), span(5, 6, NerType.MISC)),
            List.of(span(0, 2, NerType.PER), span(3, 4, NerType.LOC)));

    assertThat(scores.format())
        .isEqualTo(
            String.join(
                "\n",
                "type     precision    recall        f1    gold  predicted",
                "PER         1.0000    1.0000    1.0000       1          1",
                "ORG         0.0000    0.0000    0.0000       1          0",
                "LOC         0.0000    0.0000    0.0000       0          1",
                "MISC        0.0000    0.0000    0.0000       1          0",
                "overall     0.5000    0.3333    0.4000       3          2",
                "f1=0.4000"));
    List<String> lines = scores.format().lines().toList();
    assertThat(lines.get(lines.size() - 1)).matches("f1=\\d\\.\\d{4}");
  }

  @Test
  void jsonHasTypesAndOverallAndReadsBack() throws Exception {
    NerScores scores =
        scoreOne(
            List.of(span(0, 2, NerType.PER)),
            List.of(span(0, 2, NerType.PER), span(3, 4, NerType.ORG)));

    String json = scores.toJson();
    JsonNode tree = new ObjectMapper().readTree(json);

    assertThat(json).doesNotContain("\n");
    assertThat(tree.fieldNames()).toIterable().containsExactly("types", "overall");
    assertThat(tree.get("types").fieldNames())
        .toIterable()
        .containsExactly("PER", "ORG", "LOC", "MISC");
    assertThat(tree.get("types").get("PER").fieldNames())
        .toIterable()
        .containsExactly("tp", "fp", "fn", "precision", "recall", "f1");
    assertThat(tree.get("overall").get("f1").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(new ObjectMapper().readValue(json, NerScores.class)).isEqualTo(scores);
  }

  @Test
  void scoresRejectMeasuresOrTotalsThatDoNotFitTheCounts() {
    assertThatThrownBy(() -> new EntityScore(1, 1, 0, 0.9, 1.0, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("precision 0.9");
    assertThatThrownBy(() -> EntityScore.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    NerScores scores = new NerScorer().scores();
    assertThatThrownBy(() -> new NerScores(scores.types(), EntityScore.of(1, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
