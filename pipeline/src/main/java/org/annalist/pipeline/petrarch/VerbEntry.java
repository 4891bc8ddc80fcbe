package org.annalist.pipeline.petrarch;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A verb line of a verb block: {@code GIVE {GAVE GIVEN GIVING} [070]}.
 *
 * <p>A multi-word verb joins its words with {@code _} and marks the word the parser will tag as the
 * verb with {@code +}: {@code +CALL_OFF}, {@code WIRE_+TAP}.
 *
 * @param verb the primary form as written, e.g. {@code GIVE}, {@code +CALL_OFF}
 * @param forms the other forms: those written in {@code {...}} (all of them, PETRARCH makes none
 *     when braces are present; {@code {}} means none), or the regular forms PETRARCH makes
 * @param regularForms whether {@link #forms} were made by the regular rules (no braces)
 * @param code the verb's own code, or null when it takes the block's code
 * @param comment the {@code #} or {@code ;} comment, or ""
 * @param line line number
 */
public record VerbEntry(
    String verb,
    List<String> forms,
    boolean regularForms,
    VerbCode code,
    String comment,
    int line) {

  public VerbEntry {
    Objects.requireNonNull(verb, "verb");
    forms = List.copyOf(forms);
    comment = comment == null ? "" : comment;
  }

  /** Whether this is a multi-word verb. */
  public boolean multiWord() {
    return verb.indexOf('_') >= 0;
  }

  /** The words of the primary form, without {@code +}. */
  public List<String> words() {
    return Arrays.stream(verb.split("_")).map(w -> w.replace("+", "")).toList();
  }

  /** The word the parser tags as the verb: the {@code +} word, or the only word. */
  public String head() {
    for (String w : verb.split("_")) {
      if (w.startsWith("+")) {
        return w.substring(1);
      }
    }
    return verb;
  }

  /**
   * PETRARCH2's regular forms of a one-word verb: +S (+ES after S, X, Z; Y to IES), +ED (+D after
   * E), +ING (dropping a final E after a consonant).
   */
  static List<String> regular(String root) {
    String third;
    if (root.endsWith("S") || root.endsWith("X") || root.endsWith("Z")) {
      third = root + "ES";
    } else if (root.endsWith("Y")) {
      third = root.substring(0, root.length() - 1) + "IES";
    } else {
      third = root + "S";
    }
    String past = root.endsWith("E") ? root + "D" : root + "ED";
    String ing =
        root.endsWith("E")
                && root.length() > 1
                && "AEIOU".indexOf(root.charAt(root.length() - 2)) < 0
            ? root.substring(0, root.length() - 1) + "ING"
            : root + "ING";
    return List.of(third, past, ing);
  }
}
