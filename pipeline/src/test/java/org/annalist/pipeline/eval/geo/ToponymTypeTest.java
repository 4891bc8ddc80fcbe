package org.annalist.pipeline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.annalist.pipeline.eval.geo.ToponymType.Group;
import org.junit.jupiter.api.Test;

class ToponymTypeTest {
  @Test
  void fiveLiteralAndSixAssociativeTypesAreToponyms() {
    assertThat(Arrays.stream(ToponymType.values()).filter(t -> t.group() == Group.LITERAL))
        .hasSize(5);
    assertThat(Arrays.stream(ToponymType.values()).filter(t -> t.group() == Group.ASSOCIATIVE))
        .hasSize(6);
    assertThat(Arrays.stream(ToponymType.values()).filter(t -> !t.isToponym()))
        .containsExactlyInAnyOrder(
            ToponymType.NON_TOPONYM,
            ToponymType.LITERAL_EXPRESSION,
            ToponymType.NON_LITERAL_EXPRESSION);
  }

  @Test
  void labelsAreThoseOfTheFiles() {
    assertThat(ToponymType.fromLabel("Embedded_Non_Lit"))
        .isEqualTo(ToponymType.EMBEDDED_NON_LITERAL);
    assertThat(ToponymType.fromLabel(" non_lit_expression "))
        .isEqualTo(ToponymType.NON_LITERAL_EXPRESSION);
    assertThat(ToponymType.METONYMIC.label()).isEqualTo("Metonymic");
    assertThatThrownBy(() -> ToponymType.fromLabel("Place"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown toponym type \"Place\"");
  }
}
