package org.annalist.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word the token as written
 * @param lemma its lemma
 * @param pos Penn Treebank part-of-speech tag
 * @param ner coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, DATE, ...) or "O"
 * @param span where it stands in the cleaned text
 */
public record Token(int index, String word, String lemma, String pos, String ner, Span span) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(span, "span");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }
}
