package org.annalist.pipeline.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the event-pattern dictionary.
 *
 * @param code CAMEO code
 * @param noun whether the trigger is an event noun (else a verb)
 * @param lemma the trigger's lemma
 * @param source slots where the source stands
 * @param target slots where the target stands
 * @param complement lemmas of the required infinitival complement; empty when none is required
 * @param reciprocal code of the reciprocal event, or null
 * @param example a sentence the pattern codes
 * @param line where the pattern is defined, e.g. {@code event-patterns.tsv:14}
 */
public record EventPattern(
    String code,
    boolean noun,
    String lemma,
    List<String> source,
    List<String> target,
    Set<String> complement,
    String reciprocal,
    String example,
    String line) {
  public EventPattern {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(lemma, "lemma");
    source = List.copyOf(source);
    target = List.copyOf(target);
    complement = Set.copyOf(complement);
  }

  /** A short description for explanations. */
  public String describe() {
    return (noun ? "event noun '" : "verb '")
        + lemma
        + "' with source "
        + String.join("|", source)
        + ", target "
        + String.join("|", target)
        + (complement.isEmpty()
            ? ""
            : " and a complement " + String.join("|", complement.stream().sorted().toList()));
  }
}
