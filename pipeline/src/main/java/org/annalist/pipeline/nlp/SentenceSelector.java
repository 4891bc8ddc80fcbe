package org.annalist.pipeline.nlp;

import java.util.BitSet;
import org.annalist.model.AnnotatedDoc;

/**
 * Chooses the sentences of an article worth a dependency parse, from the article tagged but not yet
 * parsed (tokens, lemmas, parts of speech, entities; no dependencies, no dates).
 */
@FunctionalInterface
public interface SentenceSelector {
  /** Every sentence. */
  SentenceSelector ALL =
      doc -> {
        BitSet all = new BitSet();
        all.set(0, doc.sentences().size());
        return all;
      };

  /** The indices of the sentences to parse. */
  BitSet select(AnnotatedDoc tagged);
}
