package org.annalist.store;

import java.util.List;

/**
 * A page of search hits, best first.
 *
 * @param total the number of articles that matched
 * @param hits the requested page
 */
public record SearchResult(long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
