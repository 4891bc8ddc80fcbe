package org.annalist.pipeline.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One line of the event-pattern dictionary.
 *
 * @param code CAMEO code
 * @param noun whether the trigger is an event noun (else a verb)
 * @param lemma the trigger's lemma
 * @param source slots where the source stands
 * @param target slots where the target stands
 * @param complement lemmas of the required infinitival complement ("call on X to withdraw"); empty
 *     when none is required
 * @param particle lemmas of the required particle ("pull out"); empty when none is required
 * @param object lemmas of the required direct object ("sign an agreement"); empty when none is
 *     required. Slots are also looked for under the object ("sign an agreement with X").
 * @param prepositions prepositions whose oblique must be present ("accuse X of"), in any slot
 * @param reciprocal code of the reciprocal event, or null
 * @param example a sentence the pattern codes
 * @param line where the pattern is defined, e.g. {@code event/patterns-04.tsv:14}
 * @param words words that must follow the trigger in the sentence, in this order but not
 *     necessarily next to each other: each item lists its alternatives, each a word or a phrase of
 *     words separated by blanks, in lower case, matched on a token's word as written (a team's
 *     PETRARCH pattern "- * DIPLOMATIC TIES" requires "diplomatic" then "ties"); the items before a
 *     {@link #VERB_ITEM} must precede the trigger instead, the last of them near it; empty for none
 */
public record EventPattern(
    String code,
    boolean noun,
    String lemma,
    List<String> source,
    List<String> target,
    Set<String> complement,
    Set<String> particle,
    Set<String> object,
    List<String> prepositions,
    String reciprocal,
    String example,
    String line,
    List<List<String>> words) {
  public EventPattern {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(lemma, "lemma");
    source = List.copyOf(source);
    target = List.copyOf(target);
    complement = Set.copyOf(complement);
    particle = Set.copyOf(particle);
    object = Set.copyOf(object);
    prepositions = List.copyOf(prepositions);
    words = words.stream().map(List::copyOf).toList();
    if (source.isEmpty() || target.isEmpty()) {
      throw new IllegalArgumentException(line + ": a pattern needs source and target slots");
    }
  }

  /** The item of {@link #words} that stands for the trigger: the items before it precede it. */
  public static final List<String> VERB_ITEM = List.of("*");

  /** A pattern that requires no words after its trigger. */
  public EventPattern(
      String code,
      boolean noun,
      String lemma,
      List<String> source,
      List<String> target,
      Set<String> complement,
      Set<String> particle,
      Set<String> object,
      List<String> prepositions,
      String reciprocal,
      String example,
      String line) {
    this(
        code,
        noun,
        lemma,
        source,
        target,
        complement,
        particle,
        object,
        prepositions,
        reciprocal,
        example,
        line,
        List.of());
  }

  /** Whether the pattern takes any verb as its complement ({@code comp=*}). */
  public boolean anyComplement() {
    return complement.contains("*");
  }

  /** Whether a lemma may stand as the pattern's complement. */
  public boolean complementAllows(String lemma) {
    return complement.contains(lemma) || anyComplement();
  }

  /** The frame as written in the dictionary, for explanations and statistics. */
  public String frame() {
    StringBuilder b = new StringBuilder();
    b.append(noun ? "noun" : "verb")
        .append(" src=")
        .append(String.join("|", source))
        .append(" tgt=")
        .append(String.join("|", target));
    append(b, "comp", complement);
    append(b, "prt", particle);
    append(b, "obj", object);
    if (!prepositions.isEmpty()) {
      b.append(" prep=").append(String.join("|", prepositions));
    }
    if (!words.isEmpty()) {
      b.append(" words=")
          .append(
              String.join(
                  " ", words.stream().map(w -> String.join("|", w).replace(' ', '_')).toList()));
    }
    return b.toString();
  }

  private static void append(StringBuilder b, String key, Set<String> values) {
    if (!values.isEmpty()) {
      b.append(' ').append(key).append('=').append(String.join("|", new TreeSet<>(values)));
    }
  }

  /** A short description for explanations. */
  public String describe() {
    return (noun ? "event noun '" : "verb '") + lemma + "' (" + frame() + ")";
  }
}
