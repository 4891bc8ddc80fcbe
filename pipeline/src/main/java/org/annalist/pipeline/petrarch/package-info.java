/**
 * Readers for the dictionary formats of the PETRARCH2 and TABARI event coders, so that a team's
 * existing dictionaries can be used as they are.
 *
 * <ul>
 *   <li>{@link org.annalist.pipeline.petrarch.VerbReader}: verb blocks, verb forms, synsets,
 *       patterns and transformations ({@code CAMEO.2.0.txt});
 *   <li>{@link org.annalist.pipeline.petrarch.ActorReader}: actors with synonyms and dated codes
 *       ({@code *.actors.txt}), resolved on a date by {@link
 *       org.annalist.pipeline.petrarch.Role#resolve};
 *   <li>{@link org.annalist.pipeline.petrarch.AgentReader}: agents with plurals and substitution
 *       markers;
 *   <li>{@link org.annalist.pipeline.petrarch.DiscardReader} and {@link
 *       org.annalist.pipeline.petrarch.IssueReader};
 *   <li>{@link org.annalist.pipeline.petrarch.PetrarchDictionaries}: all of them at once, from
 *       paths or from a {@code PETR_config.ini}.
 * </ul>
 *
 * Every reader reports a line it cannot read as a {@link org.annalist.pipeline.petrarch.Problem}
 * with file and line number, skips it and reads on. The readers keep what the files say; matching
 * text against the entries is left to the coder that uses them.
 */
package org.annalist.pipeline.petrarch;
