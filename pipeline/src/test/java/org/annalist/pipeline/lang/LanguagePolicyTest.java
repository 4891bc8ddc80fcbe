package org.annalist.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguagePolicyTest {
  private final LanguagePolicy english = LanguagePolicy.english();

  @Test
  void rejectsAConfidentOtherLanguage() {
    assertThat(english.rejection(new Detection("de", 0.987)))
        .contains("not English (detected: de, 0.99)");
    assertThat(english.accepts(new Detection("de", 0.987))).isFalse();
  }

  @Test
  void acceptsEnglishUndeterminedAndUnsure() {
    assertThat(english.accepts(new Detection("en", 0.4))).isTrue();
    assertThat(english.accepts(Detection.undetermined())).isTrue();
    assertThat(english.accepts(new Detection("nl", 0.6))).isTrue();
    assertThat(english.rejection(new Detection("nl", 0.6))).isEmpty();
  }

  @Test
  void thresholdIsInclusive() {
    assertThat(english.accepts(new Detection("fr", LanguagePolicy.DEFAULT_MIN_CONFIDENCE)))
        .isFalse();
  }

  @Test
  void otherExpectedLanguagesAreNamedInEnglish() {
    LanguagePolicy german = new LanguagePolicy("de", 0.8);
    assertThat(german.rejection(new Detection("en", 0.95)))
        .contains("not German (detected: en, 0.95)");
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> new LanguagePolicy("EN", 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"EN\"");
    assertThatThrownBy(() -> new LanguagePolicy("und", 0.9))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LanguagePolicy("en", 0))
        .hasMessage("minConfidence outside (0, 1]: 0.0");
    assertThatThrownBy(() -> new LanguagePolicy("en", 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
