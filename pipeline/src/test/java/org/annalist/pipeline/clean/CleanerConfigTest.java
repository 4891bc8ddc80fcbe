package org.annalist.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerConfigTest {
  @Test
  void defaults() {
    CleanerConfig config = CleanerConfig.defaults();
    assertThat(config.maxHeadingWords()).isEqualTo(12);
    assertThat(config.maxHeadingChars()).isEqualTo(100);
    assertThat(config.maxNoiseLineChars()).isEqualTo(300);
    assertThat(config.foldQuotes()).isTrue();
    assertThat(config.noiseRules()).isEqualTo(NoiseRules.builtIn());
    assertThat(config).isEqualTo(CleanerConfig.defaults());
  }

  @Test
  void copiesChangeOneValue() {
    CleanerConfig config = CleanerConfig.defaults();
    assertThat(config.withMaxHeadingWords(5).maxHeadingWords()).isEqualTo(5);
    assertThat(config.withMaxHeadingChars(50).maxHeadingChars()).isEqualTo(50);
    assertThat(config.withMaxNoiseLineChars(80).maxNoiseLineChars()).isEqualTo(80);
    assertThat(config.withFoldQuotes(false).foldQuotes()).isFalse();
    assertThat(config.withNoiseRules(List.of()).noiseRules()).isEmpty();
    assertThat(config.withFoldQuotes(false).withFoldQuotes(true)).isEqualTo(config);
  }

  @Test
  void rejectsBadValuesNamingThem() {
    CleanerConfig config = CleanerConfig.defaults();
    assertThatThrownBy(() -> config.withMaxHeadingWords(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxHeadingWords must be positive: 0");
    assertThatThrownBy(() -> config.withMaxHeadingChars(-1))
        .hasMessage("maxHeadingChars must be positive: -1");
    assertThatThrownBy(() -> config.withMaxNoiseLineChars(0))
        .hasMessage("maxNoiseLineChars must be positive: 0");
    assertThatThrownBy(() -> config.withNoiseRules(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void rulesAreCopied() {
    List<NoiseRule> rules = new ArrayList<>(List.of(new NoiseRule("share", "share")));
    CleanerConfig config = CleanerConfig.defaults().withNoiseRules(rules);
    rules.clear();
    assertThat(config.noiseRules()).hasSize(1);
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    CleanerConfig config = CleanerConfig.defaults();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(config);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(config);
    }
  }
}
