package org.annalist.pipeline.lang;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The language of a text as far as it can be told.
 *
 * @param language an ISO 639-1 code such as {@code en} (ISO 639-3 where a language has no
 *     two-letter code), or {@link #UNDETERMINED} when it cannot be told
 * @param confidence from 0 to 1; 0 for {@link #UNDETERMINED}
 */
public record Detection(String language, double confidence) {
  /** The ISO 639 code for an undetermined language. */
  public static final String UNDETERMINED = "und";

  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

  public Detection {
    requireCode(language);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
    if (language.equals(UNDETERMINED) && confidence != 0) {
      throw new IllegalArgumentException(
          "an undetermined language has confidence 0: " + confidence);
    }
  }

  /** Returns {@code code} if it looks like an ISO 639 code (2 or 3 lower-case letters). */
  static String requireCode(String code) {
    Objects.requireNonNull(code, "language");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not an ISO 639 language code: \"" + code + "\"");
    }
    return code;
  }

  /** The detection of a text whose language cannot be told. */
  public static Detection undetermined() {
    return new Detection(UNDETERMINED, 0);
  }

  public boolean isUndetermined() {
    return language.equals(UNDETERMINED);
  }

  /** For messages: {@code de, 0.99}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s, %.2f", language, confidence);
  }
}
