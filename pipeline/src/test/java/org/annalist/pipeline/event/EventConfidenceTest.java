package org.annalist.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.annalist.model.Modality;
import org.annalist.pipeline.event.EventFeatures.Naming;
import org.junit.jupiter.api.Test;

class EventConfidenceTest {
  private static EventFeatures features(Naming source, Modality modality, String root) {
    return new EventFeatures(
        root, source, Naming.NAMED, false, false, false, modality, false, 1, 1);
  }

  @Test
  void theEstimateIsTheLogisticOfTheSumOfTheWeights() {
    EventConfidence m =
        EventConfidence.parse(
            List.of("# a model", "intercept\t1.0", "root=03\t0.5", "source=pronoun\t-2.0", ""));
    // 1 / (1 + e^-1.5) = 0.8176
    assertThat(m.estimate(features(Naming.NAMED, Modality.ASSERTED, "03"))).isEqualTo(0.82);
    // 1 / (1 + e^-1) = 0.7311: an unlisted root weighs nothing
    assertThat(m.estimate(features(Naming.NAMED, Modality.ASSERTED, "19"))).isEqualTo(0.73);
    // 1 / (1 + e^0.5) = 0.3775
    assertThat(m.estimate(features(Naming.PRONOUN, Modality.ASSERTED, "03"))).isEqualTo(0.38);
  }

  @Test
  void theShippedModelTrustsNamedActorsAndAssertionsMore() {
    EventConfidence m = EventConfidence.load();
    double named = m.estimate(features(Naming.NAMED, Modality.ASSERTED, "04"));
    assertThat(m.estimate(features(Naming.PRONOUN, Modality.ASSERTED, "04"))).isLessThan(named);
    assertThat(m.estimate(features(Naming.CONTEXT, Modality.ASSERTED, "04"))).isLessThan(named);
    assertThat(m.estimate(features(Naming.NAMED, Modality.HYPOTHETICAL, "04"))).isLessThan(named);
    assertThat(named).isGreaterThanOrEqualTo(EventConfidence.THRESHOLD).isLessThanOrEqualTo(1.0);
    assertThat(m.estimate(features(Naming.PRONOUN, Modality.HYPOTHETICAL, "08")))
        .isLessThan(EventConfidence.THRESHOLD)
        .isGreaterThanOrEqualTo(0.0);
  }

  @Test
  void aBadWeightsFileSaysWhereAndWhy() {
    assertThatThrownBy(() -> EventConfidence.parse(List.of("intercept\t1", "root=03\tmuch")))
        .hasMessage("confidence.tsv:2: not a number: much");
    assertThatThrownBy(() -> EventConfidence.parse(List.of("intercept 1")))
        .hasMessage("confidence.tsv:1: expected 2 columns, found 1");
    assertThatThrownBy(() -> EventConfidence.parse(List.of("root=03\t1")))
        .hasMessage("confidence.tsv: no intercept");
    assertThatThrownBy(() -> EventConfidence.parse(List.of("intercept\t1", "intercept\t2")))
        .hasMessage("confidence.tsv:2: duplicate feature intercept");
  }
}
