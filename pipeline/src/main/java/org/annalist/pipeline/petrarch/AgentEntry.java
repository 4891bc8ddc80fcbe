package org.annalist.pipeline.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * One line of a PETRARCH agent file: a phrase such as {@code FOREIGN_MINISTER} and the code it adds
 * to an actor's code.
 *
 * @param phrase the phrase as written, with any {@code !MARKER!} left in ({@code _} joins words
 *     that must be consecutive, a blank allows words between)
 * @param code the code without its {@code ~}
 * @param position where the code goes: {@code [~GOV]} after the actor's code, {@code [NGO~]} before
 *     it
 * @param plural the plural written in {@code {...}}: "" for {@code {}} (no plural), null when none
 *     was written (a regular plural is made)
 * @param forms every phrase the entry stands for: for a phrase with a substitution marker, one per
 *     item of the marker's list (no plurals, as in PETRARCH); otherwise the phrase and its plural
 *     (the written one, or the regular one: {@code Y} to {@code IES}, {@code S} to {@code SES},
 *     else {@code +S}, applied to the last character of the phrase as PETRARCH does)
 * @param comment the {@code #} comment of the line, or ""
 * @param line line number
 */
public record AgentEntry(
    String phrase,
    String code,
    Position position,
    String plural,
    List<String> forms,
    String comment,
    int line) {

  /** Where an agent code goes relative to the actor code. */
  public enum Position {
    /** {@code [~GOV]}: actor code then agent code, e.g. ABCGOV. */
    AFTER_ACTOR,
    /** {@code [NGO~]}: agent code then actor code, e.g. NGOABC. */
    BEFORE_ACTOR
  }

  public AgentEntry {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(position, "position");
    forms = List.copyOf(forms);
    comment = comment == null ? "" : comment;
  }

  /** The code combined with an actor code, e.g. ABC + ~GOV = ABCGOV, ABC + NGO~ = NGOABC. */
  public String combine(String actorCode) {
    return position == Position.AFTER_ACTOR ? actorCode + code : code + actorCode;
  }
}
