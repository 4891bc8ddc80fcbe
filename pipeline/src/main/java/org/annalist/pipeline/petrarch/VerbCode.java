package org.annalist.pipeline.petrarch;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event code of the verb dictionary, as written between brackets.
 *
 * <p>Forms: {@code [042]}; {@code [042:043]}, an active and a passive code (PETRARCH2's {@code
 * convert_code} reads the part after the colon as the verb's inherent passive meaning); {@code
 * [:173]}, a passive code only; {@code [---]}, the null code (the verb or pattern gives no event).
 * Codes are usually CAMEO digits, but any characters but blanks, brackets and colons are accepted
 * (test dictionaries use codes such as {@code [075A]}).
 *
 * @param raw the text between the brackets
 * @param active the part before the colon, or null when empty ({@code [:173]})
 * @param passive the part after the colon, or null when there is no colon
 */
public record VerbCode(String raw, String active, String passive) {
  private static final Pattern FORM = Pattern.compile("([^\\s:\\[\\]]*)(?::([^\\s:\\[\\]]+))?");

  /** The null code {@code ---}. */
  public static final VerbCode NULL = new VerbCode("---", "---", null);

  public VerbCode {
    Objects.requireNonNull(raw, "raw");
  }

  /** Whether this is the null code {@code ---} (no event). */
  public boolean isNull() {
    return "---".equals(active) && passive == null;
  }

  /**
   * Parses the text between the brackets.
   *
   * @throws IllegalArgumentException when it is empty or malformed
   */
  public static VerbCode parse(String inside) {
    String s = inside.strip();
    Matcher m = FORM.matcher(s);
    if (s.isEmpty() || !m.matches() || (m.group(1).isEmpty() && m.group(2) == null)) {
      throw new IllegalArgumentException("bad code [" + inside + "]");
    }
    return new VerbCode(s, m.group(1).isEmpty() ? null : m.group(1), m.group(2));
  }

  @Override
  public String toString() {
    return "[" + raw + "]";
  }
}
