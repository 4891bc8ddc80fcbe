/**
 * Readers: from files, directories, gzip files and standard input to {@link
 * org.annalist.model.Article}s, one at a time.
 *
 * <h2>Using it</h2>
 *
 * <pre>{@code
 * ArticleSources sources =
 *     new ArticleSources(new ReadOptions(InputFormat.AUTO, null, ReadOptions.DEFAULT_MAX_BYTES));
 * sources.read(List.of("news/", "feed.jsonl.gz", "-"), result -> {
 *   if (result instanceof ReadResult.Ok ok) {
 *     pipeline.accept(ok.article());
 *   } else if (result instanceof ReadResult.Rejected rejected) {
 *     report(rejected.rejection().message());
 *   }
 * });
 * }</pre>
 *
 * <p>Results reach the sink as soon as they are read, so the 15,000 stories of the Reuters corpus
 * never sit in memory together. A file is read whole into memory, up to {@link
 * ReadOptions#maxBytes()}, before its records are passed on.
 *
 * <h2>The contract</h2>
 *
 * <ul>
 *   <li><b>Bad input never throws.</b> Each problem is a {@link ReadResult.Rejected} whose origin
 *       names the file (and {@code :line} for a record) and whose reason is one line naming only
 *       the problem: {@code no such file}, {@code no articles found in directory}, {@code empty
 *       file}, {@code empty text}, {@code binary file, not text}, {@code invalid UTF-8 at byte N},
 *       {@code file too large: N bytes, limit M}, {@code invalid JSON: ...}, {@code missing text}.
 *       The next record or file is read as if nothing happened. Only an exception thrown by the
 *       sink itself reaches the caller, unchanged.
 *   <li><b>Text is raw.</b> The body is kept exactly as the input has it: no trimming, no
 *       whitespace or line-ending changes (XML parsing itself turns CR LF into LF). Offsets in the
 *       gold files of the evaluation corpora point into this text. Cleaning is the next stage's
 *       work. HTML is the exception: its text is built from the page's blocks, one paragraph per
 *       block, separated by a blank line.
 *   <li><b>Dates say where they came from.</b> A date in the input is {@code SOURCE}; otherwise
 *       {@link ReadOptions#defaultDate()} is {@code USER}; otherwise the date is null and {@code
 *       UNKNOWN}, and later stages must not guess one.
 *   <li><b>Ids are stable.</b> The input's own id when it has one ({@code id} in JSONL; {@code
 *       reuters-<NEWID>}, {@code lgl-<docid>}, {@code gwn-<file>}, {@code geovirus-<position>} for
 *       the corpora), else the first 16 hex digits of the SHA-256 of the text: the same text gets
 *       the same id wherever it is read from.
 *   <li><b>Order is deterministic.</b> Inputs in the order given; directories depth first, entries
 *       sorted by name, names starting with a dot skipped.
 * </ul>
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>{@code AUTO} decides by extension first: a {@code .txt} file holding JSON is read as text.
 *       Only names without an extension, such as {@code stdin}, are sniffed for markup and JSON.
 *       Pass a format to override detection for every file.
 *   <li>A seed file is recognised by its first characters: optional whitespace, then {@code date
 *       YYYY-MM-DD} in lower case. {@code Date: 2024-03-18} is plain text with an unknown date.
 *   <li>A gzip file is decompressed only up to the size limit: a small file that inflates to
 *       gigabytes is rejected, not read.
 *   <li>Reuters stories without a {@code <BODY>} (about one in eight) are skipped silently: they
 *       are neither articles nor errors. Reuters files are decoded as ISO-8859-1 whatever they
 *       declare; everything else is strict UTF-8 unless an HTML page or XML declaration names
 *       another charset.
 *   <li>The corpus readers parse each record on its own, so one malformed record is rejected and
 *       the others are read; a record left open rejects the rest of its file.
 *   <li>Reading a directory of a corpus reads its other files too (a README becomes a text
 *       article): name the corpus files, not their folder, when that matters.
 *   <li>An {@link ArticleSources} is not thread-safe: give each thread its own.
 * </ul>
 */
package org.annalist.pipeline.read;
