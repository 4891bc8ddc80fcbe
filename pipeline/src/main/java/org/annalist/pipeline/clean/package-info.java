/**
 * The cleaner: from the raw text of an article to {@link org.annalist.model.CleanText}, the text
 * every later stage reads and every offset points into.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * Cleaner cleaner = new Cleaner(CleanerConfig.defaults()); // once; immutable, share it
 * CleanText clean = cleaner.clean(article.rawText());
 * for (Block b : clean.blocks()) {
 *   if (b.type() == Block.Type.PARAGRAPH) {
 *     annotate(b.span().of(clean.text()));
 *   }
 * }
 * Span evidence = clean.map().toRaw(someSpanInTheCleanText); // back to the raw input
 * }</pre>
 *
 * <h2>The contract</h2>
 *
 * <ul>
 *   <li>The cleaned text is the blocks in order, each on one line, separated by exactly {@code
 *       "\n\n"}. Inside a block there is no line break and no double space.
 *   <li>Every cleaned char has a raw offset ({@link org.annalist.model.OffsetMap}); offsets never
 *       go back. A char of a block comes from the raw char at its offset, with at most quote
 *       folding or a same-length NFC composition between them; a space or a separator comes from
 *       whitespace (or removed residue) in the raw text.
 *   <li>{@link org.annalist.model.Noise} spans index the raw text, in raw order: the residue is no
 *       longer in the cleaned text.
 *   <li>The same input and config give the same output, on any thread.
 * </ul>
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li><b>Residue first, headings second.</b> An {@code Advertisement} line between a heading and
 *       its paragraph would otherwise hide the heading; residue is therefore removed before
 *       paragraphs are split into headings, and residue never counts as a paragraph.
 *   <li><b>Whole lines only.</b> A rule in {@code noise-patterns.txt} must match a complete line;
 *       "Read more about it in the report" inside a paragraph stays, and so does a long line that
 *       starts with "Share". Lines longer than {@link
 *       org.annalist.pipeline.clean.CleanerConfig#maxNoiseLineChars()} are never tested. Add a test
 *       of a sentence that looks like residue with every new rule.
 *   <li><b>One line break is a space.</b> Paragraphs are separated by blank lines; a single line
 *       break joins lines. A line inside such a paragraph only becomes a heading when its
 *       neighbours show the break was deliberate (see {@code HeadingRules}): hard-wrapped text
 *       keeps its short lines. The price: a heading followed after one line break by a line that is
 *       short and does not end a sentence stays in its paragraph, and so does one whose paragraph
 *       is no longer than itself. Indented lines (as in old newswire) do not start paragraphs: a
 *       reader that knows such a format turns them into blank-line breaks.
 *   <li><b>Headings need a paragraph.</b> A text of short lines only (or of one line) has no
 *       headings: there would be nothing left to read.
 *   <li><b>Offsets are char offsets</b> (UTF-16 units), as everywhere in Annalist; a supplementary
 *       char is two of them.
 *   <li><b>NFC only where the length stays.</b> The offset map gives each cleaned char one raw
 *       char, so a decomposed sequence that NFC would shorten ({@code e} + U+0301) is kept as it
 *       is; singletons such as U+212B ANGSTROM SIGN are composed.
 *   <li><b>Invisible chars.</b> Zero-width spaces, word joiners, byte order marks, soft hyphens,
 *       direction marks and control chars are dropped; the zero-width (non-)joiners U+200C and
 *       U+200D are kept because Persian, Indic scripts and emoji need them.
 * </ul>
 */
package org.annalist.pipeline.clean;
