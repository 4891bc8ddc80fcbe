/**
 * Language identification, so that the pipeline rejects articles it cannot read instead of coding
 * nonsense from them.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * LanguageDetector detector = new LanguageDetector(); // once per process: loads 70 profiles
 * LanguagePolicy policy = LanguagePolicy.english();
 * Detection d = detector.detect(clean.text());
 * Optional<String> reason = policy.rejection(d); // "not English (detected: de, 0.99)"
 * }</pre>
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li><b>A heavy resource.</b> Building a {@link org.annalist.pipeline.lang.LanguageDetector}
 *       reads every built-in profile (about two seconds and 70 MB of heap); keep one and share it
 *       (it is thread-safe). Do not build one per article.
 *   <li><b>Reject only when sure.</b> Short texts (under {@value
 *       org.annalist.pipeline.lang.LanguageDetector#MIN_LETTERS} letters) are {@code und}, and the
 *       policy lets {@code und} and unsure detections through: losing an English article costs more
 *       than reading a foreign one. Texts under {@value
 *       org.annalist.pipeline.lang.LanguageDetector#FULL_CONFIDENCE_LETTERS} letters get a
 *       proportionally lower confidence: the library calls a newswire earnings table ("Shr 25 cts
 *       vs 20 cts") Swedish with probability 1.
 *   <li><b>Scripts without a profile.</b> The library knows no Georgian, Armenian and some other
 *       scripts, and left alone it calls Georgian text Estonian with near certainty. The detector
 *       therefore checks the main script first: Georgian is {@code ka}, Armenian {@code hy}, and
 *       other unprofiled scripts are {@code und}.
 *   <li><b>Detect on cleaned text.</b> Scraper residue, headings in capitals and URLs skew short
 *       texts; the detector looks only at the first {@value
 *       org.annalist.pipeline.lang.LanguageDetector#WINDOW} chars.
 *   <li><b>Codes.</b> ISO 639-1 where one exists ({@code zh} for both Chinese profiles), ISO 639-3
 *       otherwise ({@code ast}); {@code und} when undetermined.
 * </ul>
 */
package org.annalist.pipeline.lang;
