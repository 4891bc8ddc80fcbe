package org.annalist.pipeline.clean;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One kind of scraper residue: lines that {@link #regex()} matches completely are removed and
 * recorded with {@link #reason()}.
 *
 * @param reason a short label such as {@code advertisement}: lower-case letters, digits and
 *     hyphens, starting with a letter
 * @param regex a {@link java.util.regex} pattern matched against a whole line (trimmed, whitespace
 *     collapsed, quotes folded) ignoring case
 */
public record NoiseRule(String reason, String regex) implements Serializable {
  private static final Pattern REASON = Pattern.compile("[a-z][a-z0-9-]*");

  public NoiseRule {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(regex, "regex");
    if (!REASON.matcher(reason).matches()) {
      throw new IllegalArgumentException(
          "noise reason must match [a-z][a-z0-9-]*, was \"" + reason + "\"");
    }
    if (regex.isEmpty()) {
      throw new IllegalArgumentException("empty regex for noise reason " + reason);
    }
    try {
      compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "invalid regex for noise reason " + reason + ": " + e.getDescription() + " in " + regex,
          e);
    }
  }

  /** The compiled pattern, case-insensitive for all scripts. */
  public Pattern pattern() {
    return compile(regex);
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
