package org.annalist.pipeline.petrarch;

import java.util.Objects;

/**
 * A verb transformation line: {@code ~ a (a b VERB2) VERB1 = a b CODE}, read as "when source a of
 * VERB1 reports or intends the event VERB2 of a on b, code a b CODE instead".
 *
 * <p>Actor slots are a lower-case letter, {@code .} (an unspecified actor) or {@code _} (an absent
 * actor). A verb is a verb of the dictionary (it stands for its block's code), several joined by
 * {@code _} ({@code WILL_ATTACK}), or {@code Q} (any verb). The result code is a code or {@code Q}
 * (the lower verb's code).
 *
 * @param source the upper source slot
 * @param lowerSource the source slot of the inner event
 * @param lowerTarget the target slot of the inner event
 * @param lowerVerb the verb of the inner event
 * @param verb the upper verb
 * @param resultSource the source slot of the result
 * @param resultTarget the target slot of the result
 * @param resultCode the code of the result
 * @param raw the line as written, from the {@code ~}
 * @param line line number
 */
public record Transformation(
    String source,
    String lowerSource,
    String lowerTarget,
    String lowerVerb,
    String verb,
    String resultSource,
    String resultTarget,
    String resultCode,
    String raw,
    int line) {

  public Transformation {
    Objects.requireNonNull(raw, "raw");
  }
}
