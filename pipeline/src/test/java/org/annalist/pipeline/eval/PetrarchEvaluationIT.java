package org.annalist.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PETRARCH validation records coded by the pipeline and scored by their sets of codings. */
@ExtendWith(PipelineExtension.class)
class PetrarchEvaluationIT {
  private static List<PetrarchRecord> records() throws Exception {
    return PetrarchRecords.read(
        Path.of(PetrarchEvaluationIT.class.getResource("petrarch-records.xml").toURI()));
  }

  @Test
  void aRecordPassesWhenItsCodingsAreExactlyTheExpectedOnes(Extractor extractor) throws Exception {
    List<PetrarchRecord> records = records();
    PetrarchEvaluation.Report r = new PetrarchEvaluation(extractor).run(records);
    assertThat(r.records()).isEqualTo(4);
    assertThat(r.outcomes())
        .extracting(PetrarchEvaluation.Outcome::id, PetrarchEvaluation.Outcome::passed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("VISIT-01", true),
            org.assertj.core.groups.Tuple.tuple("NONE-01", true),
            // Our dictionaries know no "river guard": PETRARCH's quoted text is not coded.
            org.assertj.core.groups.Tuple.tuple("QUOTE-01", false),
            // Sport is discarded: no event, as the story discard expects.
            org.assertj.core.groups.Tuple.tuple("DISCARD-01", true));
    assertThat(r.passed()).isEqualTo(3);
    assertThat(r.categories().get("ACTOR").passed()).isZero();
    String text = r.format(true);
    assertThat(text).contains("FAIL QUOTE-01 [ACTOR] expected [\"THE RIVER GUARD\" KEN 111]");
    assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("pass_rate=0.7500");
    assertThat(r.toJson()).contains("\"pass_rate\":0.75");
  }

  @Test
  void recordsWithAParseCanBeReadFromIt(Extractor extractor) throws Exception {
    List<PetrarchRecord> records = records();
    assertThat(records.get(0).parse()).startsWith("(ROOT (S (NP (DT The) (NNP NATO)");
    assertThat(records.get(1).parse()).isNull();
    PetrarchEvaluation.Report r = new PetrarchEvaluation(extractor, true).run(records);
    // VISIT-01 is coded from its tree, the others (no parse) from their text.
    assertThat(r.outcomes())
        .extracting(PetrarchEvaluation.Outcome::id, PetrarchEvaluation.Outcome::passed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("VISIT-01", true),
            org.assertj.core.groups.Tuple.tuple("NONE-01", true),
            org.assertj.core.groups.Tuple.tuple("QUOTE-01", false),
            org.assertj.core.groups.Tuple.tuple("DISCARD-01", true));
  }
}
