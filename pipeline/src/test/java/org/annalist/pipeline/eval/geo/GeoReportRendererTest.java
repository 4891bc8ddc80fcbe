package org.annalist.pipeline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoReportRendererTest {
  private static final List<GoldToponym> GOLD =
      List.of(
          new GoldToponym(0, 5, "Dover", new GeoPoint(51.13, 1.31), null, null),
          new GoldToponym(10, 16, "Calais", new GeoPoint(50.95, 1.86), null, null),
          new GoldToponym(20, 24, "Quay", null, null, null));

  private static GeoScores ours() {
    GeoScorer scorer = new GeoScorer((point, id) -> point.longitude() < 1.5 ? "GB" : "FR");
    scorer.add(
        GOLD,
        List.of(
            new PredictedToponym(0, 5, new GeoPoint(51.13, 1.31), "GB", null),
            new PredictedToponym(10, 16, new GeoPoint(50.95, 1.86), "FR", null),
            new PredictedToponym(20, 24, null, null, null)));
    return scorer.scores();
  }

  private static GeoScores population() {
    GeoScorer scorer = new GeoScorer();
    scorer.add(
        GOLD,
        List.of(
            PredictedToponym.at(0, 5, 39.16, -75.52), // Dover, Delaware
            PredictedToponym.at(10, 16, 50.95, 1.86)));
    return scorer.scores();
  }

  @Test
  void theLastLineIsTheMainSystemsAccuracy() {
    GeoReport report = GeoReport.of("sample", "annalist", ours(), "population", population());

    String text = GeoReportRenderer.text(report);

    List<String> lines = text.lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("acc161=1.0000");
    assertThat(text).doesNotEndWith("\n");
  }

  @Test
  void bothSystemsStandSideBySide() {
    GeoReport report = GeoReport.of("sample", "annalist", ours(), "population", population());

    List<String> lines = GeoReportRenderer.text(report).lines().toList();

    assertThat(lines.get(0)).isEqualTo("sample: 1 articles, 3 gold toponyms, 2 with coordinates");
    assertThat(lines.get(1).strip()).matches("annalist +population");
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(" +recall +1\\.0000 +0\\.6667"));
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(" +acc@161km +1\\.0000 +0\\.5000"));
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(" +country accuracy +1\\.0000 +n/a"));
  }

  @Test
  void aSingleSystemHasOneColumn() {
    String text = GeoReportRenderer.text(GeoReport.of("s", "annalist", population(), null, null));

    assertThat(text.lines().toList().get(1).strip()).isEqualTo("annalist");
    assertThat(text).endsWith("\nacc161=0.5000");
  }

  @Test
  void jsonIsOneObjectWithEverySystem() throws Exception {
    GeoReport report = GeoReport.of("sample", "annalist", ours(), "population", population());

    JsonNode json = new ObjectMapper().readTree(GeoReportRenderer.json(report));

    assertThat(json.get("acc161").asDouble()).isEqualTo(1.0);
    assertThat(json.get("gold_toponyms").asInt()).isEqualTo(3);
    assertThat(json.get("systems")).hasSize(2);
    JsonNode main = json.get("systems").get(0);
    assertThat(main.get("name").asText()).isEqualTo("annalist");
    assertThat(main.at("/recognition/matched").asInt()).isEqualTo(3);
    assertThat(main.at("/resolution/country_accuracy").asDouble()).isEqualTo(1.0);
    JsonNode baseline = json.get("systems").get(1);
    assertThat(baseline.at("/resolution/country_accuracy").isNull()).isTrue();
    assertThat(baseline.at("/resolution/median_error_km").asDouble()).isGreaterThan(2900);
  }

  @Test
  void systemsScoredOnDifferentGoldAreRefused() {
    GeoScorer other = new GeoScorer();
    other.add(GOLD.subList(0, 1), List.of());

    assertThatThrownBy(() -> GeoReport.of("s", "annalist", ours(), "population", other.scores()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("system population was not scored on the same gold as the main system");
  }
}
