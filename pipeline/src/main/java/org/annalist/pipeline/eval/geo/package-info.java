/**
 * Geoparsing evaluation: gold toponyms of LGL (and TR-News), GeoVirus and GeoWebNews, a scorer for
 * recognition and resolution, and a report that puts a system and a baseline side by side.
 *
 * <h2>How it fits together</h2>
 *
 * <pre>{@code
 * GoldCorpus gold = GoldReader.read(GoldFormat.LGL, Path.of("lgl.dev.xml"));
 * gold.mismatches().size();                       // offsets that miss their phrase; report them
 * GeoScorer ours = new GeoScorer(gazetteer::iso2); // or new GeoScorer() without country accuracy
 * for (GoldArticle article : gold.articles()) {
 *   List<PredictedToponym> found = ...;           // offsets into article.text(), the raw text
 *   ours.add(article.toponyms(), found);
 * }
 * GeoReport report = GeoReport.of("lgl", "annalist", ours.scores(), "population", base.scores());
 * System.out.println(GeoReportRenderer.text(report)); // table, then "acc161=0.xxxx"
 * System.out.println(GeoReportRenderer.json(report)); // or one JSON object
 * }</pre>
 *
 * <p>To score disambiguation alone, resolve the gold spans themselves: predictions with the gold
 * offsets match every gold toponym, so recognition is perfect and resolution covers every gold
 * toponym with coordinates.
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li><b>Raw offsets.</b> Gold offsets point into the text exactly as in the file, not into the
 *       cleaned text of the pipeline. Map predictions back with the article's {@code OffsetMap}
 *       before scoring, or every span is off where the cleaner changed the text.
 *   <li><b>GeoVirus counts from 1.</b> Its offsets are shifted down by one on reading (see {@link
 *       org.annalist.pipeline.eval.geo.GoldFormat#GEOVIRUS}); one of its locations holds three more
 *       nested inside it, and commented-out articles are no data.
 *   <li><b>What GeoWebNews counts.</b> Literal and associative toponyms (metonyms, demonyms,
 *       languages, ...) are gold; names that merely contain a place name and common nouns such as
 *       "the city" are not, and are left out ({@link org.annalist.pipeline.eval.geo.ToponymType}).
 *       Demonyms, languages and homonyms have no coordinates: they count for recognition only.
 *   <li><b>Gold without coordinates.</b> LGL has toponyms without a gazetteer entry (mostly street
 *       names). They count for recognition, not for resolution.
 *   <li><b>Overlap, one to one.</b> A prediction matches a gold toponym it overlaps; each side is
 *       matched at most once ({@link org.annalist.pipeline.eval.geo.GeoScorer}).
 *   <li><b>Not resolving is not free.</b> A matched prediction without coordinates is scored at the
 *       largest possible distance.
 *   <li><b>AUC: lower is better</b>, unlike the other figures ({@link
 *       org.annalist.pipeline.eval.geo.ResolutionScore}).
 * </ul>
 */
package org.annalist.pipeline.eval.geo;
