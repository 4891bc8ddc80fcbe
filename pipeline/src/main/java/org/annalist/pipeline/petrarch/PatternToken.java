package org.annalist.pipeline.petrarch;

import java.util.Objects;

/**
 * One token of a verb pattern.
 *
 * @param kind what the token is
 * @param text the word, or the synset name without {@code &} and without a trailing {@code _}, or
 *     the symbol as written
 */
public record PatternToken(Kind kind, String text) {

  /** Token kinds of the verb-pattern grammar (see {@link VerbReader}). */
  public enum Kind {
    /** A literal word. */
    WORD,
    /** {@code &NAME}: any member of a synset. */
    SYNSET,
    /** {@code *}: the verb. */
    VERB,
    /** {@code $}: the source actor. */
    SOURCE,
    /** {@code +}: the target actor. */
    TARGET,
    /** {@code %}: a compound actor, source and target at once. */
    COMPOUND,
    /** {@code ^}: skip a noun phrase. */
    SKIP,
    /** {@code _} between two tokens: they must be consecutive. */
    CONSECUTIVE,
    /** {@code {}: start of a noun phrase whose last word is the head. */
    NOUN_PHRASE_START,
    /** {@code }}: end of a noun phrase. */
    NOUN_PHRASE_END,
    /** {@code (}: start of a prepositional phrase, preposition first. */
    PREPOSITION_START,
    /** {@code )}: end of a prepositional phrase. */
    PREPOSITION_END
  }

  public PatternToken {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return kind == Kind.SYNSET ? "&" + text : text;
  }
}
