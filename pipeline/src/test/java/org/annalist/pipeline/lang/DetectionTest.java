package org.annalist.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetectionTest {
  @Test
  void undetermined() {
    Detection d = Detection.undetermined();
    assertThat(d.language()).isEqualTo("und");
    assertThat(d.confidence()).isZero();
    assertThat(d.isUndetermined()).isTrue();
    assertThat(new Detection("en", 0.5).isUndetermined()).isFalse();
  }

  @Test
  void printsForMessages() {
    assertThat(new Detection("de", 0.9912)).hasToString("de, 0.99");
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> new Detection("english", 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"english\"");
    assertThatThrownBy(() -> new Detection("en", 1.01))
        .hasMessage("confidence outside [0, 1]: 1.01");
    assertThatThrownBy(() -> new Detection("en", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Detection("und", 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Detection(null, 0.5)).isInstanceOf(NullPointerException.class);
  }
}
