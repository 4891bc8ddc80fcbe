package org.annalist.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IobLabelTest {
  private static List<EntitySpan> decode(String... labels) {
    List<IobLabel> parsed = new ArrayList<>();
    for (String label : labels) {
      IobLabel iob = IobLabel.parse(label, true);
      assertThat(iob).as(label).isNotNull();
      parsed.add(iob);
    }
    return IobLabel.decode(parsed);
  }

  private static EntitySpan span(int start, int end, NerType type) {
    return new EntitySpan(start, end, type);
  }

  @Test
  void iob1AndIob2SpellingsOfOneSentenceDecodeAlike() {
    List<EntitySpan> expected =
        List.of(span(0, 2, NerType.PER), span(2, 3, NerType.PER), span(4, 5, NerType.LOC));

    assertThat(decode("I-PER", "I-PER", "B-PER", "O", "I-LOC")).isEqualTo(expected);
    assertThat(decode("B-PER", "I-PER", "B-PER", "O", "B-LOC")).isEqualTo(expected);
  }

  @Test
  void bareLabelsJoinNeighboursOfTheSameType() {
    assertThat(decode("PER", "PER", "ORG", "O", "MISC"))
        .containsExactly(
            span(0, 2, NerType.PER), span(2, 3, NerType.ORG), span(4, 5, NerType.MISC));
  }

  @Test
  void entityRunningToTheEndIsClosed() {
    assertThat(decode("O", "LOCATION", "LOC")).containsExactly(span(1, 3, NerType.LOC));
  }

  @Test
  void allOutsideOrEmptyGivesNoEntity() {
    assertThat(decode("O", "O")).isEmpty();
    assertThat(decode()).isEmpty();
  }

  @Test
  void rejectsLabelsOutsideTheTagSet() {
    assertThat(IobLabel.parse("DATE", true)).isNull();
    assertThat(IobLabel.parse("E-PER", true)).isNull();
    assertThat(IobLabel.parse("B-", true)).isNull();
    assertThat(IobLabel.parse("per", true)).isNull();
    assertThat(IobLabel.parse("PER", false)).isNull();
    assertThat(IobLabel.parse("O", false)).isEqualTo(IobLabel.OUTSIDE);
  }
}
