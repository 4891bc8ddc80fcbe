package org.annalist.pipeline.lang;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which articles the pipeline accepts by language. An article is rejected only when it is
 * confidently in another language; undetermined and unsure detections pass, because dropping an
 * English article loses more than coding a stray foreign one.
 *
 * @param expected the ISO 639 code of the language the pipeline reads, such as {@code en}
 * @param minConfidence the confidence from which another language is believed, in (0, 1]
 */
public record LanguagePolicy(String expected, double minConfidence) {
  /** The default {@link #minConfidence()}. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.9;

  public LanguagePolicy {
    Detection.requireCode(expected);
    if (expected.equals(Detection.UNDETERMINED)) {
      throw new IllegalArgumentException("expected language must be a language, not und");
    }
    if (!(minConfidence > 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence outside (0, 1]: " + minConfidence);
    }
  }

  /** English, rejecting another language from 0.9 confidence. */
  public static LanguagePolicy english() {
    return new LanguagePolicy("en", DEFAULT_MIN_CONFIDENCE);
  }

  /** Whether an article with this detection goes on. */
  public boolean accepts(Detection detection) {
    return rejection(detection).isEmpty();
  }

  /**
   * Why an article with this detection is rejected, such as {@code not English (detected: de,
   * 0.99)}; empty when it is accepted.
   */
  public Optional<String> rejection(Detection detection) {
    Objects.requireNonNull(detection, "detection");
    if (detection.isUndetermined()
        || detection.language().equals(expected)
        || detection.confidence() < minConfidence) {
      return Optional.empty();
    }
    return Optional.of("not " + languageName() + " (detected: " + detection + ")");
  }

  private String languageName() {
    String name = Locale.forLanguageTag(expected).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? expected : name;
  }
}
