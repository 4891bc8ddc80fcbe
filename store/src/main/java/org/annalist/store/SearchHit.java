package org.annalist.store;

import java.time.LocalDate;

/**
 * One article that matched a search.
 *
 * @param articleId the article id (content hash)
 * @param score the relevance score (higher is better; comparable within one search only)
 * @param title the headline, or null
 * @param date the article date, or null
 * @param url the address, or null
 * @param origin the file it was read from, or null
 * @param snippet passages of the text with the matching words marked
 */
public record SearchHit(
    String articleId,
    double score,
    String title,
    LocalDate date,
    String url,
    String origin,
    Snippet snippet) {}
