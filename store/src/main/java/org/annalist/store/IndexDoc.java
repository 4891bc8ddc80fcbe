package org.annalist.store;

import java.time.LocalDate;
import java.util.List;

/**
 * What the full-text index holds of one article, built from its DuckDB rows.
 *
 * @param id the article id (content hash)
 * @param title the headline, or null
 * @param text the cleaned text
 * @param date the article date, or null
 * @param entities names of its actors and places
 * @param actorCodes CAMEO codes of its actors
 * @param countries ISO alpha-3 and FIPS codes of its actors, places and focus
 * @param eventCodes CAMEO codes of its events
 */
record IndexDoc(
    String id,
    String title,
    String text,
    LocalDate date,
    List<String> entities,
    List<String> actorCodes,
    List<String> countries,
    List<String> eventCodes) {}
