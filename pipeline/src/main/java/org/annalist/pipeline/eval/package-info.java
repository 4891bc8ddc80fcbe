/**
 * Named-entity evaluation on CoNLL-2003 column files.
 *
 * <h2>How it fits together</h2>
 *
 * <pre>{@code
 * NerTagger tagger = sentences -> ...;            // one label per token, see below
 * NerScores scores = NerEvaluation.run(Path.of("test.conll"), tagger);
 * System.out.println(scores.format());           // table, then "f1=0.xxxx"
 * System.out.println(scores.toJson());           // or one JSON object
 * }</pre>
 *
 * <p>{@link org.annalist.pipeline.eval.ConllReader} turns a file into {@link
 * org.annalist.pipeline.eval.ConllSentence}s holding tokens and gold {@link
 * org.annalist.pipeline.eval.EntitySpan}s (half-open token ranges {@code [start, end)} within the
 * sentence). {@link org.annalist.pipeline.eval.NerEvaluation} sends the tokens to the {@link
 * org.annalist.pipeline.eval.NerTagger} in batches, decodes the labels it returns the same way, and
 * {@link org.annalist.pipeline.eval.NerScorer} counts exact matches into {@link
 * org.annalist.pipeline.eval.NerScores}.
 *
 * <h2>The file format</h2>
 *
 * <p>One token per line, columns separated by spaces or tabs, token first and NER tag last (the
 * columns between, such as part of speech and chunk, are ignored). A blank line ends a sentence; a
 * {@code -DOCSTART-} line ends a document and is not a token. Tags are {@code O}, {@code B-X} or
 * {@code I-X} with X one of PER, ORG, LOC, MISC or the synonyms PERSON, ORGANIZATION, LOCATION.
 * Anything else stops reading with a one-line {@link
 * org.annalist.pipeline.eval.ConllFormatException}: {@code test.conll:17: unknown tag "B-DATE"}.
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li><b>IOB1 is not IOB2.</b> The original CoNLL-2003 files use IOB1, where {@code I-X} starts
 *       an entity and {@code B-X} appears only where two entities of type X touch. Reading them as
 *       IOB2 loses most entities or glues touching ones together. The decoder here needs no scheme:
 *       {@code B-X} always starts an entity; {@code I-X} continues an open entity of type X and
 *       otherwise starts one. That reads IOB1, IOB2 and a mixture correctly.
 *   <li><b>Coarse labels merge neighbours.</b> CoreNLP gives one bare label per token ({@code
 *       PERSON}, {@code O}, ...); adjacent tokens with the same bare label form one entity. Two
 *       persons side by side ("the Varga Reed agreement") become one predicted entity, which costs
 *       one false positive and two false negatives. A tagger that can tell them apart returns
 *       {@code B-}/{@code I-} labels, which are accepted too.
 *   <li><b>Labels outside the four types are errors, not {@code O}.</b> CoreNLP also emits {@code
 *       DATE}, {@code NUMBER}, {@code CITY}, {@code NATIONALITY}, ... The adapter must map them:
 *       {@link org.annalist.model.EntityType#fromTag} then {@link
 *       org.annalist.pipeline.eval.NerType#of}, and {@code O} when that gives nothing. Silently
 *       dropping unknown labels would hide a mapping bug behind a lower score.
 *   <li><b>Exact match only.</b> A boundary error (one token too many or too few) and a type error
 *       each count as one false positive and one false negative; there is no partial credit.
 *       Entities never cross a sentence boundary.
 *   <li><b>Micro average.</b> The overall row sums the counts of all types before dividing, so
 *       frequent types weigh more; it is the figure usually quoted for CoNLL-2003. A measure with a
 *       zero denominator is 0, so an empty file scores {@code f1=0.0000}.
 *   <li><b>Keep the tokens.</b> The tagger must tag the given tokens, one label each, without
 *       re-tokenising: CoreNLP must be told the text is already tokenised and split into sentences,
 *       or the label counts will not line up and the evaluation stops.
 * </ul>
 */
package org.annalist.pipeline.eval;
