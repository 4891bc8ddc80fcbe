package org.annalist.pipeline.eval;

import java.util.List;

/**
 * The named-entity tagger under evaluation.
 *
 * <p>The input is a batch of sentences, each a list of tokens; both levels are unmodifiable. The
 * output has one list of labels per input sentence, in the same order, and one label per token. A
 * label is {@code O} or a type: {@code PER}, {@code ORG}, {@code LOC}, {@code MISC} (or {@code
 * PERSON}, {@code ORGANIZATION}, {@code LOCATION}), either bare or with a {@code B-}/{@code I-}
 * prefix. Bare labels are coarse: adjacent tokens with the same bare label form one entity, so two
 * entities of the same type that touch are seen as one. Any other label (a CoreNLP {@code DATE},
 * {@code CITY} or {@code NATIONALITY}, say) is an error: an adapter maps those first, for instance
 * through {@link org.annalist.model.EntityType#fromTag} and {@link NerType#of}, and gives {@code O}
 * where that yields nothing.
 */
@FunctionalInterface
public interface NerTagger {
  /**
   * Tags a batch of sentences.
   *
   * @param sentences the token lists of the sentences; not to be modified
   * @return one label list per sentence, each as long as that sentence
   */
  List<List<String>> tag(List<List<String>> sentences);
}
