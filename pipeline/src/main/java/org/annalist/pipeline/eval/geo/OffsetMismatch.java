package org.annalist.pipeline.eval.geo;

/**
 * A gold toponym whose offsets do not select its phrase in the article's text. The toponym is kept
 * with the offsets as given (after any documented shift of the format).
 *
 * @param articleId the article
 * @param origin {@code file:line} of the article
 * @param start the toponym's start offset
 * @param end the toponym's end offset
 * @param phrase the phrase of the annotation
 * @param found what the offsets select in the text
 */
public record OffsetMismatch(
    String articleId, String origin, int start, int end, String phrase, String found) {}
